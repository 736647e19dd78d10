package io.articlex.html;

import io.articlex.robust.Hostile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page nested deeper than {@link NestingCap#LIMIT} loses the tags below that depth and none of its
 * text, with a warning; every real page is left as it is.
 */
class NestingCapTest {

    private static final String SENTENCE = "The council voted on Tuesday to keep the night buses running through the winter months.";

    @Test
    void deeplyNestedPageKeepsItsTextAndWarns() {
        int depth = 20_000;
        String html = "<!DOCTYPE html><html><body>" + "<div>".repeat(depth) + "<p>" + SENTENCE + "</p>"
                + "</div>".repeat(depth) + "<p>After the nesting, " + SENTENCE + "</p></body></html>";
        HtmlPage p = HtmlReader.read(html, List.of());
        assertThat(String.join(" ", p.paragraphs())).contains(SENTENCE).contains("After the nesting, " + SENTENCE);
        assertThat(p.warnings()).containsExactly(NestingCap.WARNING);
    }

    @Test
    void aPageLeavingThousandsOfFormattingTagsOpenLosesThemAndKeepsItsText() {
        String html = "<!DOCTYPE html><html><body><article><h1>Night buses</h1>"
                + ("<p><b><i>" + SENTENCE + " ").repeat(2_000) + "</article></body></html>";
        HtmlPage p = HtmlReader.read(html, List.of());
        assertThat(p.warnings()).containsExactly(NestingCap.FORMATTING_WARNING);
        String capped = NestingCap.apply(html);
        assertThat(capped).doesNotContain("<b>").doesNotContain("<i>").contains("<p>" + SENTENCE);
        assertThat(capped.replaceAll("<[^>]*>", "")).isEqualTo(html.replaceAll("<[^>]*>", ""));
        // links are kept, and closed formatting never counts
        String closed = ("<p><a href='/x'><b>" + SENTENCE + "</b></a>").repeat(2_000);
        assertThat(NestingCap.apply(closed)).isSameAs(closed);
    }

    @Test
    void dropsOnlyTheTagsBelowTheLimit() {
        int depth = NestingCap.LIMIT + 3;
        String html = "<div>".repeat(depth) + "a<span>b</span>c" + "</div>".repeat(depth) + "d";
        String capped = NestingCap.apply(html);
        assertThat(capped).startsWith("<div>".repeat(NestingCap.LIMIT) + " a");
        assertThat(capped).doesNotContain("<div>".repeat(NestingCap.LIMIT + 1)).doesNotContain("<span>");
        assertThat(capped.replaceAll("<[^>]*>| ", "")).isEqualTo("abcd");
        assertThat(NestingCap.depth(capped)).isEqualTo(NestingCap.LIMIT);
        // The script's content is never taken for tags, nor dropped.
        String script = "<div>".repeat(depth) + "<script>if (a<b) x = '<div>';</script>" + "</div>".repeat(depth);
        assertThat(NestingCap.apply(script)).contains("<script>if (a<b) x = '<div>';</script>");
    }

    @Test
    void aPageAtTheLimitOrSloppilyClosedIsLeftAsItIs() {
        String atLimit = "<div>".repeat(NestingCap.LIMIT) + "x" + "</div>".repeat(NestingCap.LIMIT);
        assertThat(NestingCap.apply(atLimit)).isSameAs(atLimit);
        String unclosed = "<ul>" + "<li><p>item <span class='x'>one".repeat(5_000) + "</ul>" + "<p><b><i>word ".repeat(100)
                + "<table>" + "<tr><td>a<td>b".repeat(5_000) + "</table>" + "<br/><img src=x><svg><path d='M0'/></svg>".repeat(1_000);
        assertThat(NestingCap.apply(unclosed)).isSameAs(unclosed);
    }

    @Test
    void everyCorpusAndSamplePageIsFarBelowTheLimit() throws IOException {
        for (Path p : HtmlCorpusFloorTest.corpusAndSamplePages()) {
            String html = HtmlDecoder.decode(Files.readAllBytes(p)).text();
            assertThat(NestingCap.depth(html)).as(p.toString()).isLessThan(NestingCap.LIMIT / 4);
            assertThat(NestingCap.formattingOpen(html)).as(p.toString()).isLessThan(NestingCap.FORMATTING_LIMIT / 4);
        }
    }

    @Test
    void hostilePagesOtherThanTheDeepOneAreLeftAsTheyAre() {
        for (var c : Hostile.cases().entrySet()) {
            String page = c.getValue().apply(1 << 16);
            if (Hostile.isPage(page) && !c.getKey().equals("deeply nested html") && !c.getKey().equals("unclosed html tags")) {
                assertThat(NestingCap.apply(page)).as(c.getKey()).isSameAs(page);
            }
        }
    }
    @Test
    void findsTheBodiesOfScriptsAndStylesThatNoReaderReads() {
        String page = "<html><head><style>p{}</style><script src=a.js></script><script>var a = 1;</script>"
                + "<script type='application/ld+json'>{}</script><script>x<!--y</script></head><body>"
                + "<svg><style>.i{}</style></svg><script>late()</script ><style>q{}</style/><script>no()</scripts>end</script>"
                + "<script type=\"x&#106;son\">1</script></body></html>";
        char[] chars = page.toCharArray();
        NestingCap.Capped capped = NestingCap.cap(chars, new java.util.ArrayList<>());
        assertThat(capped.html()).isSameAs(chars);
        List<String> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < capped.bodies().length; i += 2) {
            bodies.add(page.substring(capped.bodies()[i], capped.bodies()[i + 1]));
        }
        // Not: the empty script, the JSON-LD script, the script holding <!--, the icon's style, the
        // script whose first end tag runs on (</scripts>), the one with a character reference.
        assertThat(bodies).containsExactly("p{}", "var a = 1;", "late()", "q{}");
    }

    @Test
    void aRewrittenPageHasNoBodies() {
        String html = "<html><body><script>x()</script>" + "<div>".repeat(LIMIT_PLUS) + "deep</body></html>";
        char[] chars = html.toCharArray();
        NestingCap.Capped capped = NestingCap.cap(chars, new java.util.ArrayList<>());
        assertThat(capped.html()).isNotSameAs(chars);
        assertThat(capped.bodies()).isEmpty();
    }

    @Test
    void namesAreReadWhateverTheirCaseAndHoweverManyAPageMakesUp() {
        assertThat(NestingCap.depth("<DIV><div><Div>x</dIV></div></DIV>")).isEqualTo(3);
        assertThat(NestingCap.depth("<DIV><section>x</div><div>y</DIV><div>")).isEqualTo(2);
        // 600 made-up names, each once: more than the scan keeps, still each read as its own element.
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            open.append("<x-el").append(i).append('>');
            close.insert(0, "</X-EL" + i + ">");
        }
        String page = open + "deep" + close + "<p>after</p>";
        assertThat(NestingCap.depth(page)).isEqualTo(600);
        List<String> warnings = new ArrayList<>();
        String capped = NestingCap.apply(page, warnings);
        assertThat(warnings).containsExactly(NestingCap.WARNING);
        assertThat(NestingCap.depth(capped)).isEqualTo(NestingCap.LIMIT);
        assertThat(capped).contains("deep").endsWith("<p>after</p>");
    }

    private static final int LIMIT_PLUS = NestingCap.LIMIT + 10;
}
