package io.articlex.boilerplate;

import io.articlex.rules.Rules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NeedlesTest {

    private static String[] of(String re) {
        return Needles.of(Pattern.compile(re));
    }

    @Test
    void a_list_of_phrases_gives_the_phrases_folded() {
        assertThat(of("(?iu)[^\\n]{0,80}(All Rights Reserved|tous droits réservés|ВСЕ ПРАВА ЗАЩИЩЕНЫ)[^\\n]{0,120}"))
                .containsExactly("all rights reserved", "tous droits réservés", "все права защищены");
        assertThat(new Needles.Text("© 2024 Agence. TOUS DROITS RÉSERVÉS.").containsAny(of("(?iu)[^\\n]{0,80}(all rights reserved|tous droits réservés)"))).isTrue();
        assertThat(new Needles.Text("The rights of the reserve were debated.").containsAny(of("(?iu)[^\\n]{0,80}(all rights reserved|tous droits réservés)"))).isFalse();
    }

    @Test
    void the_longest_required_piece_of_a_sequence_is_chosen() {
        // "news" ... "id": the group of whole words beats the two-letter one
        assertThat(of("(?i)(news|story)\\s?(id|code)\\s?:")).containsExactly("news", "story");
        // a run of literals around zero-width atoms is one run
        assertThat(of("\\bphoto\\b: [A-Z]+")).containsExactly("photo: ");
        assertThat(of("x+yz")).containsExactly("yz");
    }

    @Test
    void what_a_match_may_skip_gives_nothing() {
        assertThat(of("(abc)?\\d+")).isNull();
        assertThat(of("(abc)*\\d+")).isNull();
        assertThat(of("(abc|\\d+)")).isNull(); // one alternative holds no literal
        assertThat(of("(abc|)")).isNull();
        assertThat(of("(?=abc)\\w+")).isNull(); // a lookahead's text may lie beyond the match
        assertThat(of("(?<!abc)\\w+")).isNull();
        assertThat(of("[^\\n]{0,10}")).isNull();
    }

    @Test
    void classes_of_plain_characters_give_each_and_others_none() {
        // inside a run, a class makes one text per character: a lone space would pass nearly every paragraph
        assertThat(of("\\w+ [>›] \\w+")).containsExactly(" > ", " › ");
        assertThat(of("(?i)a[bc]d[ef]")).containsExactly("abde", "abdf", "acde", "acdf");
        assertThat(of("\\w+ [>›]+ \\w+")).containsExactly(" "); // repeated: no longer one character of a run
        assertThat(of("\\w+[>›]\\w+")).containsExactly(">", "›");
        assertThat(of("\\w+[a-z]\\w+")).isNull();
        assertThat(of("\\w+[^>]\\w+")).isNull();
    }

    @Test
    void syntax_the_reader_does_not_know_gives_nothing() {
        assertThat(of("(a)\\1")).isNull();
        assertThat(of("\\x41bc")).isNull();
        assertThat(of("(?x) a b c")).isNull();
        assertThat(Needles.of(Pattern.compile("abc", Pattern.COMMENTS))).isNull();
        assertThat(Needles.of(Pattern.compile("abc", Pattern.LITERAL))).isNull();
        assertThat(of("\uD83D\uDE00 abc")).isNull(); // a supplementary character
    }

    @Test
    void the_pair_bits_never_rule_out_a_run_or_a_character_the_text_holds() {
        Needles.Text t = new Needles.Text("Photo: REUTERS/Jane Doe, ALL Rights reserved ©");
        assertThat(t.mayContain(Needles.fold("reuters/jane"))).isTrue();
        assertThat(t.mayContain(Needles.fold("All rights"))).isTrue();
        assertThat(t.mayContain("©")).isTrue();
        assertThat(t.mayContainAll(new char[] {'P', '/', '©', ','})).isTrue();
        assertThat(t.mayContain("qz")).isFalse();
        assertThat(t.mayContainAll(new char[] {'Q'})).isFalse();
    }

    /** Two characters that matching ignoring case pairs always fold to one: the check never rules a match out. */
    @Test
    void folding_pairs_every_character_the_regex_pairs() {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                continue;
            }
            char f = Needles.fold(ch);
            assertThat(Needles.fold(f)).as("fold of U+%04X is stable", c).isEqualTo(f);
            Pattern p = Pattern.compile(Pattern.quote(String.valueOf(ch)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (char other : new char[] {Character.toUpperCase(ch), Character.toLowerCase(ch), Character.toTitleCase(ch), f}) {
                if (p.matcher(String.valueOf(other)).matches()) {
                    assertThat(Needles.fold(other)).as("U+%04X and U+%04X", c, (int) other).isEqualTo(f);
                }
            }
        }
    }

    /** Every line of the samples that a built-in rule matches holds one of the rule's needles. */
    @Test
    void a_rules_source_and_flags_give_the_needles_of_its_compiled_pattern() {
        int read = 0;
        for (Rules.Kind kind : Rules.Kind.values()) {
            for (Rules.Rule rule : Rules.builtIn().rules(kind)) {
                String[] fromSource = Needles.of(rule.regex(), rule.flags());
                assertThat(fromSource).as(rule.regex()).isEqualTo(Needles.of(rule.pattern()));
                read += fromSource == null ? 0 : 1;
            }
        }
        // inline flags the compiled pattern reports as its own: comments mode gives up either way
        assertThat(Needles.of("(?x)abc|def", 0)).isNull();
        assertThat(Needles.of(java.util.regex.Pattern.compile("(?x)abc|def"))).isNull();
        assertThat(Needles.of("(?i)abc|def", 0)).containsExactly("abc", "def");
        assertThat(read).as("rules with needles").isGreaterThan(5);
    }

    @Test
    void built_in_rules_never_lose_a_match() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt") || x.toString().endsWith(".html")).toList()) {
                for (String line : new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    lines.add(line.strip());
                }
            }
        }
        int withNeedles = 0;
        int matched = 0;
        for (Rules.Kind kind : Rules.Kind.values()) {
            for (Rules.Rule rule : Rules.builtIn().rules(kind)) {
                String[] needles = Needles.of(rule.pattern());
                if (needles == null) {
                    continue;
                }
                withNeedles++;
                for (String line : lines) {
                    if (rule.pattern().matcher(line).find()) {
                        matched++;
                        assertThat(new Needles.Text(line).containsAny(needles)).as("%s on %s", rule.pattern(), line).isTrue();
                    }
                }
            }
        }
        assertThat(withNeedles).isGreaterThan(20);
        assertThat(matched).isGreaterThan(10);
    }
}
