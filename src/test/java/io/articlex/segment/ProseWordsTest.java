package io.articlex.segment;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ProseWordsTest {

    @Test
    void countsWhatTheRegexCounts() {
        Pattern word = Pattern.compile("\\S+");
        for (String s : new String[] {"", "  ", "one", " two  words ", "tab\tand\nnew\u000Bline\fform\rfeed",
                "no\u00A0break space stays one word", "«Да», — сказал он.",
                // chars past Latin-1 whose low byte is a space's or a tab's: letters, not spaces
                "a\u2020b \u0120x\u0109y\u0D0A\u200Dz \u0A0D", "\u201CIt is,\u201D he said \u2014 twice."}) {
            assertThat(Prose.words(s)).as(s).isEqualTo((int) word.matcher(s).results().count());
        }
    }

    @Test
    void cappedCountIsTheCountUpToTheCap() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String s = b.toString();
            for (int cap : new int[] {0, 1, 4, 30, 31}) {
                assertThat(Prose.wordsUpTo(s, cap)).as(s + " cap " + cap).isEqualTo(Math.min(cap, Prose.words(s)));
            }
            b.append(i % 3 == 0 ? " w\t" : i % 5 == 0 ? "\u2020\u0120 \u201Cq\u201D" : "word\n ");
        }
    }

    @Test
    void regexSpaceIsTheRegexClass() {
        Pattern space = Pattern.compile("\\s");
        for (char c = 0; c < 0x3000; c++) {
            assertThat(Prose.isRegexSpace(c)).as("U+%04X", (int) c).isEqualTo(space.matcher(String.valueOf(c)).matches());
        }
    }

    /** Lines either side of 59 chars, with and without a sentence's end: a short line is prose only when it ends one. */
    @Test
    void bodyLikeAroundTheShortestThirtyWords() {
        String thirty = "a ".repeat(29) + "a"; // 59 chars, 30 words
        assertThat(thirty).hasSize(59);
        assertThat(Prose.bodyLike(thirty)).isTrue();
        assertThat(Prose.bodyLike(thirty.substring(2))).isFalse();
        assertThat(Prose.bodyLike("The talks resumed in Geneva on Tuesday.")).isTrue();
        assertThat(Prose.bodyLike("The talks resumed in Geneva on Tuesday")).isFalse();
        assertThat(Prose.bodyLike("Talks resume.")).isFalse();
        assertThat(Prose.bodyLike("Did the talks resume in Geneva?")).isFalse();
        assertThat(Prose.bodyLike("TALKS RESUME IN GENEVA ON TUESDAY.")).isFalse();
    }

    /** The ASCII ranges of isUpperCase answer as Character.isLowerCase, isUpperCase and isTitleCase do, for every char. */
    @Test
    void upperCaseAsTheCharacterTablesSay() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            for (String s : new String[] {String.valueOf(ch), "AB" + ch + "C", ch + " 12"}) {
                boolean lower = false;
                boolean capital = false;
                for (int i = 0; i < s.length(); i++) {
                    lower |= Character.isLowerCase(s.charAt(i));
                    capital |= Character.isUpperCase(s.charAt(i)) || Character.isTitleCase(s.charAt(i));
                }
                assertThat(Prose.isUpperCase(s)).as("U+%04X", c).isEqualTo(!lower && capital);
            }
        }
    }

    /**
     * A script without case is neither capitals nor lower case: an Arabic or Hebrew sentence ending in a
     * full stop is prose, not an all-capital wire title, and a headline in it does not end in one.
     */
    @Test
    void caselessScriptsAreNotAllCapitals() {
        String arabic = "أعلنت الوزارة اليوم "
                + "انطلاق حملة قومية.";
        String hebrew = "משרד הבריאות הודיע "
                + "היום על מבצע.";
        for (String s : new String[] {arabic, hebrew}) {
            assertThat(Prose.isUpperCase(s)).as(s).isFalse();
            assertThat(Prose.bodyLike(s)).as(s).isTrue();
            assertThat(Prose.headlineLike(s)).as(s).isFalse();
            assertThat(Prose.headlineLike(s.substring(0, s.length() - 1))).as(s).isTrue();
        }
        assertThat(Prose.isUpperCase("أعلنت NATO")).isTrue();
        assertThat(Prose.isUpperCase("МОСКВА")).isTrue();
    }
}
