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
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 'A' || !Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (s == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (s == Character.UnicodeScript.ARABIC) {
                arabic++;
            }
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
        String voted = FunctionWords.vote(text, n);
        if (voted != null) {
            return voted;
        }
        return Profiles.detect(text.subSequence(0, n).toString());
    }

    /** The function-word vote of step 2. */
    public static final class FunctionWords {
        private static final Map<String, String> OWNER = load();

        private static Map<String, String> load() {
            Map<String, String> owner = new HashMap<>();
            try (InputStream in = LanguageDetector.class.getResourceAsStream("/io/articlex/language/function-words.txt")) {
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
                    for (String w : t.substring(colon + 1).strip().split("\\s+")) {
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

        /** The language whose function words clearly dominate the first {@code n} characters, or null. */
        public static String vote(CharSequence text, int n) {
            Map<String, Integer> hits = new HashMap<>();
            int i = 0;
            while (i < n) {
                if (!Character.isLetter(text.charAt(i))) {
                    i++;
                    continue;
                }
                int e = i + 1;
                while (e < n && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                if (e - i <= 10) {
                    String lang = OWNER.get(text.subSequence(i, e).toString().toLowerCase(Locale.ROOT));
                    if (lang != null) {
                        hits.merge(lang, 1, Integer::sum);
                    }
                }
                i = e;
            }
            String best = null;
            int top = 0;
            int second = 0;
            for (Map.Entry<String, Integer> h : hits.entrySet()) {
                int v = h.getValue();
                if (v > top) {
                    second = top;
                    top = v;
                    best = h.getKey();
                } else if (v > second) {
                    second = v;
                }
            }
            return top >= MIN_HITS && top >= MARGIN * second ? best : null;
        }
    }

    /** Step 3, in a holder class: the profiles are read only when a text needs them. */
    static final class Profiles {
        private static final com.optimaize.langdetect.LanguageDetector DETECTOR = build();

        private static com.optimaize.langdetect.LanguageDetector build() {
            try {
                // the table the build made (see CompactProfiles); Optimaize's own files when run without it
                List<com.optimaize.langdetect.profiles.LanguageProfile> profiles = CompactProfiles.read();
                if (profiles == null) {
                    profiles = new com.optimaize.langdetect.profiles.LanguageProfileReader().read(SUPPORTED);
                }
                return com.optimaize.langdetect.LanguageDetectorBuilder
                        .create(com.optimaize.langdetect.ngram.NgramExtractors.standard())
                        .withProfiles(profiles)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String detect(String text) {
            List<com.optimaize.langdetect.DetectedLanguage> found = DETECTOR.getProbabilities(text);
            return found.isEmpty() ? null : found.get(0).getLocale().getLanguage();
        }
    }
}
