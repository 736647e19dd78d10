package io.articlex.html;

import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Page metadata from small invented pages, one shape of markup per test. */
class MetaReaderTest {

    private static PageMeta meta(String head, String body) {
        PageIndex idx = PageIndex.of(PageParser.parse(
                "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>"));
        return MetaReader.read(idx, JsonLd.read(idx));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    private static final String ARTICLE = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"headline\":\"Ferry timetable changes for winter\",\"datePublished\":\"2024-10-28T06:00:00Z\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\"}}";

    // Titles of blog posts

    @Test
    void aBlogsPostTitleHeadingOutranksTheBlogsNameInTheH1() {
        String header = "<div class='header'><h1 class='title'><a href='/'>Harbour Walks</a></h1></div>";
        String post = "<div class='post'><h3 class='post-title entry-title'>Low tide at the north pier</h3><div class='post-body'><p>Text.</p></div></div>";
        assertThat(meta("<title>Harbour Walks: Low tide at the north pier</title>", header + post).title()).isEqualTo("Low tide at the north pier");
        // a <title> of the blog's name alone
        assertThat(meta("<title>Harbour Walks</title>", header + post).title()).isEqualTo("Low tide at the north pier");
        // a blog's index names every post's heading so: the <h1> stays
        assertThat(meta("<title>Harbour Walks</title>", header + post + post.replace("Low tide", "High tide")).title()).isEqualTo("Harbour Walks");
        // a teaser heading the <title> does not hold stays out
        assertThat(meta("<title>Ferry fares rise - Harbour Times</title>", "<h1>Ferry fares rise</h1><p>Text.</p><h3 class='article-title'>Lifeboat day</h3>").title())
                .isEqualTo("Ferry fares rise");
        // a forum thread's heading under the board's <h1>
        assertThat(meta("<title>Low tide at the north pier - Harbour Walkers Forum</title>",
                "<h1>Harbour Walkers Forum</h1><h2 class='topic-title'><a href='#'>Low tide at the north pier</a></h2><p>Text.</p>").title())
                .isEqualTo("Low tide at the north pier");
        // no <h1>: the heading before the <title> with the forum's name
        assertThat(meta("<title>Low tide at the north pier - Harbour Walkers Forum</title>",
                "<h2 class='topic-title'><a href='#'>Low tide at the north pier</a></h2><p>Text.</p>").title())
                .isEqualTo("Low tide at the north pier");
        // og:title states the title: it stands
        assertThat(meta("<meta property='og:title' content='Walks'><title>Harbour Walks: Low tide at the north pier</title>", header + post).title()).isEqualTo("Walks");
    }

    @Test
    void aMicrodataHeadlineIsTheTitleOfAPageWithoutSocialOrJsonLdTitles() {
        String head = "<title>Council approves new bus lanes - Westvale Town Council</title>";
        String article = "<div itemscope itemtype='https://schema.org/Article'><h2 itemprop='headline'>Council approves new bus lanes</h2>"
                + "<div itemprop='articleBody'><p>Text.</p></div></div>";
        assertThat(meta(head, article).title()).isEqualTo("Council approves new bus lanes");
        // as a meta element's content
        assertThat(meta(head, "<meta itemprop='headline' content='Council approves new bus lanes'><p>Text.</p>").title())
                .isEqualTo("Council approves new bus lanes");
        // a listing marks one per story: none is the page's
        assertThat(meta(head, article + article.replace("new bus lanes", "a budget")).title())
                .isEqualTo("Council approves new bus lanes - Westvale Town Council");
        // og:title stands
        assertThat(meta("<meta property='og:title' content='Bus lanes approved'>" + head, article).title()).isEqualTo("Bus lanes approved");
    }

    @Test
    void aReplysTimeIsNotThePostsDate() {
        String post = "<article class='post'><h1>Mill bridge to close</h1><div class='meta'><a href='/p'>May 12, 2023</a></div><p>Text.</p>";
        String reply = "<div class='comments'><article class='comment-body'><span class='fn'>Mark</span>"
                + "<time datetime='2023-05-14T10:02:00'>May 14, 2023</time><p>About time.</p></article></div>";
        assertThat(meta("<title>Mill bridge</title>", post + reply + "</article>").published()).isNull();
        // the post's own <time> after the thread is still read
        assertThat(meta("<title>Mill bridge</title>", post + reply + "<time datetime='2023-05-12'>May 12</time></article>").published())
                .isEqualTo("2023-05-12");
        // a page's wrapper named for its thread holds the title: its <time> is the post's
        assertThat(meta("<title>Mill bridge</title>", "<div class='article-with-comments'><h1>Mill bridge to close</h1>"
                + "<time datetime='2023-05-12'>May 12</time><p>Text.</p></div>").published()).isEqualTo("2023-05-12");
    }

    @Test
    void aBlogPostsHatomDateIsItsPublicationDate() {
        String post = "<div class='post hentry'><h3 class='post-title'>Drei Tage im Harz</h3><div class='post-body'><p>Text.</p></div>"
                + "<div class='post-footer'>um <a class='timestamp-link' href='/p'><abbr class='published' title='2023-05-14T18:20:00+02:00'>18:20</abbr></a></div></div>";
        assertThat(meta("<title>Blog: Drei Tage im Harz</title>", post).published()).isEqualTo("2023-05-14T18:20:00+02:00");
        // a <time datetime> comes first; a tooltip's words are no date; a reply's date is not the post's
        assertThat(meta("<title>Blog</title>", "<time datetime='2023-05-15'>15 May</time>" + post).published()).isEqualTo("2023-05-15");
        assertThat(meta("<title>Blog</title>", "<p><span class='published' title='Sunday 14 May'>14 May</span></p>").published()).isNull();
        assertThat(meta("<title>Blog</title>", "<p>Text.</p><div class='comments'><abbr class='published' title='2023-05-16T09:00:00Z'>9:00</abbr></div>")
                .published()).isNull();
    }

    @Test
    void shownPartIsTheTitlesPartThePageShowsAlone() {
        java.util.Set<String> shown = java.util.Set.of("harbour festival draws record crowd", "coast weekly", "storm ellen live", "brexit");
        assertThat(Titles.shownPart("Harbour festival draws record crowd | Coast Weekly", shown::contains))
                .isEqualTo("Harbour festival draws record crowd");
        assertThat(Titles.shownPart("Coast Weekly — Harbour festival draws record crowd", shown::contains))
                .isEqualTo("Harbour festival draws record crowd");
        // a colon joins a kicker to its headline; a short part may be a section's label
        assertThat(Titles.shownPart("Storm Ellen live: power cuts across the region", shown::contains)).isNull();
        assertThat(Titles.shownPart("Brexit - what happens next", shown::contains)).isNull();
        assertThat(Titles.shownPart("Harbour festival draws record crowd", shown::contains)).isNull();
        // a kicker shown on its own line is shorter than the headline it stands before
        assertThat(Titles.shownPart("Book of the week | Nikole Hannah-Jones edits a history", java.util.Set.of("book of the week")::contains)).isNull();
    }

    // JSON-LD

    @Test
    void jsonLdInsideCdataIsRead() {
        for (String wrapped : new String[] {"<![CDATA[" + ARTICLE + "]]>", "//<![CDATA[\n" + ARTICLE + "\n//]]>",
                "/*<![CDATA[*/" + ARTICLE + "/*]]>*/"}) {
            PageMeta m = meta(ld(wrapped), "<p>Text.</p>");
            assertThat(m.title()).as(wrapped).isEqualTo("Ferry timetable changes for winter");
            assertThat(m.byline()).as(wrapped).isEqualTo("Mara Lindqvist");
            assertThat(m.published()).as(wrapped).isEqualTo("2024-10-28T06:00:00Z");
        }
    }

    @Test
    void anAuthorGivenByReferenceIsLookedUpInTheGraph() {
        PageMeta m = meta(ld("{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Article\",\"headline\":\"Ferry timetable\",\"author\":[{\"@id\":\"#p1\"},{\"@id\":\"#p2\"}]},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Mara Lindqvist\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#p2\",\"name\":\"Jonas Ek\"}]}"), "<p>Text.</p>");
        assertThat(m.byline()).isEqualTo("Mara Lindqvist, Jonas Ek");
    }

    // The byline chain

    @Test
    void anUnusableValueFallsThroughToTheNextSource() {
        PageMeta m = meta(ld("{\"@type\":\"NewsArticle\",\"headline\":\"Ferry\",\"author\":{\"@type\":\"Person\",\"name\":\"\"}}")
                        + "<meta property=\"article:author\" content=\"https://www.facebook.com/mara.lindqvist\">"
                        + "<meta name=\"author\" content=\"  \">"
                        + "<meta name=\"parsely-author\" content=\"Mara Lindqvist\">",
                "<p>Text.</p>");
        assertThat(m.byline()).isEqualTo("Mara Lindqvist");
    }

    /** Class values repeated on many elements are read once; each element still gets its own answer. */
    @Test
    void repeatedClassValuesAroundABylineBoxGiveTheSameNames() {
        PageMeta m = meta("", "<p class=\"text\">One.</p><p class=\"text\">Two.</p><div class=\"byline\">"
                + "<span class=\"author-name\">Mara Lindqvist</span> and <span class=\"author-name\">Jonas Ek</span></div>"
                + "<p class=\"text\">Three.</p><div class=\"byline\"><span class=\"author-name\">Other Person</span></div>");
        assertThat(m.byline()).isEqualTo("Mara Lindqvist, Jonas Ek");
    }

    @Test
    void aByOnlyBylineBoxFallsThroughToTheNextOne() {
        PageMeta m = meta("", "<div class=\"byline\">By</div><p>Text.</p><span class=\"author-name\">Mara Lindqvist</span>");
        assertThat(m.byline()).isEqualTo("Mara Lindqvist");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<meta name=\"author\" content=\"Mara Lindqvist\">",
            "<meta property=\"article:author\" content=\"Mara Lindqvist\">",
            "<meta name=\"parsely-author\" content=\"Mara Lindqvist\">",
            "<meta name=\"DC.creator\" content=\"Mara Lindqvist\">",
            "<meta name=\"dcterms.creator\" content=\"Mara Lindqvist\">",
    })
    void authorMetaVariants(String head) {
        assertThat(meta(head, "<p>Text.</p>").byline()).isEqualTo("Mara Lindqvist");
    }

