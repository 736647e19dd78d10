package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speaker-phrase reader on word indices reads every text as the string-splitting reader before it
 * ({@link PhraseOracle}) did, and its parts ({@link WordTable}, {@link WordSet}) agree with the string
 * operations they replace. Texts are drawn at random from words of every kind the reader tells apart
 * (names, determiners, pronouns, roles, honorifics, clause openers, trailing adverbs, party tags,
 * dashes and commas, letters whose lower case is not one character of their own).
 */
class PhraseOnWordsTest {

    private static final String[] TOKENS = {
        "Jane", "Roe", "Leonard", "E.", "Burman", "Trump", "Ali", "Shamkhani", "al-Assad", "O'Neil", "Holtz-Eakin",
        "the", "The", "a", "an", "his", "their", "one", "this", "This", "that", "That", "these", "both",
        "he", "she", "He", "they", "it", "I", "we", "who", "which", "whom", "Whom", "whose",
        "and", "but", "or", "so", "then", "also", "later", "again", "meanwhile", "However", "still",
        "has", "had", "was", "is", "reportedly", "publicly", "quickly", "Quickly", "family", "ally", "daily", "only",
        "said", "told", "added", "adding", "noting", "Speaking", "managing", "acting", "training", "king",
        "spokesman", "Senator", "senator", "secretary", "Secretary", "minister", "president", "lawyer", "lawyers",
        "Lawyer", "economist", "economists", "aide", "aides", "Mr.", "Dr.", "Sen.", "Rep.", "Mrs.",
        "In", "in", "on", "at", "After", "after", "during", "while", "when", "since", "last", "Last", "today",
        "Monday", "Sunday", "March", "2016", "10", "of", "Ministry", "Finance", "for", "to", "with", "close",
        "familiar", "source", "sources", "official", "officials", "director", "Jr", "Sr.", "via", "Twitter",
        "R-Wis.", "D-N.Y.", "I-Vt.", "R-", "İlhan", "ΣΟΦΙΑ", "Ömer", "ÉLISE", "\u212Aelvin", "straße", "İNAN",
        "statement", "interview", "than", "if", "because", "whether", "until", "once", "before",
    };
    private static final String[] GLUE = {
        " ", " ", " ", " ", " ", ", ", ", ", " — ", " – ", " - ", " -- ", "—", " ―", ": ", ". ", " (", ") ",
        "\"", " “", "” ", "'s ", "  ", "\t", " \u00A0", ",", " ,",
    };

