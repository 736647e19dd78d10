package io.articlex.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A page body whose charset its HTTP {@code Content-Type} header names (a fetched URL, a WARC response
 * record). Browsers let that header win over the page's own {@code <meta charset>}, and a byte-order
 * mark win over both; the decoder knows the BOM and the meta tag, so the body is re-encoded as UTF-8
 * behind a UTF-8 BOM, which gives the header's charset exactly the place browsers give it.
 */
public final class DeclaredCharset {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private DeclaredCharset() {
    }

    /** The body as the decoder should see it, given the {@code charset} parameter (null or unknown: unchanged). */
    public static byte[] apply(byte[] body, String charsetName) {
        if (charsetName == null || charsetName.isBlank() || startsWithBom(body)) {
            return body;
        }
        Charset cs;
        try {
            cs = Charset.forName(charsetName.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return body;   // the decoder detects as it would for a saved page
        }
        byte[] utf8 = new String(body, cs).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[UTF8_BOM.length + utf8.length];
        System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
        System.arraycopy(utf8, 0, out, UTF8_BOM.length, utf8.length);
        return out;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xEF && b[1] == (byte) 0xBB)
                || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }
}
