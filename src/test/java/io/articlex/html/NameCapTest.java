package io.articlex.html;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameCapTest {

    @Test
    void aPageWithShortNamesIsTheSameInstanceWithoutWarning() {
        String page = "<html><body><p class=x>Text</p><custom-element-name>y</custom-element-name></body></html>";
        List<String> warnings = new ArrayList<>();
        assertThat(NameCap.apply(page, warnings)).isSameAs(page);
        assertThat(warnings).isEmpty();
    }

    @Test
    void overLongStartAndEndTagNamesAreCutKeepingAttributesAndText() {
        String longName = "x".repeat(NameCap.LIMIT + 1000);
        String page = "<p>One</p><" + longName + " id=a>two</" + longName + "><p>three";
        List<String> warnings = new ArrayList<>();
        String kept = "x".repeat(NameCap.LIMIT);
        assertThat(NameCap.apply(page, warnings))
                .isEqualTo("<p>One</p><" + kept + " id=a>two</" + kept + "><p>three");
        assertThat(warnings).containsExactly(NameCap.WARNING);
    }

    @Test
    void aLessThanSignBeforeANonLetterIsText() {
        String page = "<p>1 < 2 and <" + "9".repeat(NameCap.LIMIT * 2) + "</p>";
        assertThat(NameCap.apply(page, new ArrayList<>())).isSameAs(page);
    }

    @Test
    void lessThanSignsInScriptsAndCommentsAreText() {
        String run = "x".repeat(NameCap.LIMIT * 2);
        String page = "<script>for(i=0;i<" + run + ";)</script><!-- <" + run + " --><p>Text</p>";
        assertThat(NameCap.apply(page, new ArrayList<>())).isSameAs(page);
    }

    @Test
    void anOverLongEndTagNameInAScriptIsCut() {
        String page = "<script>a</" + "s".repeat(NameCap.LIMIT * 2) + "> b</script><p>Text</p>";
        assertThat(NameCap.apply(page, new ArrayList<>()))
                .isEqualTo("<script>a</" + "s".repeat(NameCap.LIMIT) + "> b</script><p>Text</p>");
    }

    @Test
    void aNameRunningToTheEndOfThePageIsCut() {
        String page = "<p>text</p><" + "a".repeat(NameCap.LIMIT * 3);
        assertThat(NameCap.apply(page, new ArrayList<>())).isEqualTo("<p>text</p><" + "a".repeat(NameCap.LIMIT));
    }

    /** The shape that took jsoup a minute: one 6.4 MB tag name. Counted, not timed: the page reaching jsoup is small. */
    @Test
    void aMegabyteTagNameReachesTheParserCut() {
        String page = "<html><body><p>Words of the story here.</p><" + "a".repeat(6_400_000) + ">tail</body></html>";
        String capped = NameCap.apply(page, new ArrayList<>());
        assertThat(capped.length()).isLessThan(1000);
        HtmlPage read = HtmlReader.read(page, List.of());
        assertThat(read.warnings()).contains(NameCap.WARNING);
    }
}