    @Test
    void relAuthorLinkWithTextButNotTheHeadLink() {
        PageMeta m = meta("<link rel=\"author\" href=\"/humans.txt\">",
                "<p>By <a rel=\"author noopener\" href=\"/staff/mara\">Mara Lindqvist</a></p>");
        assertThat(m.byline()).isEqualTo("Mara Lindqvist");
    }

    @Test
    void severalAuthorsAreJoinedWithCommas() {
        assertThat(meta(ld("{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Mara Lindqvist\"},\"Jonas Ek\",{\"name\":\"Ana Ruiz\"}]}"),
                "<p>Text.</p>").byline()).isEqualTo("Mara Lindqvist, Jonas Ek, Ana Ruiz");
        assertThat(meta("<meta name=\"author\" content=\"Mara Lindqvist\"><meta name=\"author\" content=\"Jonas Ek\">",
                "<p>Text.</p>").byline()).isEqualTo("Mara Lindqvist, Jonas Ek");
        assertThat(meta("", "<p class=\"byline\">By <a rel=\"author\" href=\"/a\">Mara Lindqvist</a> and "
                + "<a rel=\"author\" href=\"/b\">Jonas Ek</a></p><p>Text.</p>"
                + "<footer><a rel=\"author\" href=\"/c\">Someone Else</a></footer>").byline())
                .as("the links beside the first, not every author link on the page").isEqualTo("Mara Lindqvist, Jonas Ek");
    }

