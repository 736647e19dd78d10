package io.articlex.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The page index must find, for every metadata query, exactly the element {@code doc.selectFirst}
 * finds (and for the JSON-LD scripts, the same list {@code doc.select} finds): same element, not just
 * the same text. Checked on a page written to hit every query, and on every page of html-dev and the
 * samples.
 */
class PageIndexTest {

    private static List<PageIndex.Query> queries() {
        List<PageIndex.Query> all = new ArrayList<>(MetaReader.QUERIES);
        all.addAll(Bylines.QUERIES);
        all.add(JsonLd.SCRIPTS);
        return all;
    }

    private static void assertSameAsSelect(Document doc, String name) {
        PageIndex idx = PageIndex.of(doc);
        for (PageIndex.Query q : queries()) {
            assertThat(idx.first(q)).as(name + ": first " + q.css()).isSameAs(doc.selectFirst(q.css()));
            assertThat(idx.all(q)).as(name + ": all " + q.css()).containsExactlyElementsOf(doc.select(q.css()));
        }
        assertThat(idx.candidates("meta")).as(name + ": meta tags").containsExactlyElementsOf(doc.getElementsByTag("meta"));
    }

    @Test
    void findsWhatSelectFindsOnAPageThatHitsEveryQuery() {
        Document doc = Jsoup.parse("<!doctype html><html lang='en'><head><title>T</title>"
                + "<meta name='author' content='A'><script type='application/LD+json'>{}</script></head><body>"
                + "<div class='x byline y'><span itemprop='author'><b itemprop='name'>Jane Roe</b></span></div>"
                + "<time datetime='2020'>a</time><article><p><time pubdate datetime='2021'>b</time>"
                + "<time itemprop='datePublished' datetime='2022'>c</time></p></article>"
                + "<h1 itemprop='headline'>Head</h1><a rel='author' href='/j'>J</a><p class='byline'>By Jane</p><abbr class='published' title='2023-05-14'>18:20</abbr>"
                + "<div><div><div><script type='application/ld+json'>[]</script></div></div></div>"
                + "<i><b><u><h1>Second</h1></u></b></i></body></html>");
        PageIndex idx = PageIndex.of(doc);
        for (PageIndex.Query q : queries()) {
            assertThat(idx.first(q)).as("query %s finds something on this page", q.css()).isNotNull();
        }
        assertThat(idx.all(JsonLd.SCRIPTS)).hasSize(2);
        assertThat(idx.candidates("h1")).extracting(Element::text).containsExactly("Head", "Second");
        assertSameAsSelect(doc, "written page");
    }

    @Test
    void aDeeplyNestedPageIsWalkedWithoutRecursion() {
        Document doc = Jsoup.parse("<div>".repeat(100_000) + "<time datetime='2020-01-02'>x</time>");
        assertThat(PageIndex.of(doc).candidates("time")).hasSize(1);
    }

    @Test
    void aQueryMustNameAnIndexedSource() {
        assertThatThrownBy(() -> PageIndex.Query.of("span.x", "span")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageIndex.Query.of("[data-x]", "[data-x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsWhatSelectFindsOnEveryCorpusAndSamplePage() throws IOException {
        for (Path p : HtmlCorpusFloorTest.corpusAndSamplePages()) {
            assertSameAsSelect(Jsoup.parse(HtmlDecoder.decode(Files.readAllBytes(p)).text()), p.toString());
        }
    }
}
