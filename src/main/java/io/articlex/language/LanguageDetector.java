package io.articlex.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the language of a text as a BCP 47 primary tag, among the languages articlex has rules for
 * ({@link #SUPPORTED}), or null when the text holds too few letters to tell.
 *
 * <p>Three steps, cheapest first, on a bounded prefix of the text ({@link #PREFIX} characters: a news
 * story's language shows in its first sentences, and the cost stays flat for long inputs):
 * <ol>
 *   <li>the script: a text written mostly in Arabic or Cyrillic letters is Arabic or Russian, the
 *       only supported languages in those scripts;</li>
 *   <li>function words ({@code function-words.txt}): in Latin script, when one language's words
 *       outnumber every other's by {@link #MARGIN} to one, it is the answer;</li>
 *   <li>otherwise (a short or mixed text: a headline, a caption, a story in two languages) the
 *       n-gram profiles of Optimaize language-detector, restricted to the supported languages.</li>
 * </ol>
 * The detector's profiles take ~0.3 s of CPU to read from Optimaize's files, as much as a whole one-file
 * parse; the first two steps decide most articles, so a typical run never loads them, and the build
 * stores them in a compact form ({@link CompactProfiles}) that reads several times faster.
 */
public final class LanguageDetector {

    /** Primary tags of the languages with rules of their own (cue verbs, months, sign-offs). */
    public static final List<String> SUPPORTED = List.of("en", "de", "fr", "es", "it", "pt", "ru", "nl", "pl", "tr", "ar");

    static final int PREFIX = 3000;
    /** Function-word hits the leading language needs, and how many times the runner-up's. */
    static final int MIN_HITS = 6;
    static final int MARGIN = 3;
    /** Fewer letters than this: no answer (a line of digits or a lone name tells nothing). */
    static final int MIN_LETTERS = 12;

    private LanguageDetector() {
    }

    /** The language of {@code text}, or null when it cannot be told. */
    public static String detect(CharSequence text) {
        int n = Math.min(text.length(), PREFIX);
        return detect(prefix(text, n), n);
    }

    /** {@link #detect(CharSequence)} of the first {@code n} chars of {@code chars}, at most {@link #PREFIX}. */
    static String detect(char[] chars, int n) {
        String lang = withoutProfiles(chars, n);
        if (lang != UNDECIDED) {
            return lang;
        }
        return Profiles.detect(new String(chars, 0, n));
    }

    /**
     * Builds, on the calling thread, the tables {@link #detect} would use for a text that starts like
     * {@code sample}: the function words, and the n-gram profiles when steps 1 and 2 cannot settle its
     * language. For a second thread that prepares a one-file parse while the first reads the file: the
     * sample is the file's raw text, not the paragraphs the parse detects on, so it may guess wrong,
     * which costs time, never a different answer.
     */
    public static void prepare(CharSequence sample) {
        int n = Math.min(sample.length(), PREFIX);
        if (withoutProfiles(prefix(sample, n), n) == UNDECIDED) {
            Profiles.load();
        }
    }

    /** What {@link #withoutProfiles} returns when only step 3 can tell (a distinct instance, compared by identity). */
    private static final String UNDECIDED = new String("undecided");

    /**
     * One copy of the prefix into an array: both steps walk it char by char, which on a String that is
     * not Latin-1 (a curly quote or a dash makes it UTF-16) checks each index in a call. Copied straight
     * out of the text (a StringBuilder from the stage): the prefix as a String is made only for step 3,
     * which about one text in six reaches.
     */
    private static char[] prefix(CharSequence text, int n) {
        char[] chars = new char[n];
        if (text instanceof String s) {
            s.getChars(0, n, chars, 0);
        } else if (text instanceof StringBuilder b) {
            b.getChars(0, n, chars, 0);
        } else {
            text.subSequence(0, n).toString().getChars(0, n, chars, 0);
        }
        return chars;
    }

    /**
     * Steps 1 and 2: the language, null when it cannot be told, or {@link #UNDECIDED}. One walk over the
     * prefix counts the letters of each script and, for the vote, the function words spelt in ASCII
     * letters; words with other letters are only noted, and looked up once the script is known to be
     * Latin (an Arabic or Russian text is answered by its script and needs no vote). Two walks, one per
     * step, were ~4% of a batch of short wire stories.
     */
    private static String withoutProfiles(char[] chars, int n) {
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int[] hits = new int[FunctionWords.LANGS.length];
        int[] others = null; // start and end of each short word with a letter outside ASCII
        int otherCount = 0;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c < 128) {
                int lower = c | 0x20;
                if (lower < 'a' || lower > 'z') {
                    i++;
                    continue;
                }
            } else if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            // a word: its letters counted by script, its ASCII spelling packed as the vote reads it
            int e = i;
            boolean ascii = true;
            long key = 0;
            while (e < n) {
                char d = chars[e];
                if (d < 128) {
                    int lower = d | 0x20;
                    if (lower < 'a' || lower > 'z') {
                        break;
                    }
                    latin++;
                    key = key << 5 | (lower - 'a' + 1);
                } else if (Character.isLetter(d)) {
                    ascii = false;
                    Character.UnicodeScript s = Character.UnicodeScript.of(d);
                    if (s == Character.UnicodeScript.LATIN) {
                        latin++;
                    } else if (s == Character.UnicodeScript.CYRILLIC) {
                        cyrillic++;
                    } else if (s == Character.UnicodeScript.ARABIC) {
                        arabic++;
                    }
                } else {
                    break;
                }
                e++;
            }
            if (e - i <= 10) {
                if (ascii) {
                    int lang = FunctionWords.asciiLang(key);
                    if (lang >= 0) {
                        hits[lang]++;
                    }
                } else {
                    if (others == null) {
                        others = new int[16];
                    } else if (otherCount * 2 == others.length) {
                        others = java.util.Arrays.copyOf(others, others.length * 2);
                    }
                    others[otherCount * 2] = i;
                    others[otherCount * 2 + 1] = e;
                    otherCount++;
                }
            }
            i = e;
        }
        int letters = latin + cyrillic + arabic;
        if (letters < MIN_LETTERS) {
            return null;
        }
        if (arabic * 2 > letters) {
            return "ar";
        }
        if (cyrillic * 2 > letters) {
            return "ru";
        }
        for (int k = 0; k < otherCount; k++) {
            int lang = FunctionWords.otherLang(chars, others[k * 2], others[k * 2 + 1]);
            if (lang >= 0) {
                hits[lang]++;
            }
        }
        String voted = FunctionWords.decide(hits);
        return voted != null ? voted : UNDECIDED;
    }

    /** The function-word vote of step 2. */
    public static final class FunctionWords {
        private static final Map<String, String> OWNER = load();

        private static Map<String, String> load() {
            Map<String, String> owner = new HashMap<>();
            try (InputStream in = io.articlex.resource.Resources.open(LanguageDetector.class, "/io/articlex/language/function-words.txt")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource io/articlex/language/function-words.txt");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String t = line.strip();
                    int colon = t.indexOf(':');
                    if (t.isEmpty() || t.startsWith("#") || colon < 0) {
                        continue;
                    }
                    String lang = t.substring(0, colon).strip();
                    // split by hand: split("\\s+") compiles its regex on every line
                    for (String w : io.articlex.resource.Resources.words(t.substring(colon + 1).strip())) {
                        if (owner.putIfAbsent(w, lang) != null && !owner.get(w).equals(lang)) {
                            throw new IllegalStateException("function word '" + w + "' listed for two languages");
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(owner);
        }

        /**
         * The languages of {@link #OWNER}, in a fixed order: the index the tables below use. Made distinct
         * in a hash set first, so the sorted set takes a dozen insertions, not one per word (a few hundred
         * string comparisons in interpreted code at every start).
         */
        static final String[] LANGS = new java.util.TreeSet<>(new java.util.HashSet<>(OWNER.values())).toArray(new String[0]);
        /**
         * The words of {@link #OWNER} spelt in lower-case ASCII letters only (most of them), each packed
         * into a long ({@link #pack}) in an open-addressing table, with its language's index in
         * {@link #LANGS}: a word of the text is looked up without making a String of it, lower-casing
         * it or boxing a count. Words with other letters go through {@link #OWNER}.
         */
        private static final long[] ASCII_KEYS;
        private static final byte[] ASCII_LANG;
        private static final int MASK;

        static {
            int size = Integer.highestOneBit(Math.max(16, OWNER.size() * 4)) * 2;
            long[] keys = new long[size];
            byte[] lang = new byte[size];
            for (Map.Entry<String, String> e : OWNER.entrySet()) {
                long key = pack(e.getKey());
                if (key == 0) {
                    continue;
                }
                int slot = slot(key, size - 1);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & (size - 1);
                }
                keys[slot] = key;
                lang[slot] = (byte) indexOf(e.getValue());
            }
            ASCII_KEYS = keys;
            ASCII_LANG = lang;
            MASK = size - 1;
        }

        /**
         * A word of 1 to 10 lower-case ASCII letters as a long, five bits a letter ({@code a} = 1), so
         * that distinct words give distinct non-zero keys; 0 for any other word.
         */
        private static long pack(String word) {
            if (word.isEmpty() || word.length() > 10) {
                return 0;
            }
            long key = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < 'a' || c > 'z') {
                    return 0;
                }
                key = key << 5 | (c - 'a' + 1);
            }
            return key;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        /** The language whose function words clearly dominate the first {@code n} characters, or null. */
        public static String vote(CharSequence text, int n) {
            return vote(text.subSequence(0, n).toString().toCharArray(), n);
        }

        static String vote(char[] text, int n) {
            int[] hits = new int[LANGS.length];
            int i = 0;
            while (i < n) {
                char c = text[i];
                if (!(c < 128 ? isAsciiLetter(c) : Character.isLetter(c))) {
                    i++;
                    continue;
                }
                int e = i + 1;
                boolean ascii = c < 128;
                long key = ascii ? (c | 0x20) - 'a' + 1 : 0;
                while (e < n) {
                    char d = text[e];
                    if (d < 128) {
                        if (!isAsciiLetter(d)) {
                            break;
                        }
                        key = key << 5 | ((d | 0x20) - 'a' + 1);
                    } else if (Character.isLetter(d)) {
                        ascii = false;
                    } else {
                        break;
                    }
                    e++;
                }
                if (e - i <= 10) {
                    int lang = ascii ? asciiLang(key) : otherLang(text, i, e);
                    if (lang >= 0) {
                        hits[lang]++;
                    }
                }
                i = e;
            }
            return decide(hits);
        }

        /** The language whose hits lead every other's by {@link #MARGIN} to one, with {@link #MIN_HITS} at least; else null. */
        static String decide(int[] hits) {
            int best = -1;
            int top = 0;
            int second = 0;
            for (int k = 0; k < hits.length; k++) {
                int v = hits[k];
                if (v > top) {
                    second = top;
                    top = v;
                    best = k;
                } else if (v > second) {
                    second = v;
                }
            }
            return top >= MIN_HITS && top >= MARGIN * second ? LANGS[best] : null;
        }

        private static boolean isAsciiLetter(char c) {
            int lower = c | 0x20;
            return lower >= 'a' && lower <= 'z';
        }

        static int asciiLang(long key) {
            for (int slot = slot(key, MASK); ASCII_KEYS[slot] != 0; slot = (slot + 1) & MASK) {
                if (ASCII_KEYS[slot] == key) {
                    return ASCII_LANG[slot];
                }
            }
            return -1;
        }

        private static int indexOf(String lang) {
            for (int k = 0; k < LANGS.length; k++) {
                if (LANGS[k].equals(lang)) {
                    return k;
                }
            }
            return -1;
        }

        static int otherLang(char[] text, int from, int to) {
            String lang = OWNER.get(new String(text, from, to - from).toLowerCase(Locale.ROOT));
            return lang == null ? -1 : indexOf(lang);
        }
    }

    /** Step 3, in a holder class: the profiles are read only when a text needs them. */
    static final class Profiles {
        private static final NgramTrials DETECTOR = build();

        private static NgramTrials build() {
            try {
                // the table the build made (see CompactProfiles); Optimaize's own files when run without it
                List<com.optimaize.langdetect.profiles.LanguageProfile> profiles = CompactProfiles.read();
                if (profiles == null) {
                    profiles = new com.optimaize.langdetect.profiles.LanguageProfileReader().read(SUPPORTED);
                }
                return new NgramTrials(com.optimaize.langdetect.ngram.NgramExtractors.standard(), profiles);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String detect(String text) {
            return DETECTOR.detect(text);
        }

        /** Nothing but the class's initialisation: the profiles read. */
        static void load() {
        }
    }
}
