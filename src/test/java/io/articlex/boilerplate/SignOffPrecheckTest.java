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
}
