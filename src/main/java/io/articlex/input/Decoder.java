package io.articlex.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an input's bytes into text, in this order: a charset the user forced; a byte-order mark;
 * UTF-16/32 without a mark (told by its NUL pattern); strict UTF-8; and for bytes that are not UTF-8,
 * UTF-8 with a few invalid bytes replaced ({@link BadBytes}); and for bytes that are mostly not UTF-8,
 * the charset the page declares or {@link CharsetGuess} detects, with a warning naming it. Bytes are
 * never silently replaced: the warning says which were. Mojibake (UTF-8 once read as windows-1252 or
 * windows-1251) is repaired unless the options keep it.
 *
 * <p>{@link #decodeText} refuses binary data for the command line; {@link #decode} is the lenient
 * form for the library, which decodes whatever it is given and warns instead.
 */
public final class Decoder {

    private Decoder() {
    }

    /** Lenient: never throws; binary input is decoded as text with a warning. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, DecodeOptions.DEFAULT);
    }

    public static Decoded decode(byte[] bytes, DecodeOptions options) {
        Passed passed = PASSED.get();
        if (passed != null && passed.bytes() == bytes) {
            PASSED.set(null);
            if (java.util.Objects.equals(passed.forced(), options.forced())) {
                return decodeBytes(bytes, options, passed.wide());
            }
        }
        WideSniff wide = new WideSniff(bytes);
        try {
            return decodeText(bytes, options, wide);
        } catch (InputError e) {
            Decoded d = decodeBytes(bytes, options, wide);
            List<String> w = new ArrayList<>(d.warnings());
            w.add(0, "input looks binary: " + e.getMessage());
            return new Decoded(d.text(), d.charset(), w);
        }
    }

    /** Strict about what text is: refuses images, archives, executables and other binary data. */
    public static Decoded decodeText(byte[] bytes, DecodeOptions options) throws InputError {
        return decodeText(bytes, options, new WideSniff(bytes));
    }

    private static Decoded decodeText(byte[] bytes, DecodeOptions options, WideSniff wide) throws InputError {
        refuseBinary(bytes, options, wide);
        return decodeBytes(bytes, options, wide);
    }

    /**
     * {@link Sniffer#wideUnicode} of one input, computed at most once: the binary check and the decoding
     * both ask it (two scans of up to 8 KB per input, ~1.5% of a text parse).
     */
    private static final class WideSniff {
        private final byte[] bytes;
        private boolean done;
        private Charset charset;
        /** The control-byte count of the binary check, when it took one. */
        private Sniffer.Controls controls;

        WideSniff(byte[] bytes) {
            this.bytes = bytes;
        }

        /** The sample holds no NUL byte: no wide-Unicode pattern ({@link Sniffer.Controls}). */
        void noNul() {
            done = true;
            charset = null;
        }

        Charset get() {
            if (!done) {
                charset = Sniffer.wideUnicode(bytes);
                done = true;
            }
            return charset;
        }

        /** The binary check counted the whole input and found printable ASCII and line feeds only. */
        boolean plainAscii() {
            return controls != null && controls.plainAscii(bytes.length);
        }
    }

    /**
     * Throws when the bytes are not text: a known binary format by its magic number, or too many
     * control bytes. Wide Unicode (by mark, by NUL pattern, or forced) is exempt, its NULs being text.
     */
    public static void refuseBinary(byte[] bytes, DecodeOptions options) throws InputError {
        refuseBinary(bytes, options, new WideSniff(bytes));
    }

    /**
     * {@link #refuseBinary}, remembered for the next {@link #decode} of the same array on this thread.
     * A batch refuses binary files as it reads them, and the parser then decodes the same bytes, whose
     * decoding asked the same questions again: the control-byte count and the wide-Unicode pattern are
     * each a scan of up to 8 KB, ~2 us of a short story's read in C1 code. Only the very array checked
     * (by identity) and the same forced charset skip the check, once; a later array replaces it, so at
     * most one input per thread is held.
     */
    public static void refuseBinaryForDecode(byte[] bytes, DecodeOptions options) throws InputError {
        WideSniff wide = new WideSniff(bytes);
        refuseBinary(bytes, options, wide);
        PASSED.set(new Passed(bytes, options.forced(), wide));
    }

    /** An array that passed {@link #refuseBinaryForDecode}, with the forced charset it passed under and its wide-Unicode sniff. */
    private record Passed(byte[] bytes, Charset forced, WideSniff wide) {
    }

    private static final ThreadLocal<Passed> PASSED = new ThreadLocal<>();

    /**
     * Tells the next {@link #ofText} of this very String on this thread that it holds only ASCII
     * characters, which its reader found while decoding it (a JSON Lines record's text): its
     * mojibake pre-check then need not copy it into a char array and look at every character, about
     * a fifth of what a batch of short records costs beyond their parse. Only that String (by
     * identity), once; the caller must know it is ASCII. {@code plain} says it also holds no control
     * character but line feeds, nor DEL: the text is then {@link Decoded#plain}, and the parser skips
     * its normalising walk.
     */
    public static void knownAscii(String text, boolean plain) {
        ASCII.set(new KnownAscii(text, plain));
    }

    /** What {@link #knownAscii} was told. */
    private record KnownAscii(String text, boolean plain) {
    }

    private static final ThreadLocal<KnownAscii> ASCII = new ThreadLocal<>();

    private static void refuseBinary(byte[] bytes, DecodeOptions options, WideSniff sniff) throws InputError {
        Bom b = bom(bytes);
        Sniffer.Controls controls = null;
        boolean wide;
        if (options.forced() != null) {
            wide = isWide(options.forced());
        } else if (b != null && isWide(b.charset)) {
            wide = true;
        } else {
            // the control count first: without a NUL byte the wide-Unicode sniff has nothing to find
            controls = Sniffer.controls(bytes);
            sniff.controls = controls;
            if (controls.nul() == 0) {
                sniff.noNul();
            }
            wide = sniff.get() != null;
        }
        if (wide) {
            return;
        }
        String kind = Sniffer.magic(bytes);
        if (kind != null) {
            throw new InputError(InputError.Kind.BINARY, "not a text or HTML file (" + kind + ")");
        }
        if ((controls != null ? controls : Sniffer.controls(bytes)).heavy()) {
            throw new InputError(InputError.Kind.BINARY, "not a text or HTML file (binary data)");
        }
    }

    private static Decoded decodeBytes(byte[] bytes, DecodeOptions options, WideSniff sniff) {
        List<String> warnings = new ArrayList<>();
        String text;
        String charset;
        // Where the bytes the text was strictly decoded from as UTF-8 start, or -1: such a text is
        // checked for mojibake on its bytes first.
        int utf8From = -1;
        if (options.forced() != null) {
            Charset c = options.forced();
            Bom b = bom(bytes);
            int skip = b != null && b.charset.equals(c) ? b.length : 0;
            text = strict(bytes, skip, c);
            if (text != null && c.equals(StandardCharsets.UTF_8)) {
                utf8From = skip;
            }
            if (text == null) {
                text = new String(bytes, skip, bytes.length - skip, c);
                warnings.add("input is not valid " + c.name() + " (the --encoding given); unreadable bytes became U+FFFD");
            }
            charset = c.name();
        } else {
            Bom b = bom(bytes);
            if (b != null) {
                text = strict(bytes, b.length, b.charset);
                charset = b.charset.name();
                if (text != null && b.charset.equals(StandardCharsets.UTF_8)) {
                    utf8From = b.length;
                }
                BadBytes.Result few = text == null && !isWide(b.charset) ? BadBytes.decode(bytes, b.length) : null;
                if (few != null) {
                    text = few.text();
                    warnings.add(few.warning());
                } else if (text == null && !isWide(b.charset)) {
                    CharsetGuess.Guess g = CharsetGuess.guess(bytes, b.length);
                    text = new String(bytes, b.length, bytes.length - b.length, g.charset());
                    charset = g.charset().name();
                    warnings.add("input has a UTF-8 byte-order mark but is not valid UTF-8; decoded as " + charset + " (" + g.how() + ")");
                } else if (text == null) {
                    text = new String(bytes, b.length, bytes.length - b.length, b.charset);
                    warnings.add("input has a " + b.charset.name() + " byte-order mark but invalid bytes; they became U+FFFD");
                }
            } else {
                Charset wide = sniff.get();
                if (wide != null) {
                    text = strict(bytes, 0, wide);
                    if (text == null) {
                        text = new String(bytes, wide);
                        warnings.add("input looks like " + wide.name() + " without a byte-order mark but has invalid bytes; they became U+FFFD");
                    } else {
                        warnings.add("input has no byte-order mark; decoded as " + wide.name() + " from its byte pattern");
                    }
                    charset = wide.name();
                } else {
                    // bytes the binary check counted as printable ASCII and line feeds (most small wire
                    // stories) are their own UTF-8 decoding: the Latin-1 constructor copies them without
                    // the UTF-8 one's scan for bytes past ASCII, which found none (~0.6% of a batch)
                    text = sniff.plainAscii() ? new String(bytes, StandardCharsets.ISO_8859_1)
                            : strict(bytes, 0, StandardCharsets.UTF_8);
                    BadBytes.Result few = text == null ? BadBytes.decode(bytes, 0) : null;
                    if (text != null) {
                        charset = "UTF-8";
                        utf8From = 0;
                    } else if (few != null) {
                        text = few.text();
                        charset = "UTF-8";
                        warnings.add(few.warning());
                    } else {
                        CharsetGuess.Guess g = CharsetGuess.guess(bytes, 0);
                        text = new String(bytes, g.charset());
                        charset = g.charset().name();
                        warnings.add("input is not valid UTF-8; decoded as " + charset + " (" + g.how() + ")");
                    }
                }
            }
        }
        // plain ASCII decoded as UTF-8 from its first byte: no byte past ASCII, so no mojibake to look for
        boolean plain = utf8From == 0 && sniff.plainAscii();
        text = plain || utf8From >= 0 && !Mojibake.mayShowInUtf8(bytes, utf8From) ? text : mojibake(text, options, warnings);
        if (text.isEmpty()) {
            warnings.add("input is empty");
        } else if (text.isBlank()) {
            warnings.add("input holds only white space");
        }
        return new Decoded(text, charset, warnings, plain);
    }

    /** Text already decoded (the library's {@code parse(String)}): only the checks that apply to characters. */
    public static Decoded ofText(String text, DecodeOptions options) {
        List<String> warnings = new ArrayList<>();
        String t;
        KnownAscii known = ASCII.get();
        boolean plain = false;
        if (known != null && known.text() == text) {
            ASCII.set(null);
            t = text;   // no mojibake without a character past ASCII
            plain = known.plain();
        } else {
            t = mojibake(text, options, warnings);
        }
        if (t.isEmpty()) {
            warnings.add("input is empty");
        } else if (t.isBlank()) {
            warnings.add("input holds only white space");
        }
        return new Decoded(t, "UTF-16", warnings, plain);
    }

    private static String mojibake(String text, DecodeOptions options, List<String> warnings) {
        char[] chars = text.toCharArray();
        if (!hasSuspectChar(chars)) {
            return text;
        }
        Mojibake.Finding f = Mojibake.scan(chars, options.repairMojibake());
        if (f == null) {
            return text;
        }
        String what = "text looks like UTF-8 that was read as " + f.charset().name() + " (" + f.hits()
                + " sequence" + (f.hits() == 1 ? "" : "s") + " such as '" + f.example() + "')";
        if (f.misses() >= f.hits() || f.repaired() == null && options.repairMojibake()) {
            warnings.add(what + "; not repaired: the repair would be ambiguous");
            return text;
        }
        if (options.repairMojibake()) {
            String damaged = f.misses() == 0 ? "" : " (" + f.misses() + " damaged sequence" + (f.misses() == 1 ? "" : "s")
                    + " kept as found)";
            warnings.add(what + "; repaired" + damaged + " (--keep-mojibake keeps it)");
            return f.repaired();
        }
        warnings.add(what + "; kept as found (--keep-mojibake)");
        return text;
    }

    /** A cheap pre-check: mojibake of UTF-8 always holds a character that stands for a lead byte 0xC2..0xF4. */
    private static boolean hasSuspectChar(char[] text) {
        for (char c : text) {
            if ((c >= '\u00C2' && c <= '\u00F4') || (c >= '\u0410' && c <= '\u0444')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWide(Charset c) {
        String n = c.name();
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor decodes UTF-8 much faster than a CharsetDecoder (no char[] detour)
            // and replaces every malformed sequence with U+FFFD: without one in its result, the input was
            // valid and a strict decode gives the same text. Only a text holding U+FFFD is decoded again.
            String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private record Bom(Charset charset, int length) {
    }

    private static Bom bom(byte[] b) {
        if (Sniffer.starts(b, 0xEF, 0xBB, 0xBF)) return new Bom(StandardCharsets.UTF_8, 3);
        if (Sniffer.starts(b, 0xFF, 0xFE, 0x00, 0x00)) return new Bom(Charset.forName("UTF-32LE"), 4);
        if (Sniffer.starts(b, 0x00, 0x00, 0xFE, 0xFF)) return new Bom(Charset.forName("UTF-32BE"), 4);
        if (Sniffer.starts(b, 0xFF, 0xFE)) return new Bom(StandardCharsets.UTF_16LE, 2);
        if (Sniffer.starts(b, 0xFE, 0xFF)) return new Bom(StandardCharsets.UTF_16BE, 2);
        return null;
    }

    /**
     * Whether {@link #decode(byte[])} gives bytes that are valid UTF-8 (the caller has checked that) as
     * their plain UTF-8 decoding, with no warning: no byte-order mark, no NUL in the sniffed sample (so
     * no wide Unicode), neither a binary magic number nor control-heavy, no mojibake pattern. The page
     * reader decodes such a page itself, straight into the characters it parses, instead of through a
     * {@code String} that is then checked for U+FFFD and copied again; false sends it here as before.
     */
    public static boolean utf8AsIs(byte[] bytes) {
        if (bom(bytes) != null) {
            return false;
        }
        Sniffer.Controls controls = Sniffer.controls(bytes);
        return controls.nul() == 0 && !controls.heavy() && Sniffer.magic(bytes) == null
                && !Mojibake.mayShowInUtf8(bytes, 0);
    }
}
