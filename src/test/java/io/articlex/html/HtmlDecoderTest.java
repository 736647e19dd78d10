package io.articlex.html;

import io.articlex.input.Decoded;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDecoderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Test
    void metaCharsetDecidesForLegacyBytes() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир.</p></body></html>";
        Decoded d = HtmlDecoder.decode(page.getBytes(CP1251));
        assertThat(d.text()).contains("Привет, мир.");
        assertThat(d.charset()).isEqualTo("windows-1251");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void httpEquivContentTypeIsRead() {
        String page = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>Caf\u00e9 \u201cquoted\u201d</p></body></html>";
        Decoded d = HtmlDecoder.decode(page.getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).contains("Caf\u00e9 \u201cquoted\u201d");
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void declaredLegacyCharsetLosesToBytesThatAreUtf8() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет</p></body></html>";
        Decoded d = HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains("Привет");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warnings()).singleElement().asString().contains("declares windows-1251");
    }

    @Test
    void undeclaredNonUtf8BytesFallBackWithAWarning() {
        byte[] bytes = "<html><body><p>Caf\u00e9</p></body></html>".getBytes(Charset.forName("windows-1252"));
        Decoded d = HtmlDecoder.decode(bytes);
        assertThat(d.text()).contains("Caf\u00e9");
        assertThat(d.warnings()).isNotEmpty();
    }

    @Test
    void byteOrderMarkBeatsTheDeclaration() {
        String page = "\uFEFF<html><head><meta charset=\"windows-1251\"></head><body>Привет</body></html>";
        Decoded d = HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains("Привет");
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void unknownCharsetIsReportedNotFatal() {
        byte[] bytes = "<html><head><meta charset=\"x-no-such-thing\"></head><body>ok</body></html>"
                .getBytes(StandardCharsets.US_ASCII);
        Decoded d = HtmlDecoder.decode(bytes);
        assertThat(d.text()).contains("ok");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("x-no-such-thing"));
    }

    @Test
    void bytesTheDeclaredCharsetCannotReadAreReported() {
        byte[] head = "<html><head><meta charset=\"shift_jis\"></head><body>".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0x81;
        bytes[head.length + 1] = (byte) 0x20;
        Decoded d = HtmlDecoder.decode(bytes);
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("Shift_JIS").contains("U+FFFD"));
    }

    @Test
    void xmlDeclarationNamesTheEncoding() {
        assertThat(HtmlDecoder.declaredCharset("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><html>"
                .getBytes(StandardCharsets.US_ASCII))).isEqualTo("koi8-r");
    }
    /** Case and leading white space: the declaration is found as before, in whichever case it is written. */
    @Test
    void declarationsInAnyCaseGiveALowerCaseLabel() {
        String[][] cases = {
                {"<!DOCTYPE html><HTML><HEAD><META CHARSET=\"Windows-1251\">", "windows-1251"},
                {"<meta http-equiv=\"Content-Type\" content=\"text/html; Charset=ISO-8859-2\">", "iso-8859-2"},
                {" \n\t<?XML version='1.0' ENCODING='Shift_JIS'?><html>", "shift_jis"},
                {"<?xml version='1.0'?><html><meta charset='UTF-8'>", "utf-8"},
                {"           <?xml version='1.0' encoding='koi8-r'?><meta charset='utf-8'>", "utf-8"},
                {"<html><p>no declaration</p>", null},
        };
        for (String[] c : cases) {
            assertThat(HtmlDecoder.declaredCharset(c[0].getBytes(StandardCharsets.ISO_8859_1))).as(c[0]).isEqualTo(c[1]);
        }
    }

    /** The array the page reader parses holds what {@link HtmlDecoder#decode} gives, with the same warnings, for every way a page is decoded. */
    @Test
    void charsAreTheDecodedText() {
        byte[][] pages = {
            "<html><body><p>Caf\u00e9 \u201cquoted\u201d \ud83d\ude00</p></body></html>".getBytes(StandardCharsets.UTF_8),
            "<html><head><meta charset=utf-8></head><body><p>plain</p></body></html>".getBytes(StandardCharsets.UTF_8),
            "<html><head><meta charset=\"windows-1251\"></head><body><p>\u041f\u0440\u0438\u0432\u0435\u0442</p></body></html>".getBytes(CP1251),
            "<html><head><meta charset=\"windows-1251\"></head><body><p>\u041f\u0440\u0438</p></body></html>".getBytes(StandardCharsets.UTF_8),
            "\ufeff<html><body><p>with a mark</p></body></html>".getBytes(StandardCharsets.UTF_8),
            "<html><body><p>Caf\u00e9 not UTF-8</p></body></html>".getBytes(StandardCharsets.ISO_8859_1),
            "<html><body><p>\u00c3\u00a9t\u00c3\u00a9 mojibake \u00e2\u0080\u0099s</p></body></html>".getBytes(StandardCharsets.UTF_8),
            "<html><body><p>a\u0000b</p></body></html>".getBytes(StandardCharsets.UTF_8),
            "  \u2003 ".getBytes(StandardCharsets.UTF_8),
            new byte[0],
        };
        for (byte[] page : pages) {
            Decoded d = HtmlDecoder.decode(page);
            java.util.List<String> warnings = new java.util.ArrayList<>();
            assertThat(new String(HtmlDecoder.chars(page, warnings))).isEqualTo(d.text());
            assertThat(warnings).isEqualTo(d.warnings());
        }
    }
}
