package io.articlex.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;

import static org.assertj.core.api.Assertions.assertThat;

class MetaCharsetTest {

    @Test
    void readsBothWaysOfDeclaringACharset() {
        assertThat(MetaCharset.label("<html><head><meta charset=\"windows-1251\"><title>x</title>")).isEqualTo("windows-1251");
        assertThat(MetaCharset.label("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\">"))
                .isEqualTo("iso-8859-2");
        assertThat(MetaCharset.label("<meta\tcharset = ' koi8-r '>")).isEqualTo("koi8-r");
    }

    @Test
    void findsNothingOutsideAMetaTag() {
        assertThat(MetaCharset.label("<p>Set charset=utf-16 in the editor.</p>")).isNull();
        assertThat(MetaCharset.label("<metadata charset=\"koi8-r\">")).isNull();
        assertThat(MetaCharset.label("<meta name=\"viewport\"><p>charset=koi8-r</p>")).isNull();
    }

    @Test
    void theTextDecodersGuessTakesTheSameDeclarationAsThePageDecoder() {
        // a space after the quote once hid the declaration from the text decoder's guess only
        byte[] page = "<meta charset=\" windows-1251\"><p>\u00e9t\u00e9"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(CharsetGuess.declared(page, 0)).isEqualTo(Charset.forName("windows-1251"));
    }
}
