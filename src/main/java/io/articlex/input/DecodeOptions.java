package io.articlex.input;

import java.nio.charset.Charset;

/**
 * How to turn bytes into text.
 *
 * @param forced         a charset the user named ({@code --encoding}); null to detect
 * @param repairMojibake repair UTF-8 that was once mis-read as windows-1252 or windows-1251 when the
 *                       repair is unambiguous (on by default, with a warning; {@code --keep-mojibake}
 *                       turns it off to keep the input's characters as found)
 */
public record DecodeOptions(Charset forced, boolean repairMojibake) {
    public static final DecodeOptions DEFAULT = new DecodeOptions(null, true);
}
