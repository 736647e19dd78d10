package io.articlex.input;

import java.nio.charset.Charset;

/**
 * How to turn bytes into text.
 *
 * @param forced         a charset the user named ({@code --encoding}); null to detect
 * @param repairMojibake repair UTF-8 that was once mis-read as windows-1252 or windows-1251 when the
 *                       repair is unambiguous; off by default because the output quotes the input's
 *                       own characters (the corpus gold keeps mojibake as found), so a silent rewrite
 *                       would make paragraphs and quotes differ from the text
 */
public record DecodeOptions(Charset forced, boolean repairMojibake) {
    public static final DecodeOptions DEFAULT = new DecodeOptions(null, false);
}
