package io.articlex.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSnifferTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html><body><p>Hi.</p></body></html>",
        "\n\n  <html lang=\"en\"><head></head></html>",
        "<!-- saved from url=(0042)https://example.org/ -->\n<!doctype html>\n<html>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
        "<head><meta charset=\"utf-8\"><title>x</title></head>",
        "<p>A fragment of a page.</p><p>Another paragraph.</p>",
        "<div class=\"story\">Body</div>",
        "<br />\n<b>Warning</b>:  include(): failed to open stream in <b>/srv/www/plugin.php</b> on line <b>12</b><br />\n<!DOCTYPE html>\n<html lang=\"de\"><body><p>Text.</p></body></html>",
    })
    void pagesAndFragmentsAreHtml(String s) {
        assertThat(HtmlSniffer.looksLikeHtml(s.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LONDON (Reuters) - Prices rose on Monday. <b> is not at the start.",
        "<<Shamkhani>> said the talks were over.",
        "<jane@example.org> wrote: the meeting moved to Friday.",
        "",
        "   \n  ",
        "Tehran (IP): <html> appears later in this text but the text does not start with markup.",
        "<jane@example.org> wrote: the <html> tag opens a page.",
        "<b>Note</b>: the word <htmlish> is no tag of a page.",
    })
    void textIsNotHtml(String s) {
        assertThat(HtmlSniffer.looksLikeHtml(s.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void byteOrderMarksAreSkipped() {
        byte[] utf8 = "\uFEFF<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlSniffer.looksLikeHtml(utf8)).isTrue();
        byte[] utf16 = "\uFEFF<html><body>x</body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(HtmlSniffer.looksLikeHtml(utf16)).isTrue();
    }
}
