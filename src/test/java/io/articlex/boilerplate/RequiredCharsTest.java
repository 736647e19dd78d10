package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredCharsTest {

    private static java.util.Set<Character> of(String re) {
        return RequiredChars.of(Pattern.compile(re));
    }

    @Test
    void caption_shapes_require_their_punctuation() {
        assertThat(of("[^\\n]{0,400}\\(\\p{Lu}[\\p{L} .-]{0,30}/ ?\\p{Lu}[^()\\n]{0,50}\\)( Photo Gallery)?"))
                .containsExactlyInAnyOrder('(', '/', ')');
        assertThat(of("[^\\n]{0,400}\\[\\p{Lu}[^\\[\\]\\n]{0,40}/ ?\\p{Lu}[^\\[\\]\\n]{0,50}\\]"))
                .containsExactlyInAnyOrder('[', '/', ']');
        // a group counts with what all its alternatives share
        assertThat(of("[^\\n]{0,400}\\b(AP Photo|PTI Photo)")).containsExactlyInAnyOrder('P', 'h', 'o', 't', ' ');
    }

    @Test
    void optional_and_non_literal_atoms_require_nothing() {
        assertThat(of("a?b*c{0,3}(d)?[e]\\s.")).isEmpty();
        assertThat(of("x{1,3}y+")).containsExactlyInAnyOrder('x', 'y');
        assertThat(of("(?<=z)q")).containsExactly('q');
        assertThat(of("a|b")).isEmpty();
    }

    @Test
    void ignoring_case_keeps_ascii_letters_as_either_case_and_drops_the_rest() {
        // i, k and s are dropped: the dotless i, the Kelvin sign and the long s fold to them
        assertThat(of("(?i)photos kit: /x")).containsExactlyInAnyOrder('P', 'H', 'O', 'T', ':', ' ', '/', 'X');
        assertThat(RequiredChars.of(Pattern.compile("Ab/é", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .containsExactlyInAnyOrder('A', 'B', '/');
        assertThat(of("a(?i:b)c")).containsExactlyInAnyOrder('a', 'B', 'C');
        assertThat(RequiredChars.containsAll("all RIGHTS", new char[] {'A', 'R', ' '})).isTrue();
        assertThat(RequiredChars.containsAll("all", new char[] {'A', 'x'})).isFalse();
    }

    @Test
    void only_the_listed_ascii_letters_match_non_ascii_characters_ignoring_case() {
        for (char a = 'a'; a <= 'z'; a++) {
            if (RequiredChars.FOLDED_FROM_NON_ASCII.indexOf(a) >= 0) {
                continue;
            }
            for (String letter : new String[] {String.valueOf(a), String.valueOf(Character.toUpperCase(a))}) {
                Pattern one = Pattern.compile(letter, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                for (char c = 128; c < Character.MAX_VALUE; c++) {
                    if (!Character.isSurrogate(c) && one.matcher(String.valueOf(c)).matches()) {
                        throw new AssertionError(letter + " matches U+" + Integer.toHexString(c) + " ignoring case");
                    }
                }
            }
        }
    }

    @Test
    void unsupported_syntax_gives_up() {
        assertThat(of("\\Qa/b\\E")).isEmpty();
        assertThat(of("(?x) a / b")).isEmpty();
        assertThat(of("[a[b]]/")).isEmpty();
        assertThat(RequiredChars.of(Pattern.compile("a/b", Pattern.COMMENTS))).isEmpty();
    }

    @Test
    void every_match_contains_the_required_characters() {
        String[][] cases = {
                {"[^\\n]{0,400}\\(\\p{Lu}[\\p{L} .-]{0,30}/ ?\\p{Lu}[^()\\n]{0,50}\\)( Photo Gallery)?",
                        "Protesters march in the capital (Jane Doe/Agency) Photo Gallery"},
                {"[^\\n]{0,400}\\s/\\s\\p{Lu}[\\p{L} .'’-]{1,40}\\s?\\([A-Z]{2,6}\\)", "Crowds gather / Jane Doe (AB)"},
                {"[^\\n]{0,400}\\b(Photo Gallery|PTI Photo|UNI Photo)", "Leaders meet in Delhi. PTI Photo"},
        };
        for (String[] c : cases) {
            assertThat(Pattern.compile(c[0]).matcher(c[1]).matches()).as(c[1]).isTrue();
            for (char r : RequiredChars.of(Pattern.compile(c[0]))) {
                assertThat(c[1]).contains(String.valueOf(r));
            }
        }
    }
}
