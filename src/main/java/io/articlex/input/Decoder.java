package io.articlex.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns an input's bytes into text. A byte-order mark decides when present; otherwise the bytes are
 * read as strict UTF-8, and bytes that are not valid UTF-8 are read as windows-1252 with a warning
 * (never silently replaced).
 */
public final class Decoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrFallback(bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Decoded(new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32LE")), "UTF-32LE", List.of());
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32BE")), "UTF-32BE", List.of());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", List.of());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", List.of());
        }
        return strictOrFallback(bytes, 0);
    }

    private static Decoded strictOrFallback(byte[] bytes, int offset) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, "UTF-8", List.of());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            return new Decoded(text, "windows-1252",
                    List.of("input is not valid UTF-8; decoded as windows-1252"));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
