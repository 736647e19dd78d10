package io.articlex.rules;

import io.articlex.Corpora;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OutletTable#mentionIn} tries each text position with only the forms whose first character can
 * match there; it must find what the whole alternation's {@code find()} finds, on every input.
 */
class OutletMentionTest {

    private final OutletTable table = OutletTable.builtIn();

    @Test
    void sameMentionAsTheWholeAlternationOnCorpusLinesAndFormsInContext() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "AP", "ap", "Reuters", "(AFP) -", "told Tasnim.", "x"));
        for (String corpus : List.of("reuters-dev", "synthetic-dev", "quotes-dev", "multilingual-dev")) {
            try (var files = Files.list(Corpora.corpus(corpus))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readString(f).split("\n")) {
                        texts.add(line.strip());
                    }
                }
            }
        }
        for (String w : forms()) {
            texts.add(w);
            texts.add(w.toUpperCase(Locale.ROOT));
            texts.add(w.toLowerCase(Locale.ROOT));
            texts.add("Reporting by " + w + "; editing by " + w.toLowerCase(Locale.ROOT) + " Desk");
            texts.add("x" + w + " (" + w + ")-" + w + "s " + w);
        }
        int found = 0;
        for (String t : texts) {
            assertThat(table.mentionIn(t)).as(t).isEqualTo(table.mentionInWhole(t));
            found += table.mentionIn(t).isPresent() ? 1 : 0;
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void aCodeInCapitalsWrittenInLowerCaseIsNoMention() {
        assertThat(table.mentionIn("c'est-à-dire une hausse")).isEmpty();
        assertThat(table.mentionIn("(Pdi/ DIRE)").map(m -> m.outlet().code())).contains("DIRE");
        assertThat(table.mentionIn("red/dpa").map(m -> m.outlet().code())).contains("dpa");
    }

    @Test
    void anOutletsCreditWithTheWireItDrewOn() {
        assertThat(table.wireCredit("Le Monde avec AFP")).isTrue();
        assertThat(table.wireCredit("Le Monde avec les habitants")).isFalse();
        assertThat(OutletTable.creditJoin("SPIEGEL mit dpa")).containsExactly(7, 12);
        assertThat(OutletTable.creditJoin("Ferry strike ends")).isNull();
    }

    /**
     * {@link OutletTable#firstOfEach} gives what {@code indexOf} gives for each word, on text made of
     * the words' pieces (words inside words, at the start, at the end, overlapping); and the first join
     * wins, one at index 0 not counting.
     */
    @Test
    void firstOfEachIsIndexOfForEachWord() {
        String[] words = {" with ", " avec ", " mit ", " con ", " com ", " met ", " ile ", " Por ", " By "};
        long[] seconds = OutletTable.secondChars(words);
        String[] pieces = {" with ", " avec", " mit ", " co", "n ", "m ", " met", " ile ", " Por ", " By", " ", "x", "w", "ith",
                "By ", "Wi", "é", "\u00a0", " m"};
        java.util.Random r = new java.util.Random(15);
        for (int j = 0; j < 20000; j++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(9); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            int[] got = OutletTable.firstOfEach(s, words, seconds);
            for (int k = 0; k < words.length; k++) {
                assertThat(got[k]).as(s + " / " + words[k]).isEqualTo(s.indexOf(words[k]));
            }
        }
        assertThat(OutletTable.creditJoin("Daily Sabah with AA met with AFP")).containsExactly(11, 17);
        assertThat(OutletTable.creditJoin(" with Le Monde avec AFP")).containsExactly(14, 20);
        assertThat(OutletTable.creditJoin("Le Monde with")).isNull();
    }

    /** Every first character, swapped for each character of the Latin, Greek and Cyrillic blocks and the case oddities. */
    @Test
    void sameMentionWhateverTheFirstCharacter() {
        Map<Character, String> byFirst = new LinkedHashMap<>();
        for (String w : forms()) {
            byFirst.putIfAbsent(w.charAt(0), w);
        }
        List<Character> chars = swapChars();
        int found = 0;
        for (String w : byFirst.values()) {
            for (char c : chars) {
                String t = "- " + c + w.substring(1) + " -";
                assertThat(table.mentionIn(t)).as(t).isEqualTo(table.mentionInWhole(t));
                found += table.mentionIn(t).isPresent() ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(byFirst.size());
    }

    /** Every second character, swapped as the first is above: the second-character test must agree with the whole alternation. */
    @Test
    void sameMentionWhateverTheSecondCharacter() {
        List<Character> chars = swapChars();
        int found = 0;
        int forms = 0;
        for (String w : forms()) {
            if (w.length() < 2 || forms++ % 7 != 0) {
                continue; // a seventh of the forms: each swap is a whole-alternation search
            }
            for (char c : chars) {
                String t = "- " + w.charAt(0) + c + w.substring(2) + " -";
                assertThat(table.mentionIn(t)).as(t).isEqualTo(table.mentionInWhole(t));
                found += table.mentionIn(t).isPresent() ? 1 : 0;
            }
            String end = "- " + w.charAt(0);
            assertThat(table.mentionIn(end)).as(end).isEqualTo(table.mentionInWhole(end));
        }
        assertThat(found).isGreaterThan(forms / 7);
    }

    private static List<String> forms() {
        List<String> forms = new ArrayList<>();
        for (Rules.Outlet o : Rules.builtIn().outlets()) {
            if (o.code() != null) {
                forms.add(o.code());
            }
            forms.add(o.name());
            forms.addAll(o.aliases());
        }
        forms.removeIf(String::isEmpty);
        return forms;
    }

    /** The characters swapped in: the Latin, Greek and Cyrillic blocks, and the case oddities past them. */
    private static List<Character> swapChars() {
        List<Character> chars = new ArrayList<>();
        for (char c = 0; c < 0x530; c++) {
            chars.add(c);
        }
        for (char c : "\u1E9E\u212A\u212B\u2126\u0130\u0131\u017F\u01C5\u03C2\uFB00\u0600\u0627\u0645\u05D0".toCharArray()) {
            chars.add(c);
        }
        return chars;
    }
}