    private static String randomText(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(6) == 0) {
            sb.append(GLUE[r.nextInt(GLUE.length)]);
        }
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(r.nextInt(3) == 0 ? GLUE[r.nextInt(GLUE.length)] : " ");
            }
            sb.append(TOKENS[r.nextInt(TOKENS.length)]);
        }
        if (r.nextInt(4) == 0) {
            sb.append(GLUE[r.nextInt(GLUE.length)]);
        }
        return sb.toString();
    }

    private static void same(Phrase got, PhraseOracle want, String text) {
        if (want == null) {
            assertThat(got).as(text).isNull();
            return;
        }
        assertThat(got).as(text).isNotNull();
        assertThat(got.text()).as(text).isEqualTo(want.text());
        assertThat(got.core()).as(text).isEqualTo(want.core());
        assertThat(got.appositives()).as(text).isEqualTo(want.appositives());
    }

    @Test
    void beforeCueReadsEveryTextAsTheStringReaderDid() {
        Random r = new Random(20261206);
        for (int i = 0; i < 60_000; i++) {
            String text = randomText(r, 1 + r.nextInt(14));
            same(Phrase.beforeCue(text), PhraseOracle.beforeCue(text), text);
        }
    }

    @Test
    void afterCueReadsEveryTextAsTheStringReaderDid() {
        Random r = new Random(6122026);
        for (int i = 0; i < 60_000; i++) {
            String text = randomText(r, 1 + r.nextInt(14));
            same(Phrase.afterCue(text), PhraseOracle.afterCue(text), text);
        }
    }

    /** A stretch of a longer array (a quoted paragraph's) reads as that stretch copied out. */
    @Test
    void phrasesReadInPlaceAsTheirTextCutOut() {
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String before = randomText(r, r.nextInt(3));
            String text = randomText(r, 1 + r.nextInt(12));
            String after = randomText(r, r.nextInt(3));
            char[] a = (before + text + after).toCharArray();
            int from = before.length();
            int to = from + text.length();
            same(Phrase.beforeCue(a, from, to), PhraseOracle.beforeCue(text), text);
            same(Phrase.afterCue(a, from, to), PhraseOracle.afterCue(text), text);
        }
    }

    @Test
    void clauseOpenersAsBefore() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(r, 1 + r.nextInt(4));
            assertThat(Phrase.isClauseOpener(text)).as(text).isEqualTo(PhraseOracle.isClauseOpener(text));
            assertThat(Phrase.endsWithName(text)).as(text).isEqualTo(PhraseOracle.endsWithName(text));
        }
    }

    @Test
    void wordTableHoldsTheWordsOfEveryRange() {
        Random r = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(r, 1 + r.nextInt(10));
            int from = r.nextInt(text.length() + 1);
            int to = from + r.nextInt(text.length() - from + 1);
            String range = text.substring(from, to);
            WordTable t = WordTable.of(range);
            assertThat(t.words()).as(range).isEqualTo(Phrase.words(range));
            for (int k = 0; k < t.size(); k++) {
                assertThat(t.word(k)).isEqualTo(range.substring(t.start(k), t.end(k)));
            }
            if (t.size() > 0) {
                int a = r.nextInt(t.size());
                int b = a + r.nextInt(t.size() - a + 1);
                assertThat(t.join(a, b)).isEqualTo(String.join(" ", Phrase.words(range).subList(a, b)));
            }
        }
    }

    @Test
    void wordTableFindsTheFirstWordAtAnIndex() {
        WordTable t = WordTable.of("Jane Roe, a lawyer — said");
        assertThat(t.words()).containsExactly("Jane", "Roe", "a", "lawyer", "said");
        assertThat(t.firstAt(0)).isEqualTo(0);
        assertThat(t.firstAt(1)).isEqualTo(1);
        assertThat(t.firstAt(8)).isEqualTo(2);
        assertThat(t.firstAt(25)).isEqualTo(5);
    }

    @Test
    void wordSetAnswersAsTheSetOfTheCopiedStretch() {
        Set<String> words = Set.of("the", "kelvin", "i", "straße", "σοφια", "ömer", "élise", "r-wis.");
        WordSet set = new WordSet(words);
        Random r = new Random(3);
        List<String> probes = new ArrayList<>(List.of(TOKENS));
        probes.addAll(List.of("THE", "The", "tHe", "\u212Aelvin", "KELVIN", "İ", "I", "STRASSE", "Straße", "ΣΟΦΙΑ",
                "σοφια", "ÖMER", "Élise", "R-Wis.", ""));
        for (String p : probes) {
            String padded = "xx " + p + " yy";
            int from = 3;
            int to = 3 + p.length();
            assertThat(set.hasLower(padded, from, to)).as(p).isEqualTo(words.contains(p.toLowerCase(Locale.ROOT)));
            assertThat(set.has(padded, from, to)).as(p).isEqualTo(words.contains(p));
            char[] chars = padded.toCharArray();
            assertThat(set.hasLower(chars, from, to)).as(p).isEqualTo(words.contains(p.toLowerCase(Locale.ROOT)));
            assertThat(set.has(chars, from, to)).as(p).isEqualTo(words.contains(p));
            // the hashes made once per word, for several sets: the string's own, and -1 past U+00FF
            assertThat(WordSet.hash(chars, from, to)).as(p).isEqualTo(p.hashCode());
            assertThat(WordSet.lowerHash(chars, from, to)).as(p).isEqualTo(p.chars().anyMatch(c -> c >= 0x100) ? -1
                    : p.toLowerCase(Locale.ROOT).hashCode() & 0xFFFFFFFFL);
            assertThat(set.has(chars, from, to, WordSet.hash(chars, from, to))).as(p).isEqualTo(words.contains(p));
            assertThat(set.hasLower(chars, from, to, WordSet.lowerHash(chars, from, to))).as(p)
                    .isEqualTo(words.contains(p.toLowerCase(Locale.ROOT)));
            for (String w : List.of("the", "kelvin", "i", "ing", "ly")) {
                assertThat(WordSet.lowerIs(padded, from, to, w)).as(p + " is " + w)
                        .isEqualTo(p.toLowerCase(Locale.ROOT).equals(w));
                assertThat(WordTable.lowerEndsWith(padded, from, to, w)).as(p + " ends " + w)
                        .isEqualTo(p.toLowerCase(Locale.ROOT).endsWith(w));
                assertThat(WordSet.lowerIs(chars, from, to, w)).as(p + " is " + w)
                        .isEqualTo(p.toLowerCase(Locale.ROOT).equals(w));
                assertThat(WordTable.lowerEndsWith(chars, from, to, w)).as(p + " ends " + w)
                        .isEqualTo(p.toLowerCase(Locale.ROOT).endsWith(w));
            }
            assertThat(WordTable.lowerLength(padded, from, to)).isEqualTo(p.toLowerCase(Locale.ROOT).length());
            assertThat(WordTable.lowerLength(chars, from, to)).isEqualTo(p.toLowerCase(Locale.ROOT).length());
        }
        assertThat(r).isNotNull();
        // "The" = 84, 104, 101; "the" = 116, 104, 101 (31-based, as String.hashCode)
        assertThat(WordSet.hash("The".toCharArray(), 0, 3)).isEqualTo(84049);
        assertThat(WordSet.lowerHash("x The".toCharArray(), 2, 5)).isEqualTo(114801L);
        assertThat(WordSet.lowerHash("İt".toCharArray(), 0, 2)).isEqualTo(-1L);
    }

    @Test
    void aPronounIsToldInAnyCaseAndANameIsNone() {
        for (String p : List.of("he", "She", "THEY", "It", "we", "I", "you", "Who", "which")) {
            assertThat(new Phrase(p, p, List.of()).isPronoun()).as(p).isTrue();
        }
        for (String p : List.of("Hebrew", "Heather Lee", "the minister", "İt", "Ihe", "her", "")) {
            assertThat(new Phrase(p, p, List.of()).isPronoun()).as(p).isFalse();
        }
    }

    @Test
    void rolesAskedInPlaceAsByString() {
        Lexicon lex = Lexicon.get();
        for (String w : TOKENS) {
            String padded = ", " + w + ".";
            assertThat(lex.isRole(padded, 2, 2 + w.length())).as(w).isEqualTo(lex.isRole(w));
            assertThat(lex.isRole(padded.toCharArray(), 2, 2 + w.length())).as(w).isEqualTo(lex.isRole(w));
        }
    }
}
