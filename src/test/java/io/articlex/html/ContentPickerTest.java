package io.articlex.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The picker's rules, each on a small invented page of the shape that forced it. */
class ContentPickerTest {

    static final String A = "The harbour board agreed on Tuesday to dredge the northern channel before the autumn storms, ending a dispute that had lasted two years.";
    static final String B = "Fishing crews had complained that the silted channel forced them to wait for high tide, costing them a day's catch every week.";
    static final String C = "The work will be paid for by a levy on cargo ships rather than by the town, the board's chair told reporters after the vote.";
    static final String D = "Engineers expect the dredging to take six weeks, with the channel kept open to small boats during daylight hours throughout.";

    static HtmlPage read(String body) {
        return HtmlReader.read("<!doctype html><html lang='en'><head><title>Harbour</title></head><body>" + body + "</body></html>", List.of());
    }

    static String p(String... texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append("<p>").append(t).append("</p>");
        }
        return sb.toString();
    }

    static final String MENU = "<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul>";

    @Test
    void aPageBuilderNamingEveryBoxWidgetStillYieldsItsArticle() {
        HtmlPage page = read(MENU + "<div class='builder-section'><div class='builder-widget-container'>" + p(A, B, C, D)
                + "</div></div><div class='builder-widget-container'><p><a href='/a'>Older posts about the harbour and its board</a></p></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void whenClassNamesCondemnTheArticleARelaxedPassFindsItAndSaysSo() {
        HtmlPage page = read(MENU + "<div class='promo'>" + p(A, B, C, D) + "</div>"
                + "<footer><p>Copyright the Harbour Gazette, all rights reserved.</p></footer>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        assertThat(page.warnings()).containsExactly("article body found only by a relaxed pass (class hints off)");
    }

    @Test
    void aLongCommentThreadDoesNotMakeTheArticleLookTooShort() {
        String comment = "I have lived by this harbour for forty years and I can tell you that the board has promised this dredging before, more than once, and nothing happened.";
        HtmlPage page = read("<article>" + p(A, B) + "</article><section id='comments'>"
                + ("<div class='comment-body'><p>" + comment + "</p></div>").repeat(8) + "</section>");
        assertThat(page.paragraphs()).containsExactly(A, B);
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void aRelaxedPassDoesNotSwapAShortPostForALongerBoxBesideIt() {
        String line = "A reader from the harbour district wrote that the new timetable makes the morning ferry far too early for her.";
        HtmlPage page = read("<div id='content'><div class='post'><h2>Dredging</h2><div class='entry'>" + p(A) + "</div></div>"
                + "<ul>" + "<li><a href='/p'>An older post from the archive of this blog</a></li>".repeat(5) + "</ul></div>"
                + "<div id='sidebar'><ul><li class='sb'><ul>" + ("<li>" + line + "</li>").repeat(6) + "</ul></li></ul></div>");
        assertThat(page.paragraphs()).containsExactly(A);
        assertThat(page.warnings()).isEmpty();
    }
}
