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

    /** The filters (literal length, longest span, first character, required characters) must not change which rule a line gets. */
    @Test
    void filteredLineReasonsAgreeWithTryingEveryRule() throws Exception {
        BoilerplateStage.Compiled c = BoilerplateStage.Compiled.BuiltIn.INSTANCE;
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(
                "Bookmark and Share", "Share this article on Facebook", "Follow Iran Press on Twitter",
                "REUTERS", "reuter", "Source: Xinhua", "Leave a reply", "12 comments", "Subscribe now!",
                "The minister said the talks would resume on Monday.", "", "Click here to read more",
                "3 + 4 =", "Your comment:", "Advertisement", "ADVERTISEMENT ", "By John Smith",
                // letters that match an ASCII letter when case is ignored: the long s, the dotless i, the Kelvin sign
                "\u017fhare", "\u0131mage by Jane Doe", "Boo\u212Amark and share", "(ATTN: editors) x",
                "Home > World > Asia", "Reuters » World", "© 2024 Example Media. All rights reserved."));
        for (String name : new String[] {"reuters-dev", "synthetic-dev", "quotes-dev"}) {
            java.nio.file.Path corpus = java.nio.file.Path.of("../shared/corpus", name);
            assertThat(corpus).as("the shared corpus beside the checkout").isDirectory();
            try (var files = java.nio.file.Files.list(corpus)) {
                for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().limit(80).toList()) {
                    lines.addAll(java.nio.file.Files.readString(f).lines().toList());
                }
            }
        }
        int matched = 0;
        for (String line : lines) {
            String expected = null;
            if (line.length() <= 700) {
                for (io.articlex.rules.Rules.Rule r : c.lines) {
                    if (r.pattern().matcher(line).matches()) {
                        if (r.reason().equals("byline") && io.articlex.segment.Prose.words(line) > 16
                                && !line.toLowerCase(java.util.Locale.ROOT).contains(" is a")) {
                            continue;
                        }
                        expected = r.reason();
                        break;
                    }
                }
            }
            assertThat(c.lineReason(line)).as(line).isEqualTo(expected);
            if (expected != null) {
                matched++;
            }
        }
        assertThat(matched).as("lines that some rule matches").isGreaterThan(8);
    }
}
