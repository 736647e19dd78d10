package io.articlex.input;

import java.util.List;

/**
 * Text decoded from an input's bytes.
 *
 * @param text     the characters
 * @param charset  the charset name used
 * @param warnings what the decoder had to guess or repair
 */
public record Decoded(String text, String charset, List<String> warnings) {
    public Decoded {
        warnings = List.copyOf(warnings);
    }
}
