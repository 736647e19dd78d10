package io.articlex.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph that holds quotes, as one char array made once and read by index by every attribution
 * step of each of its quotes: sentence edges ({@link Sentences}), cue scans ({@link CueMatcher}) and the
 * speaker's words ({@link Phrase} on {@link WordTable} ranges) of the text before and after a quote,
 * where each step used to cut its own substring and copy it into an array again. Quoted paragraphs
 * hold curly marks, so their strings are UTF-16 and every {@code charAt} on them pays an index and a
 * coder check.
 *
 * <p>The cues of one stretch are kept: the text before a quote is asked for all its cues, then for its
 * first and last when a participle leads into the quote. One per paragraph, used by one thread.
 */
final class QuotedText {

    final String text;
    /** The characters of {@link #text} from index 0 ({@link #length} of them; the array may be longer). */
    final char[] chars;
    final int length;
    private final CueMatcher cues = Lexicon.get().cues;
    private int memoFrom = -1;
    private int memoTo = -1;
    private long[] memo;

    QuotedText(String text) {
        this(text, text.toCharArray());
    }

    /** {@code text} over {@code chars}, which hold its characters from index 0 (a copy the caller made already). */
    QuotedText(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        this.length = text.length();
    }

    /** {@link Sentences#startBefore(String, int, int)} of this text. */
    int sentenceStart(int pos, int floor) {
        return Sentences.startBefore(chars, length, pos, floor);
    }

    /** {@link Sentences#endAfter(String, int, int)} of this text. */
    int sentenceEnd(int pos, int ceiling) {
        return Sentences.endAfter(chars, length, pos, ceiling);
    }

    /** The cues of {@code text[from, to)}, as {@link CueMatcher#all} gives them for that substring (positions counted from {@code from}). */
    List<CueMatcher.Hit> cues(int from, int to) {
        long[] spans = spans(from, to);
        List<CueMatcher.Hit> out = new ArrayList<>(spans.length);
        for (long h : spans) {
            out.add(cues.hit(chars, from, to, h));
        }
        return out;
    }

    /** The first cue of {@code text[from, to)}, as {@code CueMatcher.next(substring, 0)} gives it, or null. */
    CueMatcher.Hit firstCue(int from, int to) {
        long h = from == memoFrom && to == memoTo ? (memo.length == 0 ? -1 : memo[0]) : cues.firstSpan(chars, from, to);
        return h < 0 ? null : cues.hit(chars, from, to, h);
    }

    /** The last cue of {@code text[from, to)}, as {@code CueMatcher.last(substring)} gives it, or null. */
    CueMatcher.Hit lastCue(int from, int to) {
        long[] spans = spans(from, to);
        return spans.length == 0 ? null : cues.hit(chars, from, to, spans[spans.length - 1]);
    }

    private long[] spans(int from, int to) {
        if (from != memoFrom || to != memoTo) {
            memo = cues.spans(chars, from, to);
            memoFrom = from;
            memoTo = to;
        }
        return memo;
    }

    /** The first index of {@code a[from, to)} that is not white space ({@code to} when none is): a stretch stripped at its start. */
    static int stripStart(char[] a, int from, int to) {
        int f = from;
        while (f < to && WordTable.whitespace(a[f])) {
            f++;
        }
        return f;
    }

    /** The end of {@code a[from, to)} without its trailing white space ({@code from} when all of it is). */
    static int stripEnd(char[] a, int from, int to) {
        int e = to;
        while (e > from && WordTable.whitespace(a[e - 1])) {
            e--;
        }
        return e;
    }
}
