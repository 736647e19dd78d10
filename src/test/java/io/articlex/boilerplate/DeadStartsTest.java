package io.articlex.boilerplate;

import io.articlex.rules.Rules;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DeadStartsTest {

    @Test
    void a_regex_that_fails_within_the_first_two_characters_is_skipped_for_that_opening() {
        DeadStarts code = new DeadStarts(Pattern.compile("\\p{Lu}{2,6}\\d{3,5}( [\\p{Lu}\\d]{1,6}){1,6}(?: /)?"), true);
        assertThat(code.rulesOut("The minister said on Tuesday")).isTrue(); // "h" is no capital
        assertThat(code.rulesOut("The index rose")).isTrue(); // learned: the same answer
        assertThat(code.rulesOut("AB1234 CD EF")).isFalse(); // a code line: the regex must run
        assertThat(code.rulesOut("ABC")).isFalse(); // "AB" can open a match
        assertThat(code.rulesOut("T")).isFalse(); // too short to tell
        assertThat(code.rulesOut("Éd 1234")).isFalse(); // past ASCII: not learned

        DeadStarts image = new DeadStarts(Pattern.compile("[A-Za-z]?\\d{5,40}[\\w-]{0,40}\\.(jpe?g|png|gif|webp)"), false);
        assertThat(image.rulesOut("The company said.")).isTrue();
        assertThat(image.rulesOut("a123456.jpgThe company said.")).isFalse();
        assertThat(image.rulesOut("12345678.pngThe company said.")).isFalse();

        // a whole-line rule shorter than the opening: no longer text matches it either
        DeadStarts one = new DeadStarts(Pattern.compile("H"), true);
        assertThat(one.rulesOut("HD")).isTrue();
        // a word boundary or a lookahead at the end of the pair reads past it: not dead
        assertThat(new DeadStarts(Pattern.compile("ab\\b.*"), true).rulesOut("ab c")).isFalse();
        assertThat(new DeadStarts(Pattern.compile("ab(?=c).*"), true).rulesOut("abc")).isFalse();
    }

    /**
     * Every built-in line, prefix and marker rule: a text the rule matches never opens with a pair its
     * table calls dead, over texts glued from pieces of rules and of ordinary lines (thousands match).
     */
    @Test
    void no_text_a_built_in_rule_matches_opens_with_a_dead_pair() {
        BoilerplateStage.Compiled c = new BoilerplateStage.Compiled(Rules.builtIn());
        List<String> pieces = new ArrayList<>(List.of("Reporting by ", "Editing by ", "All rights reserved", "(Reuters)",
                "Photo: ", "AP Photo", "Copyright ", "© 2024 ", "Read more", "READ MORE: ", "Related: ", "Follow us on ",
                " > ", " › ", "Sign up", "Subscribe", "Advertisement", "the ", "said ", "on Tuesday", ". ", ", ", "Jo Lin",
                "LONDON", "By ", "BY ", "Von ", "Por ", "Staff ", "and ", "Updated ", "12:30 GMT", "2024", "AB1234", " CD",
                " EF", " /", "12345678", "a1234567", ".jpg", ".png", "_large", "www.", "example", ".com", "/ ", "Getty Images",
                "File photo", "Image: ", "Credit: ", "Source: ", "Tags: ", "SLUG: ", "KEYWORDS: ", "WORD COUNT: ", "HD", "IN",
                "Eds: ", "EDS: ", "(", ")", "[", "]", "|", "»", "•", "@", "#", "Reuter", "REUTER", "ID: ", "Code: 12", "Shr ",
                "Full Story", "W12 ", "Iran PressIran News:", "(MENAFN- ", "Kuwait News Agency (KUNA))", "dpa ", "EFE ",
                "mrb/ja", "PTI ", "ABC DEF", "Lire aussi", "Mehr zum Thema", "Читайте также", "جميع الحقوق محفوظة", "Home", "News"));
        Random r = new Random(15);
        int matched = 0;
        for (int j = 0; j < 12000; j++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(5); k > 0; k--) {
                sb.append(pieces.get(r.nextInt(pieces.size())));
            }
            String p = sb.toString().strip();
            if (p.length() < 2) {
                continue;
            }
            String opening = p.substring(0, 2);
            matched += check(c.lines, p, opening, true);
            matched += check(c.prefixes, p, opening, false);
            matched += check(c.markers, p, opening, true);
        }
        assertThat(matched).isGreaterThan(1000);
    }

    private static int check(List<Rules.Rule> rules, String p, String opening, boolean whole) {
        int matched = 0;
        for (Rules.Rule rule : rules) {
            java.util.regex.Matcher m = rule.pattern().matcher(p);
            if (whole ? m.matches() : m.lookingAt()) {
                matched++;
                assertThat(DeadStarts.dead(rule.pattern(), opening, whole)).as(rule.regex() + " on " + p).isFalse();
            }
        }
        return matched;
    }
}
