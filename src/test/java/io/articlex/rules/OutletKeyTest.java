package io.articlex.rules;

import io.articlex.Corpora;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OutletTable#key} is the regex definition it replaced, character for character. */
class OutletKeyTest {

    private static String byRegex(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\u0640\\u064B-\\u065F\\u0670]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void everyCharacterAloneAndBetweenWords() {
        for (int cp = 0; cp < 0x30000; cp++) {
            if (cp >= 0x3400 && cp < 0xF900 || cp >= 0x10000 && cp < 0x1D000 && cp % 7 != 0) {
                continue; // the big CJK and private-use blocks are one category each; sample the rest
            }
            String c = Character.toString(cp);
            for (String s : new String[] {c, "Iran " + c + "Press", c + c + " x" + c, "AB" + c}) {
                assertThat(OutletTable.key(s)).as("U+%04X", cp).isEqualTo(byRegex(s));
            }
        }
        for (String s : new String[] {"", "  ", "--", " Reuters ", "(IRNA)", "Xinhua/Reuters", "NNN-SPA", "İstanbul",
                "ΑΘΗΝΑ", "a\uD800b", "\uDC00", "x\uD83D\uDE00y", "Fars News Agency.", "1st  2nd"}) {
            assertThat(OutletTable.key(s)).as(s).isEqualTo(byRegex(s));
        }
    }

    @Test
    void corpusLinesGiveTheRegexKey() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String corpus : List.of("reuters-dev", "synthetic-dev", "quotes-dev")) {
            try (var files = Files.list(Corpora.corpus(corpus))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().limit(60).toList()) {
                    lines.addAll(Files.readString(f).lines().toList());
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        for (String s : lines) {
            assertThat(OutletTable.key(s)).as(s).isEqualTo(byRegex(s));
        }
    }

    /** The key given up past a length is null only when the whole key is longer; else it is the key. */
    @Test
    void aKeyCutAtTheLongestIsTheKeyOrNull() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "Reuters", "  The  Associated Press ", "Agence France-Presse (AFP)",
                "Fars News Agency. Fars News Agency.", "Kyiv Independent \u2014 Kyiv", "1st  2nd"));
        try (var files = Files.list(Corpora.corpus("synthetic-dev"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().limit(30).toList()) {
                lines.addAll(Files.readString(f).lines().toList());
            }
        }
        int cut = 0;
        for (String s : lines) {
            String whole = byRegex(s);
            for (int max : new int[] {0, 1, 7, 20, 40, 64}) {
                String k = OutletTable.key(s, max);
                if (k == null) {
                    cut++;
                    assertThat(whole.length()).as("%s within %d", s, max).isGreaterThan(max);
                } else {
                    assertThat(k).as(s).isEqualTo(whole);
                    boolean ascii = s.chars().allMatch(c -> c < 0x80);
                    assertThat(!ascii || whole.length() <= max).as("%s: an ASCII text past %d is given up", s, max).isTrue();
                }
            }
        }
        assertThat(cut).isGreaterThan(100);
        OutletTable outlets = RuleSet.builtIn().outlets();
        assertThat(outlets.isKnown("REUTERS")).isTrue();
        assertThat(outlets.isKnown("Agence France-Presse")).isTrue();
        assertThat(outlets.isKnown("Agence France-Presse said on Monday that its reporters had left the city")).isFalse();
    }

    /** Arabic vowel marks and the tatweel are optional in print: a name written with them is the same name. */
    @Test
    void arabicVowelMarksDoNotChangeTheKey() {
        assertThat(OutletTable.key("العُمانية")).isEqualTo(OutletTable.key("العمانية"));
        assertThat(OutletTable.key("بـنـا")).isEqualTo(OutletTable.key("بنا"));
        assertThat(RuleSet.builtIn().outlets().isKnown("العُمانية")).isTrue();
    }
}
