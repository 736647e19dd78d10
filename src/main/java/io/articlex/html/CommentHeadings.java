package io.articlex.html;

import io.articlex.boilerplate.Timestamps;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where a page's comment thread starts inside the picked body, by the heading the thread
 * carries ("12 responses", "2 thoughts on &ldquo;Title&rdquo;", "Kommentare (4)", "Leave a Reply"),
 * and cuts the body there.
 *
 * <p>Why: the picker keeps comments out by their class names ("comments", "disqus"), but a theme
 * that names its thread otherwise ("responses", "resp", "said") leaves readers' replies, which read
 * as prose, under a short article in the same wrapper. The heading over them is the one thing such
 * threads share. The words live in {@code comment-headings.txt}.
 *
 * <p>Only a whole line that is such a heading counts, without a link (a "5 Comments" link in the
 * meta line under a title points to the thread, it does not open it), and only after body text of
 * some length: a heading seen before {@link #MIN_BODY_BEFORE} characters of body is no end of it.
 *
 * <p>A thread without a heading still opens with its first reply's signature: a short name, a verb
 * of saying and a colon ("Peter says:", "Anna sagt:"), then the reply's date, on the same line or
 * the next ("May 4, 2021 at 7:12 am"). The date is what tells it from an article's own lead-in to
 * a quotation ("Minister Helen Marsh said:"), which the quotation follows. Older blog themes put
 * the date between the name and the verb ("Mark on 6 December 2026 said:").
 */
final class CommentHeadings {

    /** Longest line read as a heading: a count, a word and the post's title. */
    static final int MAX_CHARS = 120;
    /** Body characters that must come before a thread's heading for the body to end there. */
    static final int MIN_BODY_BEFORE = 200;

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> thread;
    private final Set<String> reply;
    private final Set<String> link;
    private final Set<String> invite;
    private final Set<String> number;
    private final Set<String> says;
    private final Set<String> blurb;

    private CommentHeadings(WordSections w) {
        thread = w.section("thread");
        reply = w.section("reply");
        link = w.section("link");
        invite = w.section("invite");
        number = w.section("number");
        says = w.section("says");
        blurb = w.section("blurb");
    }

    static CommentHeadings builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final CommentHeadings BUILT_IN = new CommentHeadings(WordSections.read("comment-headings.txt"));
    }

    /**
     * The blocks up to the first comment thread's heading, or {@code blocks} itself when there is
     * none past the opening body text.
     */
    List<Block> cut(List<Block> blocks) {
        int body = 0;
        List<Block> out = null; // the blocks kept, made once a blurb's section is left out
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (body >= MIN_BODY_BEFORE && b.linkChars() == 0 && b.kind() != Block.Kind.LIST_ITEM
                    && b.kind() != Block.Kind.CELL && (isHeading(b.text()) || signs(blocks, i))) {
                return out == null ? blocks.subList(0, i) : out;
            }
            if (body > 0 && b.kind() == Block.Kind.HEADING && b.linkChars() == 0 && isBlurb(b.text())) {
                // the blurb's section, up to the next heading: an author box may stand between two of the story's sections
                if (out == null) {
                    out = new java.util.ArrayList<>(blocks.subList(0, i));
                }
                while (i + 1 < blocks.size() && blocks.get(i + 1).kind() != Block.Kind.HEADING
                        && blocks.get(i + 1).kind() != Block.Kind.TITLE_HEADING) {
                    i++;
                }
                continue;
            }
            if (out != null) {
                out.add(b);
            }
            if (ContentPicker.substantive(b)) {
                body += b.length();
            }
        }
        return out == null ? blocks : out;
    }

    /** Most words of a reply's signature before its verb: the reader's name. */
    static final int MAX_NAME_WORDS = 5;

    /** True when block {@code i} is a reply's signature: a name and a verb of saying with a colon, then a date. */
    boolean signs(List<Block> blocks, int i) {
        String t = blocks.get(i).text();
        if (t.length() <= MAX_CHARS && t.endsWith(":") && datedBetween(t.substring(0, t.length() - 1).strip().split("\\s+"))) {
            return true;
        }
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > MAX_CHARS) {
            return false;
        }
        String[] words = t.substring(0, colon).strip().split("\\s+");
        if (words.length < 2 || words.length > MAX_NAME_WORDS + 1 || !says.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String rest = t.substring(colon + 1).strip();
        if (!rest.isEmpty()) {
            return Timestamps.isTimestamp(rest);
        }
        return i + 1 < blocks.size() && Timestamps.isTimestamp(blocks.get(i + 1).text());
    }

    /**
     * Most words of the name before a date in the signature: a reader's name or handle. A lead-in of
     * a press release names a title as well ("Prime Minister Jane Doe on 5 December 2026 said:").
     */
    static final int MAX_DATED_NAME_WORDS = 3;

    /** {@code 2026}, {@code 9:14}: a year or a clock time, which a reply's stamp holds and a news sentence's date seldom does. */
    private static final Pattern YEAR_OR_CLOCK = Pattern.compile("\\b(1[89]|20)\\d{2}\\b|\\d:\\d{2}");

    /**
     * A signature whose date stands between the name and the verb: "Mark on 6 December 2026 said:",
     * "Jo on December 6, 2026 at 9:14 am said:", as older blog themes print each reply's head. The
     * words after the name, opened by "on", are a timestamp with a year or a clock time: a news
     * sentence's lead-in to a quotation dates itself by a weekday or a day and month ("Police on
     * Friday said:", "The minister on 6 December said:").
     */
    private boolean datedBetween(String[] words) {
        if (words.length < 4 || !says.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = 1; k <= MAX_DATED_NAME_WORDS && k < words.length - 2; k++) {
            if (words[k].equals("on")) {
                String date = String.join(" ", Arrays.copyOfRange(words, k, words.length - 1));
                return YEAR_OR_CLOCK.matcher(date).find() && Timestamps.isTimestamp(date);
            }
        }
        return false;
    }

    /**
     * True when the line is the heading of the site's or the writer's blurb ("About us", "Über die
     * Autorin:"). A two-paragraph notice beside a longer "About us" box in an unnamed side column is
     * picked with it (the box is the densest prose of the page), and an author's bio under a story
     * reads as prose: the heading is what tells either from the story, after any body text at all.
     * Its section, up to the next heading, is left out; the story's sections after it stay.
     */
    boolean isBlurb(String text) {
        if (text.length() > 40) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return blurb.contains(t);
    }

    /** True when the line is a comment thread's heading or its reply form's. */
    boolean isHeading(String text) {
        if (text.length() > MAX_CHARS || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).strip();
        for (String opening : invite) {
            if (t.startsWith(opening) && t.length() - opening.length() <= 20) {
                return true;
            }
        }
        String[] words = NON_WORD.split(t);
        int i = 0;
        if (i < words.length && words[i].isEmpty()) {
            i++;
        }
        boolean counted = false;
        if (i < words.length && (number.contains(words[i]) || isDigits(words[i]))) {
            counted = true;
            i++;
        }
        if (i >= words.length || !(counted ? reply.contains(words[i]) : thread.contains(words[i]))) {
            return false;
        }
        i++;
        // "Comments (4)", "Kommentare 12": a trailing count.
        if (!counted && i < words.length && isDigits(words[i])) {
            return i + 1 == words.length;
        }
        // "2 thoughts on <title>": only after a count.
        return i == words.length || counted && link.contains(words[i]);
    }

    private static boolean isDigits(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < '0' || w.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
