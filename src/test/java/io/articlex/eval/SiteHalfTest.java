package io.articlex.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The split key and half of a case, as the reference scorer's {@code half_of} computes them. */
class SiteHalfTest {

    @Test
    void theKeyIsTheFirstUrlsHostWithoutWww() {
        assertThat(SiteHalf.key("https://www.Example.org/2024/story.html?x=1", "s")).isEqualTo("example.org");
        assertThat(SiteHalf.key("benchmark item 12; page http://news.example.net/a", "s")).isEqualTo("news.example.net");
    }

    @Test
    void elseTheOutletAnInventedCaseImitates() {
        assertThat(SiteHalf.key("synthetic: written in the style of Daily Wire (site repost) (not copied)", "s"))
                .isEqualTo("daily wire");
        assertThat(SiteHalf.key("synthetic: in the style of Example Agency", "s")).isEqualTo("example agency");
    }

    @Test
    void elseTheCasesOwnName() {
        assertThat(SiteHalf.key("an archive, record 7", "case-007")).isEqualTo("case-007");
    }

    @Test
    void theHalfIsTheParityOfTheKeysFirstShaByte() throws Exception {
        ObjectMapper json = new ObjectMapper();
        // SHA-1("example.org") starts with an even byte, SHA-1("news.example.net") with an odd one.
        assertThat(SiteHalf.of(json.readTree("{\"origin\": \"https://example.org/a\"}"), "x")).isEqualTo("A");
        assertThat(SiteHalf.of(json.readTree("{\"origin\": \"https://news.example.net/b\"}"), "x")).isEqualTo("B");
        assertThat(SiteHalf.of(json.readTree("{\"origin\": null}"), "news.example.net")).isEqualTo("B");
    }
}
