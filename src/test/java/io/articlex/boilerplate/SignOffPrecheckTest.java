package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap checks before the sign-off searches must never rule out a paragraph the regex would match. */
class SignOffPrecheckTest {

    private static final String[] PIECES = {"a", "Bernama", " ", "  ", ".", "(", ")", "(ANI)", "-", "–", "—", "--", "\n",
            "\u2028", "\u0085", "x y", "’", ",", "Emirates News Agency, WAM", "\t", "said.", "(Reuters)", "4", "\"", "'",
            "\uD835\uDC00", "é", "\u0301", ":", "\r\n"};

    @Test
    void the_prechecks_pass_every_paragraph_the_sign_off_patterns_find() {
        Random random = new Random(20261125);
        int paren = 0;
        int dash = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder p = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                p.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = p.toString();
            if (BoilerplateStage.PAREN_SIGN_OFF.matcher(s).find()) {
                paren++;
                assertThat(BoilerplateStage.mayEndInParens(s)).as(s).isTrue();
            }
            java.util.regex.Matcher whole = BoilerplateStage.DASH_SIGN_OFF.matcher(s);
            int from = BoilerplateStage.dashSignOffFrom(s);
            if (whole.find()) {
                dash++;
                assertThat(from).as(s).isBetween(0, whole.start());
                // the search from there finds the same credit
                java.util.regex.Matcher part = BoilerplateStage.DASH_SIGN_OFF.matcher(s).region(from, s.length())
                        .useAnchoringBounds(false);
                assertThat(part.find()).as(s).isTrue();
                assertThat(part.start()).as(s).isEqualTo(whole.start());
                assertThat(part.group("who")).as(s).isEqualTo(whole.group("who"));
            } else {
                assertThat(from < 0 || !BoilerplateStage.DASH_SIGN_OFF.matcher(s).region(from, s.length())
                        .useAnchoringBounds(false).find()).as(s).isTrue();
            }
        }
        assertThat(paren).as("paragraphs ending in a credit in parentheses").isGreaterThan(1000);
        assertThat(dash).as("paragraphs ending in a dashed credit").isGreaterThan(1000);
    }

    @Test
    void the_prechecks_rule_out_ordinary_endings() {
        assertThat(BoilerplateStage.mayEndInParens("The talks resume on Monday.")).isFalse();
        assertThat(BoilerplateStage.mayEndInParens("The talks (in Geneva) resume on Monday.")).isFalse();
        assertThat(BoilerplateStage.mayEndInParens("The talks resume on Monday. (ANI) \u2028")).isTrue();
        assertThat(BoilerplateStage.dashSignOffFrom("The talks resume on Monday.")).isEqualTo(-1);
        assertThat(BoilerplateStage.dashSignOffFrom("The talks resume on Monday. -- BERNAMA \n")).isEqualTo(27);
        // a clause dash with a figure or a quote mark after it opens no credit
        assertThat(BoilerplateStage.dashSignOffFrom("Output rose - by 4.5 pct in March.")).isEqualTo(-1);
        assertThat(BoilerplateStage.dashSignOffFrom("The plan - he said - \"will work.\"")).isEqualTo(-1);
        assertThat(BoilerplateStage.dashSignOffFrom("The plan - he said - will work.")).isEqualTo(8);
    }

    private static final String[] TAIL_PIECES = {"a", " ", "  ", ".", "said.", "Reuter", "REUTER", "reuter", "NNN", "N",
            "(end)", "(END)", " ahm", "©", "© ", "AFP", "Copyright ", "2024", "(c) ", "RIPRODUZIONE RISERVATA",
            "all rights reserved", "/ ", "/", "AB", "Reute", "NN", "\n", "\u00a0", "\t", "”", "Fin", "Lusa/fim", "x y"};

    /**
     * The shortcuts of the outlet sign-off rules at a paragraph's end (a literal found without a search, a
     * rule skipped when the end lacks its needles) give the place the rule's own search gives, or none
     * when it finds none, for every built-in suffix rule.
     */
    @Test
    void suffix_shortcuts_agree_with_the_search_of_every_built_in_rule() {
        BoilerplateStage.Compiled c = BoilerplateStage.Compiled.BuiltIn.INSTANCE;
        Random random = new Random(20261207);
        int found = 0;
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder p = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int k = 0; k < pieces; k++) {
                p.append(TAIL_PIECES[random.nextInt(TAIL_PIECES.length)]);
            }
            String s = p.toString();
            Needles.Text tail = new Needles.Text(s.substring(Math.max(0, s.length() - c.suffixNeedleReach)));
            for (int i = 0; i < c.suffixes.size(); i++) {
                java.util.regex.Matcher m = c.suffixes.get(i).pattern().matcher(s);
                int at = -1;
                while (m.find()) {
                    if (m.end() == s.length()) {
                        at = m.start();
                        break;
                    }
                }
                if (at >= 0) {
                    found++;
                    if (c.suffixNeedles[i] != null) {
                        assertThat(tail.containsAny(c.suffixNeedles[i])).as(s).isTrue();
                    }
                }
                String literal = c.suffixLiteral[i];
                if (literal != null && c.suffixPlain[i]
                        && s.regionMatches(true, s.length() - literal.length(), literal, 0, literal.length())) {
                    int fast = BoilerplateStage.literalSuffixStart(s, literal, c.suffixes.get(i).pattern());
                    if (fast != -2) { // -2: the caller searches
                        assertThat(fast).as(literal + " in " + s).isEqualTo(at);
                        plain++;
                    }
                }
            }
        }
        assertThat(found).as("paragraphs ending in a sign-off").isGreaterThan(1000);
        assertThat(plain).as("paragraphs ending in an outlet's literal sign-off").isGreaterThan(1000);
    }

    @Test
    void a_literal_at_the_end_is_found_without_a_search_unless_a_match_could_end_inside_it() {
        java.util.regex.Pattern reuter = java.util.regex.Pattern.compile("\\s*\\QReuter\\E", java.util.regex.Pattern.CASE_INSENSITIVE);
        assertThat(BoilerplateStage.literalSuffixStart("Wheat rose.  Reuter", "Reuter", reuter)).isEqualTo(11);
        // the search takes "ReuteR" first and then finds none at the end: searched for, not guessed
        assertThat(BoilerplateStage.literalSuffixStart("Wheat rose. ReuteReuter", "Reuter", reuter)).isEqualTo(-2);
        assertThat(BoilerplateStage.Compiled.plainLiteral("Reuter")).isTrue();
        assertThat(BoilerplateStage.Compiled.plainLiteral(" Reuter")).isFalse();
    }
}