    // Visible bylines

    @ParameterizedTest
    @ValueSource(strings = {"byline", "author", "author-name", "pb-byline", "article__byline", "c-byline__author--main",
            "authorName", "meta post-author", "byline--large"})
    void aVisibleBylineIsFoundByTheWordsOfItsClass(String cls) {
        assertThat(meta("", "<div class=\"" + cls + "\">By Mara Lindqvist</div><p>Text.</p>").byline())
                .as(cls).isEqualTo("Mara Lindqvist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"author-bio", "author-avatar", "authority", "about-author", "bylines-wrapper"})
    void classesThatMerelyMentionAnAuthorAreNoByline(String cls) {
        assertThat(meta("", "<div class=\"" + cls + "\">Mara Lindqvist</div><p>Text.</p>").byline()).as(cls).isNull();
    }

    @Test
    void aCommentersNameIsNoByline() {
        assertThat(meta("", "<p>Text.</p><section id=\"comments\"><div class=\"c\"><span class=\"author\">Pat</span>"
                + "<p>Great story.</p></div></section>").byline()).isNull();
        assertThat(meta("", "<p>Text.</p><span class=\"comment-author\">Pat</span>").byline()).isNull();
    }

    @Test
    void authorsInTheFooterACaptionOrATestimonialAreNoByline() {
        assertThat(meta("", "<p>Text.</p><footer><div class=\"author\">Site by Pixel Works</div></footer>").byline()).isNull();
        assertThat(meta("", "<figure><img src=\"a.jpg\"><figcaption><span class=\"author\">Harbour Archive</span>"
                + "</figcaption></figure><p>Text.</p>").byline()).isNull();
        assertThat(meta("", "<div class=\"article-photo\"><span class=\"author\">Harbour Archive</span></div><p>Text.</p>")
                .byline()).isNull();
        assertThat(meta("", "<div class=\"testimonial-author\">A. K., customer</div><p>Text.</p>").byline()).isNull();
        assertThat(meta("", "<body class=\"single no-author\"><p>Text.</p></body>").byline())
                .as("a state class on the page names no byline").isNull();
    }

    @Test
    void anAuthorCardGivesItsFirstLine() {
        PageMeta m = meta("", "<div class=\"author\"><a href=\"/@mara\"><strong>Mara Lindqvist</strong></a>"
                + "<p>Writes about ferries and harbours</p><button>Follow</button></div><p>Text.</p>");
        assertThat(m.byline()).isEqualTo("Mara Lindqvist");
        PageMeta dated = meta("", "<h3 class=\"byline\">by Mara Lindqvist<br><span class=\"datetime\">Monday, 3 March 2024</span></h3>"
                + "<p>Text.</p>");
        assertThat(dated.byline()).isEqualTo("Mara Lindqvist");
    }

    @Test
    void aBoxOfManyAuthorBoxesIsNoByline() {
        String box = "<div class=\"author\">Mara Lindqvist</div>".repeat(2_000);
        PageMeta m = meta("", "<section class=\"authors\">" + box + "</section><p>Text.</p>");
        assertThat(m.byline()).as("a section of 2,000 elements is no byline, and none inside it is tried").isNull();
    }

    @Test
    void aLabelledListIsNoVisibleByline() {
        assertThat(meta("", "<div class=\"news-author\">Tags: ferries, harbours, winter</div><p>Text.</p>").byline()).isNull();
    }

    @Test
    void aTrailingRelativeTimeIsCut() {
        assertThat(meta("", "<div class=\"article__byline\">By Mara Lindqvist \u2022 8h</div><p>Text.</p>").byline())
                .isEqualTo("Mara Lindqvist");
    }

    @Test
    void aBylineBoxWithOneElementPerAuthorGivesEachName() {
        PageMeta m = meta("", "<div class=\"c-byline\">By <a class=\"c-byline__author\" href=\"/a\">Mara Lindqvist</a>"
                + " and <a class=\"c-byline__author\" href=\"/b\">Jonas Ek</a> <span class=\"c-byline__time\">3 hours ago</span></div>"
                + "<p>Text.</p>");
        assertThat(m.byline()).isEqualTo("Mara Lindqvist, Jonas Ek");
    }

    @Test
    void cleaningKeepsTheNamesAsGivenWithoutByAndTimes() {
        assertThat(Bylines.clean("By  Jane Doe")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("BY: JOHN ROE")).isEqualTo("JOHN ROE");
        assertThat(Bylines.clean("Written by Jane Doe | 3 hours ago")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("Jane Doe \u00b7 5 min")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("Jane Doe, 6 November 2023")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("Jane Doe \u2014 Updated 10:42 a.m.")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("Jane Doe yesterday")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("Interview by Lena Petrova")).isEqualTo("Lena Petrova");
        assertThat(Bylines.clean("Words by Elin Roberts")).isEqualTo("Elin Roberts");
        assertThat(Bylines.clean("Von Jonas Weber \u00b7 Di, 1. Dezember 2026 \u00b7 18:30 Uhr")).isEqualTo("Jonas Weber");
        assertThat(Bylines.clean("Jonas Weber \u00b7 Di")).as("no date was cut").isEqualTo("Jonas Weber \u00b7 Di");
        assertThat(Bylines.clean("by member \u00bb Tue Nov 14, 2023 8:02 pm")).isEqualTo("member");
        assertThat(Bylines.clean("Jane Doe \u00bb Politics")).as("no date after the mark").isEqualTo("Jane Doe \u00bb Politics");
        assertThat(Bylines.clean("Jane Doe Monday, November 18, 2019")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("\u00a0von\u00a0jdoe am 26/10/13")).isEqualTo("jdoe");
        assertThat(Bylines.clean("Autor: Jane Doe")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("Copyright Example Media Ltd - all rights reserved")).isNull();
        assertThat(Bylines.clean("Jane Doe, Staff Writer")).isEqualTo("Jane Doe, Staff Writer");
        assertThat(Bylines.clean("Da Silva")).as("a name, not Portuguese 'by'").isEqualTo("Da Silva");
        assertThat(Bylines.clean("di Marco Rossi")).isEqualTo("Marco Rossi");
        assertThat(Bylines.clean("https://www.facebook.com/someone")).isNull();
        assertThat(Bylines.clean("/author/jane-doe")).isNull();
        assertThat(Bylines.clean("jane@example.org")).isNull();
        assertThat(Bylines.clean("By")).isNull();
        assertThat(Bylines.clean("Authors")).isNull();
        assertThat(Bylines.clean("12:30")).isNull();
    }

    // Titles

    @Test
    void theSitesNameOrTheStartOfItIsCutFromEitherEnd() {
        assertThat(Titles.cutSiteName("Night buses | City Gazette", "City Gazette")).isEqualTo("Night buses");
        assertThat(Titles.cutSiteName("City Gazette - Night buses", "City Gazette")).isEqualTo("Night buses");
        assertThat(Titles.cutSiteName("City Gazette: Night buses", "City Gazette")).isEqualTo("Night buses");
        assertThat(Titles.cutSiteName("Night buses \u2013 The City Gazette", "The City Gazette")).isEqualTo("Night buses");
        assertThat(Titles.cutSiteName("Night buses | City Gazette", "City Gazette Online")).isEqualTo("Night buses");
        assertThat(Titles.cutSiteName("Night buses | Metro", "Metropolitan Gazette")).isEqualTo("Night buses | Metro");
        assertThat(Titles.cutSiteName("Night buses | Gazette", "Gazette Media Group")).isEqualTo("Night buses");
        assertThat(Titles.cutSiteName("Night buses | Vox", "Vox Media")).as("too short a prefix").isEqualTo("Night buses | Vox");
        assertThat(Titles.cutSiteName("Night buses | Local | City Gazette", "City Gazette")).isEqualTo("Night buses | Local");
        assertThat(Titles.cutSiteName("Brexit - what happens next", "City Gazette")).isEqualTo("Brexit - what happens next");
        assertThat(Titles.cutSiteName("COVID-19 cases fall", "COVID")).isEqualTo("COVID-19 cases fall");
        assertThat(Titles.cutSiteName("Brexit - what happens next", null)).isEqualTo("Brexit - what happens next");
    }

    @Test
    void theTitleOfASiteNamePrefixIsCutFromEverySource() {
        PageMeta m = meta("<meta property=\"og:site_name\" content=\"City Gazette Online\">"
                + "<meta property=\"og:title\" content=\"Night buses extended | City Gazette\">", "<p>Text.</p>");
        assertThat(m.title()).isEqualTo("Night buses extended");
        assertThat(m.siteName()).isEqualTo("City Gazette Online");
    }

    @Test
    void theTitleTwoSourcesAgreeOnWinsOverASocialRewrite() {
        PageMeta m = meta("<meta property=\"og:site_name\" content=\"City Gazette\">"
                        + "<meta property=\"og:title\" content=\"You won't believe where the night bus goes now\">"
                        + "<meta name=\"twitter:title\" content=\"You won't believe where the night bus goes now\">"
                        + "<title>Night buses extended to the east | City Gazette</title>",
                "<h1>Night buses extended to the east</h1><p>Text.</p>");
        assertThat(m.title()).isEqualTo("Night buses extended to the east");
    }

    @Test
    void aSocialTitleStandsWhenNoTwoOtherSourcesAgree() {
        PageMeta m = meta("<meta property=\"og:title\" content=\"Night buses: what changes for you\">"
                + "<title>Gazette | News</title>", "<h1>Night buses extended to the east</h1><p>Text.</p>");
        assertThat(m.title()).isEqualTo("Night buses: what changes for you");
        PageMeta same = meta("<meta property=\"og:title\" content=\"Night buses extended to the east\">"
                + "<title>Night buses extended to the east</title>", "<h1>Night Buses Extended To The East</h1><p>Text.</p>");
        assertThat(same.title()).as("the social title's spelling when it agrees").isEqualTo("Night buses extended to the east");
    }

    @Test
    void aHeadlineAgreeingWithTheH1WinsOverTheSocialTitle() {
        PageMeta m = meta("<meta property=\"og:title\" content=\"Night buses, explained\">"
                + ld("{\"@type\":\"NewsArticle\",\"headline\":\"Night buses extended to the east\"}"),
                "<h1>Night buses extended to the east</h1><p>Text.</p>");
        assertThat(m.title()).isEqualTo("Night buses extended to the east");
    }

    @Test
    void aLogoH1WithoutTextDoesNotHideTheHeadlineH1() {
        PageMeta m = meta("<meta property=\"og:title\" content=\"Night buses, explained\">"
                        + ld("{\"@type\":\"NewsArticle\",\"headline\":\"Night buses extended to the east\","
                        + "\"publisher\":{\"@id\":\"#org\"}},{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"City Gazette\"}")
                        .replace(">{", ">[{").replace("}<", "}]<")
                        + "<title>Night buses extended to the east - City Gazette</title>",
                "<h1 class=\"logo\"><a href=\"/\"><img src=\"logo.svg\" alt=\"\"></a></h1><h1>Night buses, explained</h1><p>Text.</p>");
        assertThat(m.siteName()).as("the publisher given by reference").isEqualTo("City Gazette");
        assertThat(m.title()).as("og:title agrees with the headline h1").isEqualTo("Night buses, explained");
    }

    @Test
    void theSitesNameAloneIsNoTitle() {
        PageMeta m = meta("<meta property=\"og:site_name\" content=\"City Gazette\"><meta property=\"og:title\" content=\"City Gazette\">",
                "<h1>Night buses extended to the east</h1><p>Text.</p>");
        assertThat(m.title()).isEqualTo("Night buses extended to the east");
        PageMeta misplaced = meta("<meta name=\"application-name\" content=\"Night buses extended to the east\">"
                + "<title>Night buses extended to the east</title>", "<p>Text.</p>");
        assertThat(misplaced.title()).as("the headline in the site name's place is still the title")
                .isEqualTo("Night buses extended to the east");
    }

    @Test
    void aForumsLabelBeforeTheThreadsTitleIsCut() {
        assertThat(Titles.withoutThreadLabel("Thread: Rust on rear arches - what's the best treatment?"))
                .isEqualTo("Rust on rear arches - what's the best treatment?");
        assertThat(Titles.withoutThreadLabel("Thema: Neue Radbr\u00fccke \u00fcber die Weser")).isEqualTo("Neue Radbr\u00fccke \u00fcber die Weser");
        // a headline's own speaker or topic, and a label with one word after it, stay
        assertThat(Titles.withoutThreadLabel("Water council: dam upgrade to finish")).isEqualTo("Water council: dam upgrade to finish");
        assertThat(Titles.withoutThreadLabel("Topic: Brexit")).isEqualTo("Topic: Brexit");
        assertThat(Titles.choose(null, null, null, "Thread: Rust on rear arches - what's the best treatment?",
                "Rust on rear arches - what's the best treatment? - ClassicMinis Forum", null))
                .isEqualTo("Rust on rear arches - what's the best treatment?");
    }
}
