package io.articlex.html;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentNoticesTest {

    private final ConsentNotices n = ConsentNotices.builtIn();

    @Test
    void aLineNamingCookiesAndConsentIsANotice() {
        assertThat(n.isNotice("We and our partners use cookies to personalise content and ads.")).isTrue();
        assertThat(n.isNotice("By continuing to use this site you agree to our use of Cookies.")).isTrue();
        assertThat(n.isNotice("Um unsere Webseite optimal zu gestalten, verwenden wir Cookies. Durch die weitere Nutzung stimmen Sie zu (Datenschutz).")).isTrue();
        assertThat(n.isNotice("Ce site utilise des cookies. En poursuivant, vous acceptez leur utilisation.")).isTrue();
        // Cookies without consent, consent without cookies.
        assertThat(n.isNotice("Bake the cookies for twelve minutes until golden at the edges.")).isFalse();
        assertThat(n.isNotice("Both sides agree the deal needs the consent of parliament.")).isFalse();
    }

    private static final String A = "The ferry operator will add two extra sailings a day between the island and the mainland from May.";
    private static final String B = "Consumer groups said many sites still set cookies before visitors give their consent at all.";
    private static final String NOTE = "We and our partners use cookies to store information on your device and to personalise ads.";

    private static Block in(Element box, String text) {
        Element p = box.appendElement("p");
        return new Block(p, text, 0, 0, Block.Kind.PARAGRAPH, false);
    }

    @Test
    void aNoticeInABoxOfItsOwnLeavesTheEndOfTheBody() {
        Element page = new Element("div");
        Element story = page.appendElement("div");
        Element banner = page.appendElement("div");
        Block a = in(story, A);
        Block note = in(banner, NOTE);
        Block button = in(banner, "Accept all");
        assertThat(n.cut(List.of(a, note, button))).containsExactly(a);
    }

    @Test
    void anArticleAboutCookiesEndingOnConsentStaysWhole() {
        Element story = new Element("div");
        Block a = in(story, A);
        Block b = in(story, B);
        assertThat(n.cut(List.of(a, b))).containsExactly(a, b);
    }
}
