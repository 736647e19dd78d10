package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralLengthTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void quotedLiteralsHaveOneLengthAndEverythingElseNone() {
        assertThat(BoilerplateStage.Compiled.literalLength(Pattern.compile(Pattern.quote("Source: Xinhua"), CI))).isEqualTo(14);
        assertThat(BoilerplateStage.Compiled.literalLength(Pattern.compile(Pattern.quote("// انتهى //"), CI))).isEqualTo(11);
        assertThat(BoilerplateStage.Compiled.literalLength(Pattern.compile("(?i)bookmark and share"))).isEqualTo(-1);
        assertThat(BoilerplateStage.Compiled.literalLength(Pattern.compile(Pattern.quote("a\\Eb"), CI))).isEqualTo(-1);
        assertThat(BoilerplateStage.Compiled.literalLength(Pattern.compile(Pattern.quote("x"), Pattern.MULTILINE))).isEqualTo(-1);
    }

    @Test
    void theLengthGuardAgreesWithTheMatcher() {
        Pattern p = Pattern.compile(Pattern.quote("REUTERS"), CI);
        for (String s : new String[] {"reuters", "Reuters", "REUTERS ", " REUTERS", "REUTER"}) {
            boolean byLength = BoilerplateStage.Compiled.literalLength(p) == s.length();
            assertThat(p.matcher(s).matches()).as(s).isEqualTo(byLength && s.equalsIgnoreCase("reuters"));
            if (p.matcher(s).matches()) {
                assertThat(byLength).isTrue();
            }
        }
    }
}
