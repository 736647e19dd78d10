package io.articlex.segment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Splits normalised text into paragraphs.
 *
 * <p>Blank lines separate paragraphs. Inside a block of consecutive lines three layouts are told apart:
 * <ul>
 * <li><b>indented</b>: when any line after the first starts with white space, an indented line opens a
 *     paragraph and a line at column 0 continues the current one. This is 1987 Reuters copy (4-space
 *     indents, wrapped at ~70 columns), where a block of indented rows is a table with one paragraph per
 *     row (reuters21578-00126), and Yonhap, whose paragraphs after the first are indented 3 spaces.</li>
 * <li><b>hard-wrapped</b>: PTI-style copy wrapped at ~60 columns with no blank line between paragraphs
 *     (syn-dev-11). A line continues the previous one when it starts in lower case, when the previous line
 *     ends in a comma or a function word ("the", "of"), or when the previous line ends a sentence but the
 *     next line's first word would not have fitted on it.</li>
 * <li><b>stand-alone lines</b>: short page chrome (comment widgets, related headlines) stays one paragraph
 *     per line so the boilerplate stage can judge each line.</li>
 * </ul>
 * Finally, copy that was hard-wrapped <em>with</em> a blank line after every wrapped line (a Xinhua blog
 * repost, syn-dev-06) is re-joined when the document shows that layout often enough to be sure.
 *
 * <p>Which lines are page chrome is the boilerplate rules' call, handed in by the caller as a predicate:
 * the segmenter runs before the boilerplate stage and must not depend on it (that made the two packages
 * import each other), and the caller knows which rules, built-in or the user's, are in force.
 */
