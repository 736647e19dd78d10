package io.articlex.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylinesTest {

    @Test
    void aClassAttributeNamesABylineByAnyOfItsNamesWhateverWhiteSpaceSeparatesThem() {
        assertThat(Bylines.namesByline("byline")).isTrue();
        assertThat(Bylines.namesByline("  post-meta \t\n article__byline--large  ")).isTrue();
        assertThat(Bylines.namesByline("col-md-4\u000Bauthor-name")).isTrue();
        assertThat(Bylines.namesByline("entry\fauthorName\r")).isTrue();
        assertThat(Bylines.namesByline("")).isFalse();
        // a CSS module's class: component, local name, hash
        assertThat(Bylines.namesByline("Article_byline__9hHaQ")).isTrue();
        assertThat(Bylines.namesByline("Article_date__4d3fe")).isFalse();
        assertThat(Bylines.namesByline(" \t ")).isFalse();
        assertThat(Bylines.namesByline("menu-item col-md-4")).isFalse();
        // A no-break space is no separator to the class reader: one name, which ends in neither word.
        assertThat(Bylines.namesByline("byline\u00a0box")).isFalse();
    }
}
