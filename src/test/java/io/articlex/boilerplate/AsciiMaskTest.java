package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The masked required-character check of the prefix rules answers as {@link RegexFacts#containsAll} does. */
class AsciiMaskTest {

    @Test
    void agreesWithTheSearchOnMixedTexts() {
        Random r = new Random(11);
        String alphabet = "aAbBzZ:;,.- \u00e9\u00c9\u0130\u0131\u2019\u017f\u212a\u007f\u0000";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder t = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                t.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            char[] required = new char[1 + r.nextInt(3)];
            for (int i = 0; i < required.length; i++) {
                required[i] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            String text = t.toString();
            assertThat(BoilerplateStage.containsAll(text, BoilerplateStage.asciiMask(text), required))
                    .as("%s / %s", text, new String(required))
                    .isEqualTo(RegexFacts.containsAll(text, required));
        }
    }
}