public final class Segmenter {

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /**
     * A byline written in lower case, as Italian, French, Spanish and Portuguese sites print it ({@code di
     * Marco Rossi}, {@code par Claire Duval}, {@code por Ana Gil}): a line of its own, not the end of the
     * headline above it.
     */
    static final Pattern BYLINE = Pattern.compile(
            "(?:by|di|par|por|von|door) \\p{Lu}[\\p{L}'’.-]+(?: (?:(?:de|da|di|del|dos|van|von|der|la|le) )?\\p{Lu}[\\p{L}'’.-]+){1,3}");
    /** Words a sentence cannot end on: a line ending in one of them was wrapped. */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "for", "and", "or",
            "on", "at", "by", "with", "from", "that", "as", "its", "their", "his", "her", "our", "is", "are",
            "was", "were", "be", "has", "have", "had", "but", "into", "than", "this", "which", "who");
    private static final String SENTENCE_END = ".!?\"”’)]";

    private Segmenter() {
    }

    /**
     * @param chromeLine whether a line is page chrome (a label, a share or comment widget line): two such
     *     lines stay two paragraphs whatever their case, and the lines under a chrome label are one item each
     */
    public static List<String> segment(String text, Predicate<String> chromeLine) {
        return segment(text, false, chromeLine);
    }

    /**
     * {@link #segment(String, Predicate)} of a text the caller knows to be plain: printable ASCII and line
     * feeds only (the decoder saw it on the bytes; most small wire stories are typed so). Its lines are
     * cleaned as they are cut, in the same walk over the text ({@link #splitPlain}), instead of four walks
     * of every line (cutting and cleaning were ~3.5% of a batch of short stories).
     *
     * @param plain whether the text is printable ASCII and line feeds only; false when not known
     */
    public static List<String> segment(String text, boolean plain, Predicate<String> chromeLine) {
        List<List<String>> blocks = new ArrayList<>();
        // the blocks' lines cleaned: filled here for a plain text, else by documentWrapWidth and flush
        List<List<String>> cleaned = new ArrayList<>();
        if (plain) {
            splitPlain(text, blocks, cleaned);
        } else {
            split(text, blocks);
        }
        List<Para> paragraphs = new ArrayList<>();
        int documentWidth = documentWrapWidth(blocks, cleaned);
        for (int i = 0; i < blocks.size(); i++) {
            flush(blocks.get(i), i < cleaned.size() ? cleaned.get(i) : null, paragraphs, documentWidth, chromeLine);
        }
        return rejoinBlankWrapped(paragraphs);
    }

    /** Cuts {@code text} into blocks of lines (blank lines between them), each line without its trailing white space. */
    private static void split(String text, List<List<String>> blocks) {
        List<String> block = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String line = text.substring(start, end);
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(stripTrailing(line));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }

    /**
     * {@link #split} of a plain text, also giving each block's lines {@link #clean}ed: the same strings,
     * since a plain line's only white space is the space ({@code strip} and {@code stripTrailing} remove
     * exactly its leading and trailing spaces, a blank line is spaces only, and a run of spaces inside is
     * one followed by a non-space on the same line). One walk over the text's bytes (a Latin-1 copy, one
     * array copy) finds each line's end, its last non-space and any inner run, with no call per char:
     * before, a search for the line feed, {@code isBlank}, {@code strip} and a walk for double spaces each
     * read the line again through {@code charAt}.
     */
    /**
     * The plain line {@code b[from, to)} (a non-space at either end) with each run of spaces made one, as
     * {@code " {2,}"} replaced by {@code " "} gives it: the bytes are at hand, and an earnings table's rows
     * ({@code Shr 81 cts  vs 57 cts}) each have such runs, where a matcher and its builder did the same.
     */
    private static String oneSpaced(byte[] b, int from, int to) {
        byte[] out = new byte[to - from];
        int o = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' || out[o - 1] != ' ') {
                out[o++] = c;
            }
        }
        return new String(out, 0, o, StandardCharsets.ISO_8859_1);
    }

    private static void splitPlain(String text, List<List<String>> blocks, List<List<String>> cleanedBlocks) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        List<String> block = new ArrayList<>();
        List<String> cleaned = new ArrayList<>();
        int n = b.length;
        int start = 0;
        while (start <= n) {
            int i = start;
            while (i < n && b[i] == ' ') {
                i++;
            }
            int from = i;
            int to = i;
            int spaces = 0;
            boolean inner = false;
            for (; i < n; i++) {
                byte c = b[i];
                if (c == ' ') {
                    spaces++;
                } else if (c == '\n') {
                    break;
                } else {
                    inner |= spaces >= 2;
                    spaces = 0;
                    to = i + 1;
                }
            }
            if (from == to) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    cleanedBlocks.add(cleaned);
                    block = new ArrayList<>();
                    cleaned = new ArrayList<>();
                }
            } else {
                String line = text.substring(start, to);
                block.add(line);
                String stripped = from == start ? line : text.substring(from, to);
                cleaned.add(inner ? oneSpaced(b, from, to) : stripped);
            }
            if (i >= n) {
                break;
            }
            start = i + 1;
        }
        if (!block.isEmpty()) {
            blocks.add(block);
            cleanedBlocks.add(cleaned);
        }
    }

    /** A paragraph and whether it was a single physical line of its block (for the blank-wrap rejoin). */
    private record Para(String text, boolean singleLine, int lastLineLength) {
    }

    /** @param cleaned the block's lines {@link #clean}ed, or null when not cleaned yet */
    private static void flush(List<String> block, List<String> cleaned, List<Para> out, int documentWidth,
                              Predicate<String> chromeLine) {
        boolean indentLayout = false;
        boolean firstIndented = !block.isEmpty() && indented(block.get(0));
        for (int i = 1; i < block.size() && !indentLayout; i++) {
            // a loop, not a stream: a stream's objects for every block. An indented chrome line (a site's
            // " • 2h" age stamp under its byline) in a block that opens at column 0 makes no layout: the
            // lines under it ran on as one paragraph (a 1987 wire story opens indented and ends " reuter")
            // (nor does one with no word of two letters: an aggregator's " • 2h • ", bullets around the age)
            indentLayout = indented(block.get(i)) && (firstIndented || twoLetters(block.get(i)) && !chromeLine.test(block.get(i).strip()));
        }
        // each line cleaned once: the width, the wrap test and the joining below all read the cleaned lines
        if (cleaned == null) {
            cleaned = cleanAll(block);
        }
        int width = widthOfCleaned(cleaned);
        boolean wrapped = looksWrappedCleaned(cleaned, width);
        boolean filled = wrapped && filledTo(cleaned, width);
        if (!wrapped && documentWidth > 0 && cleaned.size() <= 3 && filledTo(cleaned, documentWidth)) {
            wrapped = true;
            filled = true;
            width = documentWidth;
        }
        // lines under a label such as "Mehr zum Thema" or "Read more" are one item each: a headline that
        // ends in "an" or "the" does not run on into the next one
        boolean listUnderLabel = !wrapped && block.size() > 2 && chromeLine.test(cleaned.get(0));
        // one builder for the block's paragraphs, emptied for each: a builder per paragraph grew by copies
        StringBuilder builder = null;
        StringBuilder current = null;
        String previous = null;
        // The chrome verdict of the previous line when already asked: each line is judged once, not
        // twice (as next line, then as previous); a block of 800,000 one-word lines (the "short lines"
        // case of robust/AdversarialBench) spent all its time in these rule checks.
        Boolean previousChrome = null;
        int lines = 0;
        // in the indented layout, the column-0 lines above the first indented one are a head (slug, byline,
        // a dateline on its own line), judged as lines of any block, not continuations of one paragraph
        boolean seenIndent = false;
        for (int i = 0; i < block.size(); i++) {
            String raw = block.get(i);
            String line = cleaned.get(i);
            Boolean lineChrome = null;
            boolean join;
            if (current == null) {
                join = false;
            } else if (indentLayout && seenIndent) {
                // a column-0 line continues the indented paragraph above, unless that paragraph ended a
                // sentence and the line is chrome on its own: ANSA closes its indented paragraphs with
                // "ALL RIGHTS RESERVED © Copyright ANSA" at column 0, and joined, the copyright rule took
                // the last paragraph with it
                join = !indented(raw) && !(Prose.endsSentence(previous) && chromeLine.test(line));
            } else if (indentLayout && indented(raw)) {
                join = false;
            } else {
                join = continues(previous, line, wrapped ? width : 0) || filled && runsOn(previous)
                        || wrapped && i == 1 && block.size() > 2 && headlineTail(previous, line, width)
                        || wrapped && i >= 2 && block.size() >= 5 && cutAtWidth(previous, line, width);
                if (join && listUnderLabel && !Character.isLowerCase(line.charAt(0))) {
                    join = false;
                }
                if (join && wrapped && Prose.endsSentence(previous)) {
                    // a chrome line after a sentence's end is a line of its own in wrapped copy too: Pravda's
                    // "Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!" under a last paragraph pasted
                    // without blank lines ran on into it, and the share rule, a whole-line rule, missed it
                    lineChrome = chromeLine.test(line);
                    if (lineChrome) {
                        join = false;
                    }
                }
                if (join && !wrapped) {
                    boolean chrome = previousChrome != null ? previousChrome : chromeLine.test(previous);
                    if (!chrome) {
                        lineChrome = chromeLine.test(line);
                        chrome = lineChrome;
                    }
                    if (chrome) {
                        join = false; // two chrome lines are two lines, whatever their case
                    }
                }
            }
            if (join) {
                current.append(' ').append(line);
                lines++;
            } else {
                if (current != null) {
                    out.add(new Para(current.toString(), lines == 1, previous.length()));
                }
                if (builder == null) {
                    builder = new StringBuilder(Math.max(16, line.length() * 2));
                }
                current = builder;
                current.setLength(0);
                current.append(line);
                lines = 1;
            }
            previous = line;
            previousChrome = lineChrome;
            seenIndent |= indented(raw);
        }
        if (current != null) {
            out.add(new Para(current.toString(), lines == 1, previous.length()));
        }
    }

    /** Whether two letters stand side by side somewhere in the line. */
    private static boolean twoLetters(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i)) && Character.isLetter(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean indented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ');
    }

    /** The width the block was wrapped at: its second-longest line, so one over-long caption does not count. */
    static int wrapWidth(List<String> block) {
        List<String> cleaned = new ArrayList<>(block.size());
        for (String line : block) {
            cleaned.add(clean(line));
        }
        return widthOfCleaned(cleaned);
    }

    /** {@link #wrapWidth} of lines already cleaned: the longest, or the second-longest of four or more. */
    private static int widthOfCleaned(List<String> cleaned) {
        int longest = 0;
        int second = 0;
        for (String line : cleaned) {
            int len = line.length();
            if (len >= longest) {
                second = longest;
                longest = len;
            } else if (len > second) {
                second = len;
            }
        }
        return cleaned.size() >= 4 ? second : longest;
    }

    /**
     * A block hard-wrapped at a wire width: four or more lines, a width of 50 or more, and most lines
     * (the last aside) within a dozen characters of it, one of them at least cut inside a sentence.
     * Short chrome lines never qualify, nor a block of one paragraph a line whose lines all end a
     * sentence (pasted copy without blank lines: {@code Work is due to start in the autumn.} /
     * {@code "This keeps the port in business," he said.}), which was read as wrapped and its
     * paragraphs run together when a line came near the second-longest's length. A line far longer
     * than the width was never wrapped at it and is no evidence: web copy with a line per paragraph
     * (a section word, a headline, a date line, paragraphs of 150 characters) was read as wrapped, and
     * the date line under the headline joined to it.
     */
    private static boolean looksWrappedCleaned(List<String> cleaned, int width) {
        if (cleaned.size() < 4 || width < 50) {
            return false;
        }
        int near = 0;
        int runOn = 0;
        for (int i = 0; i < cleaned.size() - 1; i++) {
            String line = cleaned.get(i);
            if (line.length() >= width - 12 && line.length() <= width + 12) {
                near++;
                if (!line.isEmpty() && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0) {
                    runOn++;
                }
            }
        }
        return near * 5 >= (cleaned.size() - 1) * 3 && runOn > 0;
    }

    /**
     * The width a document was hard-wrapped at, or 0: that of its first block of four lines or more that
     * {@link #looksWrappedCleaned looks wrapped} and is {@link #filledTo filled} to it. It then applies to
     * the short blocks (two or three lines) of the same document, which are too short to tell by
     * themselves ({@code „To było ...” – powiedziała} / {@code PAP dyrektor ...} in copy wrapped at 72).
     */
    private static int documentWrapWidth(List<List<String>> blocks, List<List<String>> cleanedOut) {
        for (int i = 0; i < blocks.size(); i++) {
            List<String> b = blocks.get(i);
            List<String> cleaned = i < cleanedOut.size() ? cleanedOut.get(i) : null; // a plain text's come cleaned
            if (i == cleanedOut.size()) {
                // the blocks cleaned here are kept for flush: a hard-wrapped story's lines were cleaned
                // twice, and cleaning was ~3% of a batch of short stories
                if (b.size() >= 4) {
                    cleaned = cleanAll(b);
                }
                cleanedOut.add(cleaned); // the blocks looked at, in order; null: not cleaned
            }
            if (cleaned != null && b.size() >= 4) {
                int width = widthOfCleaned(cleaned);
                if (looksWrappedCleaned(cleaned, width) && filledTo(cleaned, width)) {
                    return width;
                }
            }
        }
        return 0;
    }

    private static List<String> cleanAll(List<String> block) {
        List<String> cleaned = new ArrayList<>(block.size());
        for (String raw : block) {
            cleaned.add(clean(raw));
        }
        return cleaned;
    }

    /**
     * Every line but the last ends within a long word of the width (German compounds leave lines of
     * wrapped copy 15-20 characters short) and the last ends a sentence: the block is running text cut
     * by a wrapping program, not a stack of headline, deck and credit lines that merely happen to be long.
     */
    private static boolean filledTo(List<String> cleaned, int width) {
        if (cleaned.size() < 2) {
            return false;
        }
        String lastLine = cleaned.get(cleaned.size() - 1);
        if (lastLine.isEmpty() || SENTENCE_END.indexOf(lastLine.charAt(lastLine.length() - 1)) < 0) {
            return false; // running text ends a sentence; a stack of related headlines does not
        }
        for (int i = 0; i < cleaned.size() - 1; i++) {
            int len = cleaned.get(i).length();
            if (len < width - 22 || len > width + 8) {
                return false;
            }
        }
        return true;
    }

    /**
     * In a wrapped block of several paragraphs (PTI copy, no blank line between them), a line below the
     * block's first that fills the width and ends on a letter or digit was cut inside a sentence, so it runs
     * on into the next whatever that opens with ({@code ..., Information and Broadcasting} / {@code Minister
     * said.}): the lead had been split before the capital. The block's first line may be a headline over
     * the dateline, and is left to {@link #headlineTail}; a head of four lines (headline, deck, a stamp that
     * ends on a place, {@code PTI}) is no such block, nor is a code line alone under the cut line.
     */
    private static boolean cutAtWidth(String previous, String next, int width) {
        return previous.length() >= width - 12 && previous.length() <= width + 8
                && Character.isLetterOrDigit(previous.charAt(previous.length() - 1)) && next.indexOf(' ') > 0
                && !Prose.isUpperCase(next);
    }

    /**
     * In a filled wrapped block, a line that ends no sentence runs on into the next whatever that line
     * opens with: a German noun, a name, a bracket or a number ({@code ..., sagte Landesrätin Irmgard} /
     * {@code Pölzl (ÖVP) bei der Eröffnung.}).
     */
    private static boolean runsOn(String previous) {
        char last = previous.charAt(previous.length() - 1);
        return SENTENCE_END.indexOf(last) < 0 && last != ':' && last != '=';
    }

    /**
     * Whether {@code next} continues the line before it.
     *
     * @param width the block's wrap width, or 0 when the block does not look hard-wrapped
     */
    static boolean continues(String previous, String next, int width) {
        if (previous.isEmpty() || next.isEmpty()) {
            return false;
        }
        if (width > 0 && previous.length() > width + 8) {
            return false; // longer than the wrap width: a line that was never wrapped (a caption)
        }
        char last = previous.charAt(previous.length() - 1);
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            if (width == 0 && address(next)) {
                return false; // "Sarah Jones" / "sjones@example.com": a reporter's e-mail line under the name
            }
            if (next.length() <= 60 && BYLINE.matcher(next).matches()) {
                return false; // "di Marco Rossi" under a headline: a credit line, however the headline ends
            }
            // in a block that is not wire-wrapped, a short line is chrome ("AP-NR-09-20-89 0002EDT"
            // above "u a AM-Hurricane ...") rather than the first half of a sentence
            return width > 0 || previous.length() >= 30 || last == ',' || Character.isLowerCase(last);
        }
        if (last == ',' || last == '-' || last == ';' || endsWithFunctionWord(previous) && !particleAn(previous, next)) {
            return true;
        }
        if (SENTENCE_END.indexOf(last) >= 0 || last == ':') {
            // a sentence ended here; it is a wrap only if the next word could not have fitted
            int space = next.indexOf(' ');
            int firstWord = space < 0 ? next.length() : space; // the length of next.split(" ", 2)[0]
            return width >= 40 && previous.length() + 1 + firstWord > width
                    && previous.length() >= width - 15 && last != ':';
        }
        return false;
    }

    /**
     * A headline wrapped over the first two lines of a hard-wrapped block, the story under it with no
     * blank line between ({@code Government approves Rs 6,000 crore extension of Delhi Metro} /
     * {@code Magenta Line to Noida airport} / {@code New Delhi, Mar 12 (PTI) The Union ...}): the first line
     * fills the width and ends no sentence, the second is short and ends none either. A dateline alone on
     * the second line holds a date, a bracket or a closing dash or colon, and is never taken.
     */
    static boolean headlineTail(String first, String second, int width) {
        if (first.length() < width - 12 || second.length() > width - 15 || second.isEmpty()) {
            return false;
        }
        char end = first.charAt(first.length() - 1);
        char last = second.charAt(second.length() - 1);
        if (SENTENCE_END.indexOf(end) >= 0 || end == ':' || SENTENCE_END.indexOf(last) >= 0 || "-–—:,;".indexOf(last) >= 0
                || !Prose.headlineLike(first)) {
            return false;
        }
        for (int k = 0; k < second.length(); k++) {
            char c = second.charAt(k);
            if (Character.isDigit(c) || c == '(' || c == '[') {
                return false;
            }
        }
        return true;
    }

    /**
     * A line that is one e-mail address or web address and nothing else ({@code sjones@example.com},
     * {@code www.example.org}): a contact line of its own, not the end of a sentence wrapped above it.
     */
    static boolean address(String line) {
        if (line.length() > 100 || line.indexOf(' ') >= 0) {
            return false;
        }
        int at = line.indexOf('@');
        return at > 0 && line.indexOf('.', at) > at + 1 || line.startsWith("www.") || line.startsWith("http");
    }

    /**
     * A line ending in "an" before a word with a consonant sound: not the English article, which stands
     * before a vowel ("an Indian", "an hour", "an FBI agent"), but the particle that closes a German
     * headline ({@code GDL kündigt neuen Warnstreik an} over the deck {@code Die Gewerkschaft ...}).
     */
    static boolean particleAn(String previous, String next) {
        if (!previous.endsWith(" an") || next.isEmpty()) {
            return false;
        }
        int space = next.indexOf(' ');
        String word = space < 0 ? next : next.substring(0, space);
        char c = Character.toLowerCase(word.charAt(0));
        boolean consonant = c >= 'a' && c <= 'z' && "aeiouh".indexOf(c) < 0;
        return consonant && !Prose.isUpperCase(word);
    }

    static boolean endsWithFunctionWord(String s) {
        int sp = s.lastIndexOf(' ');
        String w = s.substring(sp + 1);
        // a headline in capitals wrapped after "ON" or "FOR" runs on as one in lower case does
        return FUNCTION_WORDS.contains(w)
                || sp > 0 && w.length() <= 4 && Prose.isUpperCase(s) && FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Joins paragraphs split only by the blank lines of a "blank line after every wrapped line" layout.
     * Applied only when at least three one-line paragraphs of similar length end mid-sentence and are
     * followed by a lower-case start, so ordinary blank-line-separated copy is never touched.
     */
    private static List<String> rejoinBlankWrapped(List<Para> paras) {
        int evidence = 0;
        for (int i = 0; i + 1 < paras.size(); i++) {
            Para p = paras.get(i);
            String t = p.text();
            if (p.singleLine() && t.length() >= 30 && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0
                    && Character.isLowerCase(paras.get(i + 1).text().charAt(0))) {
                evidence++;
            }
        }
        List<String> out = new ArrayList<>();
        if (evidence < 3) {
            for (Para p : paras) {
                out.add(p.text());
            }
            return out;
        }
        int width = wrapWidth(paras.stream().filter(Para::singleLine).map(Para::text).toList());
        StringBuilder current = null;
        Para prev = null;
        for (Para p : paras) {
            boolean join = current != null && prev.singleLine() && p.singleLine()
                    && blankWrapContinues(prev.text(), p.text(), width);
            if (join) {
                current.append(' ').append(p.text());
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(p.text());
            }
            prev = p;
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean blankWrapContinues(String previous, String next, int width) {
        if (previous.length() > width + 8) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        if (Character.isLowerCase(next.charAt(0))) {
            return SENTENCE_END.indexOf(last) < 0 || last == ',';
        }
        return last == ',' || endsWithFunctionWord(previous);
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * The line stripped, runs of spaces made one. Most lines have no double space: a look at every other
     * character answers that without the regex's scan (its find loop was ~3% of a batch profile). Two
     * spaces in a row always put one at an odd index; only there is the character before asked. Why
     * not {@code contains("  ")}: in the C1 code a batch runs it stops at every space of the line to
     * compare the next character, a call each time (~2% of a batch of short stories).
     */
    static String clean(String line) {
        String s = line.strip();
        for (int i = 1, n = s.length(); i < n; i += 2) {
            if (s.charAt(i) == ' ' && (s.charAt(i - 1) == ' ' || i + 1 < n && s.charAt(i + 1) == ' ')) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }
}
