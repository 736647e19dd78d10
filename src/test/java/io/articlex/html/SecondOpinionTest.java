package io.articlex.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.articlex.html.ContentPickerTest.A;
import static io.articlex.html.ContentPickerTest.B;
import static io.articlex.html.ContentPickerTest.C;
import static io.articlex.html.ContentPickerTest.D;
import static io.articlex.html.ContentPickerTest.MENU;
import static io.articlex.html.ContentPickerTest.p;
import static io.articlex.html.ContentPickerTest.read;
import static org.assertj.core.api.Assertions.assertThat;

/** The paragraph-score candidate and the choice between it and the picker, on small invented pages. */
class SecondOpinionTest {

    static final String WARNING = "article body taken from the second opinion (paragraph scores)";

    static List<String> scores(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
        return new ParagraphScores().pick(doc.body(), BlockCollector.collect(doc.body())).stream().map(Block::text).toList();
    }

    static String links(int n, String what) {
        StringBuilder sb = new StringBuilder("<ul>");
        for (int i = 1; i <= n; i++) {
            sb.append("<li><a href='/").append(i).append("'>").append(what).append(" number ").append(i).append(" from the archive</a></li>");
        }
        return sb.append("</ul>").toString();
    }

    @Test
    void scoresGatherABodySplitAroundAnAdvertisementBox() {
        String ad = "<div class='slot'><p><a href='/ad'>Sponsored: ferry tickets at half price this month only</a></p></div>";
        List<String> picked = scores(MENU + "<div id='main'><div class='part'>" + p(A, B) + "</div>" + ad
                + "<div class='part'>" + p(C, D) + "</div></div>" + "<div class='more'>" + links(6, "Older story") + "</div>");
        assertThat(picked).containsExactly(A, B, C, D);
    }

    @Test
    void scoresLeaveOutALinkListBesideTheArticle() {
        List<String> picked = scores("<div class='page'><div class='story'>" + p(A, B, C) + "</div>"
                + "<div class='list'>" + links(12, "Another story with a long headline") + "</div></div>");
        assertThat(picked).containsExactly(A, B, C);
    }

    @Test
    void scoresSkipCommentThreadsAndPageChrome() {
        String comment = "I have lived by this harbour for forty years, and I can tell you, the board has promised this dredging before, more than once.";
        List<String> picked = scores("<nav><p>" + comment + "</p></nav><div class='story'>" + p(A, B) + "</div>"
                + "<div id='comments'>" + ("<div class='c'><p>" + comment + "</p></div>").repeat(6) + "</div>");
        assertThat(picked).containsExactly(A, B);
    }

    @Test
    void aShortPostUnderASentenceLikeDateLineIsNotLostToTheDateLine() {
        // The post's only paragraph has no full stop and is worth less to the picker than the dated
        // meta line above it, which the text stages then strip as a timestamp: the page would be empty.
        String post = "I know I should not say this after the long night at the harbour festival, but the ferry was late again";
        HtmlPage page = read("<div id='content'><div class='post'><h2><a href='/p/1'>Late again</a></h2>"
                + "<p class='commentmeta'>14. June 2013 at 20:51 (<a href='/c/misc'>Miscellaneous</a>)</p>"
                + "<p>" + post + "</p>"
                + "<div class='sharing'><h3>Share this:</h3>" + links(3, "Share") + "</div>"
                + "<div class='related'><h3>Related</h3>" + links(4, "Related post") + "</div></div></div>");
        assertThat(page.paragraphs()).contains(post);
        assertThat(page.warnings()).contains(WARNING);
    }

    @Test
    void anInnerBoxHoldingMostOfTheTextGivesWayToTheWholeArticle() {
        // The article's own box also holds long link lists, which cost it more than its own paragraphs
        // outside the inner box bring, so the picker keeps only the inner box.
        String[] inner = new String[6];
        for (int i = 0; i < inner.length; i++) {
            inner[i] = "In the quoted report, part " + (i + 1) + ", the engineers wrote that the channel, silted since the flood, must be dredged, widened and marked again before ships return.";
        }
        String[] outer = new String[6];
        for (int i = 0; i < outer.length; i++) {
            outer[i] = "The board's own note number " + (i + 1) + " adds that the levy on cargo ships will pay for the work, and that the fishing crews agreed to it.";
        }
        HtmlPage page = read(MENU + "<div class='entry'>" + p(outer[0], outer[1], outer[2]) + "<div class='quoted'>" + p(inner) + "</div>"
                + p(outer[3], outer[4], outer[5]) + links(14, "A tag or category of this blog post") + "</div>");
        assertThat(page.paragraphs()).containsSubsequence(outer[0], inner[0], inner[5], outer[5]);
        assertThat(page.warnings()).contains(WARNING);
    }

    @Test
    void theScoresDoNotReplaceThePickersWiderPickWithANarrowerOne() {
        HtmlPage page = read(MENU + "<article><div class='intro'>" + p(A) + "</div><div class='text'>" + p(B, C, D) + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        assertThat(page.warnings()).doesNotContain(WARNING);
    }

    @Test
    void aSmallBoxAfterTheArticleInsideItsWrapperIsCut() {
        String signUp = "Join our free harbour newsletter. By entering your address you agree to receive it daily.";
        HtmlPage page = read(MENU + "<div class='wrap'><div class='text'>" + p(A, B, C, D) + "</div>"
                + "<div class='box'><p>" + signUp + "</p></div></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        assertThat(page.warnings()).doesNotContain(WARNING);
    }

    @Test
    void aLongListThatEndsTheArticleIsKept() {
        String[] items = new String[4];
        for (int i = 0; i < items.length; i++) {
            items[i] = "Step " + (i + 1) + " of the plan: the crews clear one more stretch of the channel and mark it with new buoys for the ferries.";
        }
        StringBuilder list = new StringBuilder("<ul>");
        for (String item : items) {
            list.append("<li>").append(item).append("</li>");
        }
        HtmlPage page = read(MENU + "<div class='wrap'><div class='text'>" + p(A, B, C, D) + "</div>" + list + "</ul></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, items[0], items[1], items[2], items[3]);
    }
}
