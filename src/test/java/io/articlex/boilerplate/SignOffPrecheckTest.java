package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap checks before the sign-off searches must never rule out a paragraph the regex would match. */
class SignOffPrecheckTest {

    private static final String[] PIECES = {"a", "Bernama", " ", "  ", ".", "(", ")", "(ANI)", "-", "–", "—", "--", "\n",
            "\u2028", "\u0085", "x y", "’", ",", "Emirates News Agency, WAM", "\t", "said.", "(Reuters)"};

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
            if (BoilerplateStage.DASH_SIGN_OFF.matcher(s).find()) {
                dash++;
                assertThat(BoilerplateStage.mayEndInDash(s)).as(s).isTrue();
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
        assertThat(BoilerplateStage.mayEndInDash("The talks resume on Monday.")).isFalse();
        assertThat(BoilerplateStage.mayEndInDash("The talks resume on Monday. -- BERNAMA \n")).isTrue();
    }
}
