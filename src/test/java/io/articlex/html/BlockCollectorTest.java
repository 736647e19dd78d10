package io.articlex.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockCollectorTest {

    private static List<Block> blocks(String body) {
        return BlockCollector.collect(Jsoup.parse("<html><body>" + body + "</body></html>").body());
    }

    private static List<String> texts(String body) {
        return blocks(body).stream().map(Block::text).toList();
    }

    @Test
    void aRowOfPlainCellsIsOneBlock() {
        List<Block> b = blocks("<table><tr><th>Dividend</th><th>Date</th></tr>"
                + "<tr><td>Pay</td><td>April <b>15</b></td></tr><tr><td>Record</td><td>1913</td></tr></table>");
        assertThat(b).extracting(Block::text).containsExactly("Dividend | Date", "Pay | April 15", "Record | 1913");
        assertThat(b).extracting(Block::kind).containsOnly(Block.Kind.CELL);
    }

    @Test
    void emptyCellsAddNoSeparator() {
        assertThat(texts("<table><tr><td></td><td>Mo</td><td> </td><td>Tu</td></tr></table>")).containsExactly("Mo | Tu");
    }

    @Test
    void aLayoutRowKeepsItsCellsApart() {
        // cells holding paragraphs or line-broken text are columns of a layout, not data
        assertThat(texts("<table><tr><td><p>Menu</p></td><td><p>The council met on Monday.</p><p>It voted.</p></td></tr></table>"))
                .containsExactly("Menu", "The council met on Monday.", "It voted.");
        assertThat(texts("<table><tr><td>Home</td><td>The council met on Monday.<br><br>It voted.</td></tr></table>"))
                .containsExactly("Home", "The council met on Monday.", "It voted.");
    }

    @Test
    void aRowWithALongCellOrASingleCellIsNotJoined() {
        String longCell = "The council met on Monday and voted on the plan. ".repeat(8).strip();
        assertThat(texts("<table><tr><td>Note</td><td>" + longCell + "</td></tr></table>")).containsExactly("Note", longCell);
        assertThat(texts("<table><tr><td>Alone</td></tr></table>")).containsExactly("Alone");
    }

    @Test
    void linksInARowStillCountAsLinkText() {
        Block row = blocks("<table><tr><td><a href='/a'>Results</a></td><td>3 goals</td></tr></table>").get(0);
        assertThat(row.text()).isEqualTo("Results | 3 goals");
        assertThat(row.linkChars()).isEqualTo("Results".length());
    }

    @Test
    void textAfterATableStartsABlockOfItsOwn() {
        assertThat(texts("<div><table><tr><td>a</td><td>b</td></tr></table>After the table.</div>"))
                .containsExactly("a | b", "After the table.");
    }

    @Test
    void aFormsFieldsetIsChrome() {
        List<Block> b = blocks("<p>The council met on Monday.</p><form><fieldset><h2>How do you rate this article?</h2>"
                + "<p>Your rating helps us.</p></fieldset></form>");
        assertThat(b).extracting(Block::chrome).containsExactly(false, true, true);
    }
    /** Runs of text between spaces and invisible characters are copied whole: counts and spacing as per character. */
    @Test
    void spacesCollapseAndInvisibleCharactersGoWhileLinkAndChromeCountsStayExact() {
        Block b = blocks("<p>\u00a0 <a href='/x'>Read\u00admore\u200b  now</a>\n\tthen <span class='caption'>cap tion</span> end.</p>").get(0);
        assertThat(b.text()).isEqualTo("Readmore now then cap tion end.");
        assertThat(b.linkChars()).isEqualTo("Readmore".length() + "now".length());
        assertThat(b.leadingLinkChars()).isEqualTo("Readmore now".length());
        assertThat(texts("<p>One<br>Two</p><p>A line<br>goes on.</p>")).containsExactly("One", "Two", "A line goes on.");
    }

    @Test
    void aCreditAfterACaptionsTextIsLeftOut() {
        assertThat(texts("<figure><img src='a.jpg'><figcaption>Stall holders pack up on the last day."
                + "<span class='credit'>Photograph: Sam Idris</span></figcaption></figure>"))
                .containsExactly("Stall holders pack up on the last day.");
        assertThat(texts("<p>The clock stopped in spring.<span class='photo-credit'>Image: Ann Lee</span></p>"))
                .containsExactly("The clock stopped in spring.");
        // a credit alone in its element is judged with it; a span of another furniture word stays
        assertThat(texts("<p><span class='credit'>Photograph: Sam Idris</span></p>")).containsExactly("Photograph: Sam Idris");
        assertThat(texts("<p>Stall holders pack up.<span class='caption-note'> Taken on Friday.</span></p>"))
                .containsExactly("Stall holders pack up. Taken on Friday.");
    }

    private static List<String> chrome(String body) {
        return blocks(body).stream().filter(Block::chrome).map(Block::text).toList();
    }

    @Test
    void aShortBoxAroundASignUpFieldIsFurnitureBeforeAndAfterTheField() {
        String body = "<div><p>Inflation eased to 2.4 percent in November, the statistics office said on Friday.</p>"
                + "<div class='box box--grey'><p>The Morning Briefing</p><p>Top stories in your inbox before 7am.</p>"
                + "<form><input type='email' name='email'><button>Sign up</button></form><p>Free. Cancel anytime.</p></div>"
                + "<p>Economists said a rate cut in December was now more likely.</p></div>";
        assertThat(chrome(body)).containsExactly("The Morning Briefing", "Top stories in your inbox before 7am.", "Free. Cancel anytime.");
        assertThat(texts(body)).contains("Economists said a rate cut in December was now more likely.");
    }

    @Test
    void aPollWhoseRadioButtonsSitInTheirLabelsIsFurniture() {
        assertThat(chrome("<p>The council proposed a weekend car ban in the old town.</p><div class='poll'>"
                + "<p>Should cars be banned at weekends?</p><form><label><input type='radio' name='v'> Yes</label>"
                + "<label><input type='radio' name='v'> No</label></form><p>1,204 votes</p></div>"))
                .containsExactly("Should cars be banned at weekends?", "1,204 votes");
    }

    @Test
    void aFormInsideTheArticleOrALongBoxLeavesTheTextAlone() {
        String para = "The council voted on Tuesday to turn the old power plant into a park by the river, ending a fight"
                + " over the waterfront site that had lasted more than a decade.";
        // a box whose text holds a paragraph-length run is more than a widget
        assertThat(chrome("<div><p>" + para + "</p><form><input type='email'></form></div>")).isEmpty();
        // the article's own element is never taken for the widget's box, however short the article
        assertThat(chrome("<article><p>Short note.</p><form><input type='text'></form></article>")).isEmpty();
        // hidden fields and buttons alone are no control a reader fills in
        assertThat(chrome("<div><p>Share this story</p><form><input type='hidden' name='id'><button>Go</button></form></div>")).isEmpty();
    }

    @Test
    void aTimeElementRightAfterTextIsAWordOfItsOwn() {
        assertThat(texts("<div><span>By Nora Feld</span><time datetime='2026-11-03'>Nov. 3, 2026</time></div>"))
                .containsExactly("By Nora Feld Nov. 3, 2026");
    }

    @Test
    void aCapitalisedWordGluedToTextAcrossAnElementsEdgeIsAWordOfItsOwn() {
        assertThat(texts("<div><span>Priya Shah</span><span>Business reporter</span></div>")).containsExactly("Priya Shah Business reporter");
        assertThat(texts("<p><span>By</span><a href='/a'>Alex Bozarjian</a></p>")).containsExactly("By Alex Bozarjian");
        assertThat(texts("<p>die den<a href='/k'>Kontaktbeschränkungen</a> unterliegen</p>")).containsExactly("die den Kontaktbeschränkungen unterliegen");
        // markup inside a word: a drop cap, capitals, a lower-case run, text with no element between
        assertThat(texts("<p><span class='drop'>T</span>he council met.</p>")).containsExactly("The council met.");
        assertThat(texts("<p>Open<b>AI</b> and i<b>Phone</b> sales</p>")).containsExactly("OpenAI and iPhone sales");
        assertThat(texts("<p>the Mc<b>Donald</b>s case and LeBron</p>")).containsExactly("the Mc Donalds case and LeBron");
    }

    @Test
    void aCreditedTextBesideAPictureInABoxOfItsOwnIsACaption() {
        String caption = "Teachers rally at the Statehouse in Indianapolis, Tuesday, calling for higher pay.";
        // a caption box and a credit box after the picture's box, in a box of no telling name
        assertThat(chrome("<p>Before.</p><div><div><img src='a.jpg'></div><div><div>" + caption
                + "</div><div>Nora Feld, AP</div></div></div><p>After.</p>"))
                .containsExactly(caption, "Nora Feld, AP");
        // a caption in an inline element after the picture's paragraph, its credit in parentheses
        assertThat(chrome("<div><p><picture><img src='a.jpg'></picture></p><span>Crowds at the gate <span>(Image: GETTY)</span></span></div>"))
                .containsExactly("Crowds at the gate (Image: GETTY)");
        // a slide of a gallery: a short "less" toggle is no teaser's link
        assertThat(chrome("<ul><li><div><img src='a.jpg'></div><div><div>Fans cheer the goal. Photo: Nora Feld<a href='#'> less</a></div></div></li></ul>"))
                .containsExactly("Fans cheer the goal. Photo: Nora Feld less");
    }

    @Test
    void textBesideAPictureWithoutACreditOrInParagraphsIsLeftAlone() {
        // a how-to's step picture: its words are the article's, and carry no credit
        assertThat(chrome("<div><div><img src='a.jpg'></div><div><div>Set the template against the blade.</div></div></div>")).isEmpty();
        // body text after a lead picture sits in paragraphs
        assertThat(chrome("<div><div><img src='a.jpg'></div><div><p>The council met on Monday, AP reports.</p></div></div>")).isEmpty();
        // a teaser card's linked headline beside its picture
        assertThat(chrome("<div><div><img src='a.jpg'></div><div><a href='/x'>Reuters: the port reopens after the storm</a></div></div>")).isEmpty();
        // more than a picture and one text in the box; an icon inside a paragraph
        assertThat(chrome("<div><img src='a.jpg'><div>Photo: Nora Feld</div><div>More text here.</div></div>")).isEmpty();
        assertThat(chrome("<p><img src='icon.png'><span>Photo: the reader's own, sent by AP</span></p>")).isEmpty();
        // text before the picture in its box
        assertThat(chrome("<div>Seen here: <img src='a.jpg'><span>Photo: Nora Feld</span></div>")).isEmpty();
    }
}
