package io.articlex.input;

import java.util.List;

/**
 * Text decoded from an input's bytes.
 *
 * @param text     the characters
 * @param charset  the charset name used
 * @param warnings what the decoder had to guess or repair
 * @param plain    the text is printable ASCII and line feeds only, as the decoder saw on the input's bytes
 *                 or a record's reader saw while decoding it: normalising it would change nothing, so the
 *                 parser need not walk it (false when nobody looked)
 */
public record Decoded(String text, String charset, List<String> warnings, boolean plain) {
    public Decoded {
        warnings = List.copyOf(warnings);
    }

    /** Text not known to be plain ASCII. */
    public Decoded(String text, String charset, List<String> warnings) {
        this(text, charset, warnings, false);
    }
}
