package io.articlex.html;

import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReaderTest {

    private static final String LONG_A = "The council voted on Monday to extend the night bus service to the eastern districts, after a year of complaints from shift workers.";
    private static final String LONG_B = "Officials said the new routes would run every twenty minutes between midnight and five in the morning, starting next month.";
    private static final String LONG_C = "The extension will cost about two million a year, paid from the parking fund rather than from fares, the transport office said.";

    private static HtmlPage read(String html) {
        return HtmlReader.read(html, List.of());
    }

    private static String page(String head, String body) {
        return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void aByLineInABarePUnderTheHeadlineIsTheByline() {
        String body = "<div><h1>Night buses extended</h1><p>%s</p><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>";
        assertThat(read(page("<title>Night buses</title>", body.formatted("By Hannah Clegg"))).meta().byline()).isEqualTo("Hannah Clegg");
        // a sentence that opens with "By" is the article's
        HtmlPage sentence = read(page("<title>Night buses</title>", body.formatted("By Tuesday the council had voted.")));
        assertThat(sentence.meta().byline()).isNull();
        assertThat(read(page("<title>Night buses</title>", body.formatted("By Staff \u00b7 Dec 2, 2026"))).meta().byline()).isNull();
        // the page's author tag comes first
        HtmlPage tagged = read(page("<title>Night buses</title><meta name='author' content='Ann Lee'>", body.formatted("By Hannah Clegg")));
        assertThat(tagged.meta().byline()).isEqualTo("Ann Lee");
        // under the first paragraph a "By" line is no byline of the page
        HtmlPage later = read(page("<title>Night buses</title>", "<div><h1>Night buses extended</h1><p>" + LONG_A + "</p><p>By Hannah Clegg</p><p>"
                + LONG_B + "</p></div>"));
        assertThat(later.meta().byline()).isNull();
    }

    @Test
    void aBlogThemesByLineUnderTheHeadlineIsTheByline() {
        String body = "<div><h1>Night buses extended</h1><p class='post-meta'>%s</p><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>";
        assertThat(read(page("<title>Night buses</title>", body.formatted("by Clara Dunn \u00b7 7 min read"))).meta().byline())
                .isEqualTo("Clara Dunn");
        assertThat(read(page("<title>Night buses</title>", body.formatted("Posted by Ana Ruiz on November 30, 2026"))).meta().byline())
                .isEqualTo("Ana Ruiz");
        assertThat(read(page("<title>Night buses</title>", body.formatted("di Giulia Ferraris"))).meta().byline()).isEqualTo("Giulia Ferraris");
        assertThat(read(page("<title>Night buses</title>", body.formatted("Door Sanne de Vries \u00b7 3 december 2026, 14:05"))).meta().byline())
                .isEqualTo("Sanne de Vries");
        // two spans glued: the name, then the date with no mark between
        assertThat(read(page("<title>Night buses</title>", body.formatted("Posted by Konstantin Weber 21.10.2019"))).meta().byline())
                .isEqualTo("Konstantin Weber");
        // "by" opening a line of the body is the body's
        assertThat(read(page("<title>Night buses</title>", body.formatted("by the river, the new stop"))).meta().byline()).isNull();
    }

    @Test
    void aVisibleDateLineBesideTheHeadlineDatesThePage() {
        // the title and the date line in a header box, the body in its own container
        String body = "<div class='article-header'><h1>Night buses extended</h1><p class='%s'>%s</p></div><div class='article-body'><p>"
                + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_C + "</p></div>";
        assertThat(read(page("<title>Night buses</title>", body.formatted("date", "Posted on Tuesday 14 October 2025"))).meta().published())
                .startsWith("2025-10-14");
        assertThat(read(page("<title>Night buses</title>", body.formatted("news-date", "05.12.2026 14:20"))).meta().published())
                .startsWith("2026-12-05");
        assertThat(read(page("<title>Night buses</title>", body.formatted("meta", "Posted by Ana Ruiz on November 30, 2026"))).meta().published())
                .startsWith("2026-11-30");
        // a lede, then a metadata list: "Published" over the date
        HtmlPage listed = read(page("<title>Night buses</title>", "<div class='article-header'><h1>Night buses extended</h1><p class='lead'>Two new routes.</p>"
                + "<dl class='metadata'><dt>From:</dt><dd><a href='/d'>Department for Transport</a></dd><dt>Published</dt><dd>7 December 2026</dd></dl></div>"
                + "<div class='article-body'><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_C + "</p></div>"));
        assertThat(listed.meta().published()).startsWith("2026-12-07");
        // the page's own metadata comes first
        assertThat(read(page("<title>Night buses</title><meta property='article:published_time' content='2026-01-02T10:00:00Z'>",
                body.formatted("date", "Posted on Tuesday 14 October 2025"))).meta().published()).isEqualTo("2026-01-02T10:00:00Z");
        // a date in the body's sentences, or a date line far below the title, dates nothing
        assertThat(read(page("<title>Night buses</title>", body.formatted("x", "The service starts on 14 March 2027, the council said."))).meta().published())
                .isNull();
        assertThat(read(page("<title>Night buses</title>", "<div><h1>Night buses extended</h1><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>"
                + LONG_C + "</p><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_C + "</p><p>7 December 2026</p></div>")).meta().published()).isNull();
        // the time with the date when the line states it
        assertThat(read(page("<title>Night buses</title>", "<div><h1>Night buses extended</h1><p>26.02.2020 12:30</p><p>" + LONG_A + "</p><p>"
                + LONG_B + "</p><p>" + LONG_C + "</p></div>")).meta().published()).isEqualTo("2020-02-26T12:30");
        // a reply's date under a short story
        assertThat(read(page("<title>Night buses</title>", "<div><h1>Night buses extended</h1><p>" + LONG_A + "</p><p>" + LONG_B
                + "</p><h3>2 Responses</h3><p>Gary W.</p><p>December 3, 2026 at 9:12 am</p><p>" + LONG_C + "</p></div>")).meta().published()).isNull();
        // no title heading, no anchor
        assertThat(read(page("<title>Night buses</title>", "<div><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>7 December 2026</p></div>")).meta().published())
                .isNull();
    }

    @Test
    void keepsTheArticleAndDropsNavigationFooterAndComments() {
        HtmlPage p = read(page("<title>Night buses</title>",
                "<nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
                + "<article><h1>Night buses extended</h1><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_C + "</p></article>"
                + "<section id='comments'><div class='comment'><p>This is a long reader comment that says the buses are always late, and that nobody ever checks the timetable at all.</p></div>"
                + "<div class='comment'><p>Another reader writes a long reply about the parking fund and how it was supposed to pay for new bicycle lanes.</p></div></section>"
                + "<footer><p>Copyright the Gazette. All rights reserved. Contact us for reprints and licensing of this content.</p></footer>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B, LONG_C);
    }

    @Test
    void lineBreaksSplitParagraphsUnlessTheNextLineContinuesASentence() {
        HtmlPage p = read(page("", "<div class='story-body'>" + LONG_A + "<br><br>" + LONG_B + "<br>" + LONG_C
                + "<br>The fund was set up in 2009 and has paid for<br>three new garages since then, officials said.</div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B, LONG_C,
                "The fund was set up in 2009 and has paid for three new garages since then, officials said.");
    }

    @Test
    void hiddenElementsAndScriptsAreNotText() {
        HtmlPage p = read(page("", "<article><p>" + LONG_A + "</p><p style='display: none'>" + LONG_B + "</p>"
                + "<script>var x = 'not text at all, just a script with a long string inside it.';</script>"
                + "<p hidden>" + LONG_C + "</p><p>" + LONG_C + "</p></article>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_C);
    }

    @Test
    void figureCaptionsAreDropped() {
        HtmlPage p = read(page("", "<article><p>" + LONG_A + "</p><figure><img src='a.jpg'><figcaption>"
                + "A night bus waits at the eastern depot before its first run of the evening.</figcaption></figure>"
                + "<p>" + LONG_B + "</p></article>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
    }

    @Test
    void metadataComesFromJsonLdBeforeMarkup() {
        HtmlPage p = read(page("<title>Night buses | City Gazette</title>"
                + "<meta property='og:site_name' content='City Gazette'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Night buses extended to the east\",\"datePublished\":\"2023-05-02T07:00:00+02:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"@type\":\"Person\",\"name\":\"Tom Bell\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"City Gazette\"},}</script>",
                "<article><h1>Night buses</h1><p>" + LONG_A + "</p></article>"));
        PageMeta m = p.meta();
        assertThat(m.title()).isEqualTo("Night buses extended to the east");
        assertThat(m.published()).isEqualTo("2023-05-02T07:00:00+02:00");
        assertThat(m.byline()).isEqualTo("Ana Ruiz, Tom Bell");
        assertThat(m.siteName()).isEqualTo("City Gazette");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void placeholderDatesAndUrlSiteNamesFallThrough() {
        HtmlPage p = read(page("<meta property='og:site_name' content='https://www.example.org'>"
                + "<meta property='article:published_time' content='0001-01-01T00:00:00Z'>",
                "<article><time datetime='2021-10-04T08:00:00Z'>Oct 4</time><p>" + LONG_A + "</p></article>"));
        assertThat(p.meta().published()).isEqualTo("2021-10-04T08:00:00Z");
        assertThat(p.meta().siteName()).isNull();
    }

    @Test
    void deeplyNestedPageIsReadWithoutBlowingUp() {
        int depth = 30_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + LONG_A + "</p>" + "</div>".repeat(depth)
                + "</body></html>";
        HtmlPage p = read(html);
        assertThat(p.paragraphs()).containsExactly(LONG_A);
    }

    /**
     * Formatting tags never closed: the parser reopens them inside every following paragraph, so each
     * paragraph sits under a growing stack of b/i elements. Every paragraph is still body, in order,
     * and a date inside the nesting is still found.
     */
    @Test
    void unclosedFormattingTagsKeepEveryParagraphInOrder() {
        HtmlPage p = read(page("<title>Night buses</title>", "<p><b><i>" + LONG_A + "<p><b><i><time datetime='2024-03-01T10:00:00Z'>March 1</time> "
                + LONG_B + "<p><b><i>" + LONG_C));
        assertThat(p.paragraphs()).containsExactly(LONG_A, "March 1 " + LONG_B, LONG_C);
        assertThat(p.meta().published()).isEqualTo("2024-03-01T10:00:00Z");
    }

    /** Paragraphs further below their wrapper than a block's climb reaches are body all the same. */
    @Test
    void paragraphsDeeperThanTheClimbAreStillFound() {
        String deep = "<div>".repeat(ContentPicker.MAX_CLIMB + 20);
        HtmlPage p = read(page("", "<nav><a href='/'>Home</a> <a href='/n'>News</a> <a href='/s'>Sport</a></nav>"
                + "<div class='article-body'>" + deep + "<p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>"
                + "<footer><p>Copyright the Gazette. All rights reserved. Contact us for reprints and licensing.</p></footer>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
    }

    @Test
    void teaserListNextToAShortArticleIsNotBody() {
        StringBuilder teasers = new StringBuilder("<ul class='x1'>");
        for (int i = 0; i < 6; i++) {
            teasers.append("<li><a href='/s").append(i).append("'>Another headline about the city council number ").append(i)
                    .append("</a> A summary sentence that goes on for a while about what happened at the meeting.</li>");
        }
        teasers.append("</ul>");
        HtmlPage p = read(page("", "<div class='x0'><div class='x2'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>"
                + teasers + "</div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
    }

    @Test
    void teaserCardsBeforeACommentThreadInBareBoxesAreNotBody() {
        String card = "<div><div><img src='/t%d.jpg'></div><div><a href='/l/%d'>Swimming pool %d to close for repairs over the summer</a>"
                + "<div>The roof needs work that cannot wait, the council said of pool %d.</div></div></div>";
        String cards = "<div><h3>Related stories</h3>" + card.formatted(1, 1, 1, 1) + card.formatted(2, 2, 2, 2) + "</div>";
        String thread = "<div><h3>3 comments</h3><div><div>Margaret H.</div><div>About time! I have asked for this since my children"
                + " were small, and they are grown now. Well done to everyone who signed.</div></div></div>";
        HtmlPage p = read(page("<title>Night buses</title>", "<div><h1>Night buses extended</h1><div><div>" + LONG_A + "</div><div>"
                + LONG_B + "</div></div>" + cards + thread + "</div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
        // the same cards between two parts of the article's own text are a list inside it
        HtmlPage amid = read(page("<title>Night buses</title>", "<div><h1>Night buses extended</h1><div><div>" + LONG_A + "</div></div>"
                + cards + "<div><div>" + LONG_B + "</div></div></div>"));
        assertThat(amid.paragraphs()).contains(LONG_A, LONG_B, "The roof needs work that cannot wait, the council said of pool 1.");
    }

    @Test
    void pageWithoutBodyTextSaysSo() {
        HtmlPage p = read(page("", "<nav><a href='/'>Home</a></nav>"));
        assertThat(p.paragraphs()).isEmpty();
        assertThat(p.warnings()).contains("no article body found in the page");
    }

    /** A JSON-LD statement of the body; {@code body} is JSON string content (escapes written out). */
    private static String statement(String body) {
        return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Night buses\",\"articleBody\":\""
                + body + "\"}</script>";
    }

    @Test
    void aPageWhoseMarkupLacksTheStatedBodyGivesTheStatement() {
        String frame = "<div id='app'><div class='skeleton'>Loading...</div><footer><a href='/privacy'>Privacy</a> "
                + "Copyright the Gazette. All rights reserved. We use cookies to give you the best experience on our site.</footer></div>";
        HtmlPage lines = read(page("<title>Night buses</title>" + statement(LONG_A + "\\n\\n" + LONG_B + "\\n" + LONG_C), frame));
        assertThat(lines.paragraphs()).containsExactly(LONG_A, LONG_B, LONG_C);
        assertThat(lines.warnings()).contains("article body taken from the page's JSON-LD articleBody");
        // Some publishers put the body's markup in the statement.
        HtmlPage marked = read(page("<title>Night buses</title>"
                + statement("<p>" + LONG_A + "</p><p>" + LONG_B + "<br>" + LONG_C + "</p>"), frame));
        assertThat(marked.paragraphs()).containsExactly(LONG_A, LONG_B, LONG_C);
    }

    @Test
    void aPageShowingTheStatementsOpeningOnlyKeepsWhatItShows() {
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            rest.append(" In week ").append(i).append(" the crews will extend the service to one more depot on the ring road.");
        }
        HtmlPage p = read(page("<title>Night buses</title>" + statement(LONG_A + rest),
                "<article><h1>Night buses extended</h1><p>" + LONG_A + "</p><div class='paywall'>Subscribe to read on.</div></article>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A);
    }

    @Test
    void aThreadInABoxNoClassNamesEndsTheBodyAtItsHeading() {
        HtmlPage p = read(page("<title>Night buses</title>", "<div id='main'><div class='entry'><h1>Night buses extended</h1>"
                + "<p>" + LONG_A + "</p><p>" + LONG_B + "</p></div><div class='responses'><h3>3 responses</h3>"
                + "<div class='resp'><div class='who'>Gary</div><div class='said'>About time too. My daughter works late shifts at the hospital and has been paying for taxis home for years now.</div></div>"
                + "<div class='resp'><div class='who'>Helen</div><div class='said'>Every twenty minutes is not enough on a Friday night, the buses will be full before they reach the eastern districts at all.</div></div>"
                + "<div class='resp'><div class='who'>Mark</div><div class='said'>Two million a year from the parking fund seems a lot when the car parks themselves need repairs so badly.</div></div>"
                + "</div></div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
    }

    /** A card: a linked headline in a heading, then a summary, in a box of its own. */
    private static String card(String href, String headline, String summary) {
        return "<div class='item'><h3><a href='" + href + "'>" + headline + "</a></h3><p>" + summary + "</p></div>";
    }

    private static final String CARDS = card("/1", "Library to stay open late on Thursdays",
            "The central library will open until nine every Thursday from next month, after a survey of its readers.")
            + card("/2", "Bus station toilets to close for a refit",
            "The toilets at the bus station will close for three weeks while they are refitted, with portable units outside.")
            + card("/3", "Rugby club celebrates its 150th year",
            "The rugby club marked its anniversary with a match against former players, some of whom came from Australia.");

    @Test
    void aListingOfTeaserCardsUnderAShortArticleIsNoBody() {
        HtmlPage p = read(page("<title>Night buses</title>", "<div class='content-main'><div class='article-wrap'>"
                + "<h1>Night buses extended</h1><div class='text'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div></div>"
                + "<div class='more-news'><h2>More news</h2>" + CARDS + "</div></div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
    }

    @Test
    void cardsThatArePartOfTheArticleStay() {
        String[] summaries = {
            "The central library will open until nine every Thursday from next month, after a survey of its readers.",
            "The toilets at the bus station will close for three weeks while they are refitted, with portable units outside.",
            "The rugby club marked its anniversary with a match against former players, some of whom came from Australia."};
        // Among the article's own paragraphs.
        HtmlPage among = read(page("<title>Night buses</title>", "<article><h1>Night buses extended</h1><div class='entry'><p>"
                + LONG_A + "</p>" + CARDS + "<p>" + LONG_C + "</p></div></article>"));
        // (A headline that is all link is dropped as a link line, as before: the summaries are the text.)
        assertThat(among.paragraphs()).containsExactly(LONG_A, summaries[0], summaries[1], summaries[2], LONG_C);
        // In a box of their own between the article's opening and closing paragraphs.
        HtmlPage boxed = read(page("<title>Night buses</title>", "<article><h1>Night buses extended</h1><div class='entry'><p>"
                + LONG_A + "</p><div class='picks'>" + CARDS + "</div><p>" + LONG_C + "</p></div></article>"));
        assertThat(boxed.paragraphs()).contains(summaries[0], summaries[1], summaries[2]);
        // Linking to another site than the page's own: a round-up's picks.
        String away = CARDS.replace("href='/", "href='https://shop.example.com/");
        HtmlPage picks = read(page("<link rel='canonical' href='https://www.gazette.example/night-buses'><title>Night buses</title>",
                "<article><h1>Night buses extended</h1><div class='entry'><p>" + LONG_A + "</p><div class='picks'>" + away
                + "</div></div></article>"));
        assertThat(picks.paragraphs()).contains(LONG_A, summaries[0], summaries[1], summaries[2]);
    }

    /** A card whose text box (linked headline, date, summary) sits in a frame beside a picture and a section badge. */
    private static String framedCard(String href, String headline, String summary) {
        return "<div class='box'><div class='frame'><div class='pic'><a href='" + href + "'><img src='x.jpg'></a></div>"
                + "<div class='badge'>Politik</div><div class='txt'><a href='" + href + "'>" + headline + "</a>"
                + "<div class='date'>31.10.2023</div><p>" + summary + "</p></div></div></div>";
    }

    private static final String FRAMED = framedCard("/1", "Library to stay open late on Thursdays",
            "The central library will open until nine every Thursday from next month, after a survey of its readers.")
            + framedCard("/2", "Bus station toilets to close for a refit",
            "The toilets at the bus station will close for three weeks while they are refitted, with portable units outside.")
            + framedCard("/3", "Rugby club celebrates its 150th year",
            "The rugby club marked its anniversary with a match against former players, some of whom came from Australia.");

    @Test
    void framedCardsWhoseHeadlineIsALinkLineAreNoBody() {
        HtmlPage p = read(page("<title>Night buses</title>", "<div class='main'><h1>Night buses extended</h1><p>" + LONG_A
                + "</p><p>" + LONG_B + "</p><div class='rec'>" + FRAMED + "</div></div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
        // between the article's opening and closing paragraphs they are a part of it
        HtmlPage amid = read(page("<title>Night buses</title>", "<div class='main'><h1>Night buses extended</h1><p>" + LONG_A
                + "</p><div class='rec'>" + FRAMED + "</div><p>" + LONG_C + "</p></div>"));
        assertThat(amid.paragraphs()).contains(LONG_A, LONG_C,
                "The rugby club marked its anniversary with a match against former players, some of whom came from Australia.");
        // on a page that names no address of its own, cards linking to several sites are a reading list's picks
        String picks = FRAMED.replace("href='/1'", "href='https://one.example.org/a'").replace("href='/2'", "href='https://two.example.net/b'")
                .replace("href='/3'", "href='https://three.example.com/c'");
        HtmlPage list = read(page("<title>Night buses</title>", "<div class='main'><h1>Night buses extended</h1><p>" + LONG_A
                + "</p><p>" + LONG_B + "</p><div class='rec'>" + picks + "</div></div>"));
        assertThat(list.paragraphs()).contains(LONG_A,
                "The rugby club marked its anniversary with a match against former players, some of whom came from Australia.");
    }

    /** A card of an old layout: the linked headline a line of its own in the summary's paragraph. */
    private static final String LINE_CARDS = "<p><b><a href='/1'>Library to stay open late on Thursdays</a></b><br>"
            + "The central library will open until nine every Thursday from next month, after a survey of its readers.</p>"
            + "<p><b><a href='/2'>Bus station toilets to close for a refit</a></b><br>"
            + "The toilets at the bus station will close for three weeks while they are refitted, with portable units outside.</p>"
            + "<p><b><a href='/3'>Rugby club celebrates its 150th year</a></b><br>"
            + "The rugby club marked its anniversary with a match against former players, some of whom came from Australia.</p>";

    @Test
    void aTableColumnOfCardsWithTheirHeadlinesOnALineOfTheirOwnIsNoBody() {
        HtmlPage p = read(page("<title>Night buses</title>", "<table><tr><td><h1>Night buses extended</h1><p>" + LONG_A
                + "</p><p>" + LONG_B + "</p></td><td><h3>Around town</h3>" + LINE_CARDS + "</td></tr></table>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
        // The same cards under the article's opening in its own box (a listicle's picks), or in its own cell, stay.
        HtmlPage listicle = read(page("<title>Night buses</title>", "<div><h1>Night buses extended</h1><p>" + LONG_A
                + "</p><div>" + LINE_CARDS + "</div></div>"));
        assertThat(listicle.paragraphs()).contains(LONG_A,
                "The rugby club marked its anniversary with a match against former players, some of whom came from Australia.");
        HtmlPage cell = read(page("<title>Night buses</title>", "<table><tr><td><h1>Night buses extended</h1><p>" + LONG_A
                + "</p><div>" + LINE_CARDS + "</div></td><td><a href='/a'>Home</a></td></tr></table>"));
        assertThat(cell.paragraphs()).contains(LONG_A,
                "The rugby club marked its anniversary with a match against former players, some of whom came from Australia.");
    }

    @Test
    void aCookieBannerInABoxNamedForItsPlaceLeavesTheBody() {
        HtmlPage p = read(page("<title>Night buses</title>", "<div class='main'><h1>Night buses extended</h1><p>" + LONG_A
                + "</p><p>" + LONG_B + "</p></div><div id='bottom-bar'><div class='inner'><p>We and our partners use cookies and "
                + "similar technologies to store and access information on your device, to personalise content and ads and to "
                + "analyse our traffic, and we share information about your use of our site with our partners.</p><p>By continuing "
                + "to use this site you agree to our use of cookies as described in our privacy policy.</p><button>Accept all</button></div></div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
    }

    @Test
    void aStreamOfStoriesKeepsTheOneUnderThePagesTitle() {
        String next = "<div class='story'><h2><a href='/news/school-roof'>School roof repairs finished ahead of schedule</a></h2>"
                + "<div class='text'><p>Repairs to the leaking roof of the primary school were finished a week early, the county council said on Tuesday.</p>"
                + "<p>Pupils had been taught in temporary classrooms since February after water came through the ceiling of the hall.</p>"
                + "<p>The council said the repairs cost slightly less than first estimated and the hall would reopen after the break.</p></div></div>";
        HtmlPage p = read(page("<title>Night buses</title>", "<div class='story-stream'><div class='story'><h1>Night buses extended</h1>"
                + "<div class='text'><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_C + "</p></div></div>" + next + "</div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B, LONG_C);
        // A box of the article's own that opens with a plain heading is a part of it.
        HtmlPage parts = read(page("<title>Night buses</title>", "<div class='story-stream'><div class='story'><h1>Night buses extended</h1>"
                + "<div class='text'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div></div><div class='story'><h2>What the routes cost</h2>"
                + "<div class='text'><p>" + LONG_C + "</p></div></div></div>"));
        assertThat(parts.paragraphs()).containsExactly(LONG_A, LONG_B, "What the routes cost", LONG_C);
    }

    @Test
    void aNextStoryLoadedUnderTheArticleInItsOwnMarkupIsNoPartOfIt() {
        String later = "<p>Repairs to the leaking roof of the primary school were finished a week early, the county council said on Tuesday.</p>"
                + "<p>Pupils had been taught in temporary classrooms since February after water came through the ceiling of the hall.</p>"
                + "<p>The council said the repairs cost slightly less than first estimated and the hall would reopen after the break.</p>"
                + "<p>Parents had complained for months about the noise of the builders during lessons in the temporary classrooms.</p>";
        // The next story is longer than the article and its title is as unlinked as the article's.
        HtmlPage p = read(page("<title>Night buses</title>", "<main><article class='story'><h1 class='story__title'>Night buses extended</h1>"
                + "<div class='story__body'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div></article><div>Next story</div>"
                + "<article class='story'><h1 class='story__title'>School roof repairs finished ahead of schedule</h1>"
                + "<div class='story__body'>" + later + "</div></article></main>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
        // An article written in sections, each opening with an <h1> of its own, keeps them all.
        HtmlPage sections = read(page("<title>Night buses</title>", "<main><section class='part'><h1 class='title'>Night buses extended</h1><p>"
                + LONG_A + "</p><p>" + LONG_B + "</p></section><section class='part'><h1>What the routes cost</h1>" + later + "</section></main>"));
        assertThat(sections.paragraphs()).contains(LONG_A, LONG_B).hasSize(6);
    }

    @Test
    void aCaptionInAnInlineElementNamedForThePictureIsNoBodyButAVideosTitleStays() {
        HtmlPage p = read(page("<title>Night buses</title>", "<h1>Night buses extended</h1><div id='articleBody'>"
                + "<span class='end_photo_org'><img src='a.jpg'><em class='img_desc'>A night bus at the depot. [File photo]</em></span><br>"
                + LONG_A + "<br><br>" + LONG_B + "<br><br>" + LONG_C + "</div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B, LONG_C);
        HtmlPage video = read(page("<title>Night buses</title>", "<h1>Night buses extended</h1><div class='text'><p>" + LONG_A
                + "</p><p><span class='embedded video'><span class='leadMediaTitle'>Video shows the first night bus leaving the depot</span>"
                + "</span></p><p>" + LONG_B + "</p></div>"));
        assertThat(video.paragraphs()).containsExactly(LONG_A, "Video shows the first night bus leaving the depot", LONG_B);
    }

    @Test
    void aFeedbackBoxUnderAHelpPageIsNoBody() {
        HtmlPage p = read(page("<title>Night buses</title>", "<div class='help-article'><h1>Night buses extended</h1><p>" + LONG_A
                + "</p><p>" + LONG_B + "</p><div class='was-helpful'><p>Was this article helpful to you?</p><button>Yes</button></div>"
                + "<div class='page-feedback'><p>Tell us how we can improve this page.</p></div></div>"));
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B);
    }

    @Test
    void aReadingTimeLineUnderTheSubtitleIsNoBody() {
        HtmlPage p = read(page("<title>Night buses</title>", "<article><section><h1>Night buses extended</h1>"
                + "<h2>What the new routes mean for shift workers in the east</h2><div><span>6 min read</span><span>\u00b7</span>"
                + "<span>Jan 9, 2024</span></div><p>" + LONG_A + "</p><p>" + LONG_B + "</p></section></article>"));
        assertThat(p.paragraphs()).containsExactly("What the new routes mean for shift workers in the east", LONG_A, LONG_B);
    }

    @Test
    void theHeadlineShownAboveTheBodyCutsTheSiteFromTheTitle() {
        String nav = "<div id='top'><a href='/'>Coast Weekly</a> | <a href='/news'>News</a></div>";
        HtmlPage p = read(page("<title>Night buses extended | Coast Weekly</title>", nav
                + "<div class='headline'>Night buses extended</div><div class='text'>" + LONG_A + "<br><br>" + LONG_B + "<br><br>" + LONG_C + "</div>"));
        assertThat(p.meta().title()).isEqualTo("Night buses extended");
        assertThat(p.paragraphs()).containsExactly(LONG_A, LONG_B, LONG_C);
        // the headline as the body's first line is the title, not body text
        HtmlPage inside = read(page("<title>Coast Weekly - Night buses extended</title>", nav
                + "<div class='text'>Night buses extended<br><br>" + LONG_A + "<br><br>" + LONG_B + "</div>"));
        assertThat(inside.meta().title()).isEqualTo("Night buses extended");
        assertThat(inside.paragraphs()).containsExactly(LONG_A, LONG_B);
        // a part shown only below the body's start (a teaser's headline) is no headline: the title stays
        HtmlPage teaser = read(page("<title>Night buses extended | Coast Weekly</title>", "<div class='text'><p>" + LONG_A + "</p><p>"
                + LONG_B + "</p></div><div class='more'><p>Coast Weekly</p></div>"));
        assertThat(teaser.meta().title()).isEqualTo("Night buses extended | Coast Weekly");
        // the site's name in the masthead, over the navigation, is no headline
        StringBuilder menu = new StringBuilder("<div class='logo'>Coast Weekly Harbour News</div><ul>");
        for (String s : new String[] {"News", "Sport", "Letters", "Events", "Weather", "Jobs", "Contact"}) {
            menu.append("<li><a href='/").append(s).append("'>").append(s).append("</a></li>");
        }
        HtmlPage masthead = read(page("<title>Buses | Coast Weekly Harbour News</title>", menu + "</ul><div class='text'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>"));
        assertThat(masthead.meta().title()).isEqualTo("Buses | Coast Weekly Harbour News");
    }

    @Test
    void aBoldHeadlineOverABylineInATableLayoutIsTheTitle() {
        String nav = "<td width='150'><a href='/news'>News</a><br><a href='/sports'>Sports</a><br><a href='/obits'>Obituaries</a></td>";
        String story = "<td><font size='5'><b>Night buses extended to the east</b></font><br><font size='2'><i>By Tom Baker, Herald Staff Writer</i>"
                + "<br>Tuesday, July 13, 2004</font><br><br>" + LONG_A + "<br><br>" + LONG_B + "<br><br>" + LONG_C + "</td>";
        HtmlPage p = read(page("<title>Valley Herald Online - Local News</title>", "<table><tr>" + nav + story + "</tr></table>"));
        assertThat(p.meta().title()).isEqualTo("Night buses extended to the east");
        assertThat(p.paragraphs()).first().isEqualTo("By Tom Baker, Herald Staff Writer");
        assertThat(p.paragraphs()).doesNotContain("Night buses extended to the east").contains(LONG_A, LONG_B, LONG_C);
        // a date line alone under it does as well
        HtmlPage dated = read(page("<title>Valley Herald Online</title>", "<table><tr>" + nav
                + story.replace("<i>By Tom Baker, Herald Staff Writer</i><br>", "") + "</tr></table>"));
        assertThat(dated.meta().title()).isEqualTo("Night buses extended to the east");
        // a page that states its title keeps it, and the line stays for the text stages
        HtmlPage og = read(page("<meta property='og:title' content='Buses'><title>Valley Herald Online - Local News</title>",
                "<table><tr>" + nav + story + "</tr></table>"));
        assertThat(og.meta().title()).isEqualTo("Buses");
        // a standfirst under a headline line is no headline, though a date follows it
        HtmlPage dek = read(page("<title>Valley Herald Online</title>", "<table><tr>" + nav + story.replace("<font size='5'><b>",
                "<font size='5'><b>Buses run all night</b></font><br><br><font size='4'><b>") + "</tr></table>"));
        assertThat(dek.meta().title()).isEqualTo("Valley Herald Online");
        // a first paragraph that is a sentence is body text
        HtmlPage sentence = read(page("<title>Valley Herald Online</title>", "<table><tr>" + nav + story.replace(
                "Night buses extended to the east</b>", "Night buses were extended to the east on Monday.</b>") + "</tr></table>"));
        assertThat(sentence.meta().title()).isEqualTo("Valley Herald Online");
    }

    @Test
    void aReadingListsLinkedSentencesAreBody() {
        String paris = "Paris is turning another hundred streets into school streets closed to cars";
        String tokyo = "Why Tokyo's rail companies also build the neighbourhoods around their stations";
        String study = "A new study finds that bike lanes did not hurt shops on the streets where they were built";
        String items = "<p>Here is what caught my eye this week.</p>"
                + "<p><a href='https://a.example/1'>" + paris + "</a>, and parents seem to like it.</p>"
                + "<p><a href='https://b.example/2'>" + tokyo + "</a> is a long read but worth it.</p>"
                + "<p><a href='https://c.example/3'>" + study + "</a>.</p>"
                + "<p>That's all for this week. See you on Monday.</p>";
        HtmlPage p = read(page("<title>Weekend reading</title>", "<header><a href='/'>Urban Notes</a></header><article><h1>Weekend reading</h1>"
                + "<div class='entry-content'>" + items + "</div></article><ul class='recent'><li><a href='/p1'>Why I stopped driving to work</a></li>"
                + "<li><a href='/p2'>The best city parks I have visited this year</a></li></ul>"));
        assertThat(p.paragraphs()).containsExactly("Here is what caught my eye this week.", paris + ", and parents seem to like it.",
                tokyo + " is a long read but worth it.", study + ".", "That's all for this week. See you on Monday.");
        // a teaser (a linked headline, then a summary of its own) and a card linked as a whole stay out
        String cards = "<div class='more'><p><a href='/x'>Night buses extended to the eastern districts</a> The council voted on Monday to extend the service.</p>"
                + "<a href='/y'><div><h3>Ferry fares</h3><p>Ferry fares will rise by a tenth from April, the operator said on Friday. Read on.</p></div></a></div>";
        HtmlPage more = read(page("<title>Night buses</title>", "<article><h1>Night buses extended</h1><p>" + LONG_A + "</p><p>" + LONG_B
                + "</p><p>" + LONG_C + "</p></article>" + cards));
        assertThat(more.paragraphs()).containsExactly(LONG_A, LONG_B, LONG_C);
    }
}
