package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RegexFactsTest {

    private static java.util.Set<Character> of(String re) {
        return RegexFacts.of(Pattern.compile(re)).required();
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
        assertThat(RegexFacts.of(Pattern.compile("Ab/é", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).required())
                .containsExactlyInAnyOrder('A', 'B', '/');
        assertThat(of("a(?i:b)c")).containsExactlyInAnyOrder('a', 'B', 'C');
        assertThat(RegexFacts.containsAll("all RIGHTS", new char[] {'A', 'R', ' '})).isTrue();
        assertThat(RegexFacts.containsAll("all", new char[] {'A', 'x'})).isFalse();
    }

    @Test
    void the_folding_table_lists_every_non_ascii_character_that_matches_an_ascii_letter_ignoring_case() {
        for (char a = 'a'; a <= 'z'; a++) {
            StringBuilder found = new StringBuilder();
            Pattern one = Pattern.compile(String.valueOf(a), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (char c = 128; c < Character.MAX_VALUE; c++) {
                if (!Character.isSurrogate(c) && one.matcher(String.valueOf(c)).matches()) {
                    found.append(c);
                }
            }
            assertThat(found.toString()).as("non-ASCII matches of " + a).isEqualTo(RegexFacts.FOLDED.getOrDefault(a, ""));
        }
        // and no supplementary character case-maps into the BMP, so a literal letter spans one char
        for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.toUpperCase(cp) < 0x10000 || Character.toLowerCase(cp) < 0x10000) {
                throw new AssertionError("U+" + Integer.toHexString(cp) + " case-maps into the BMP");
            }
        }
    }

    private static int max(String re) {
        return RegexFacts.of(Pattern.compile(re)).maxLength();
    }

    private static String first(String re) {
        return sorted(RegexFacts.of(Pattern.compile(re)).first());
    }

    private static String last(String re) {
        return sorted(RegexFacts.of(Pattern.compile(re)).last());
    }

    /** The characters in order, or null (any). */
    private static String sorted(String chars) {
        if (chars == null) {
            return null;
        }
        char[] sorted = chars.toCharArray();
        java.util.Arrays.sort(sorted);
        return new String(sorted);
    }

    @Test
    void the_longest_span_counts_code_points_as_two_chars_except_literals() {
        assertThat(max("abc")).isEqualTo(3);
        assertThat(max("a[bc]d")).isEqualTo(4); // the class may match a supplementary character
        assertThat(max("(?i)share( this)?( article| story)?:?")).isEqualTo(5 + 5 + 8 + 1);
        assertThat(max("[^\\n]{0,40}x")).isEqualTo(81);
        assertThat(max("\\bx\\b(?=yy)(?<=x)^$")).isEqualTo(1); // zero-width atoms span nothing
        assertThat(max("(?<name>ab){2}")).isEqualTo(4);
        assertThat(max("(?i)é")).isEqualTo(2);
        assertThat(max("é")).isEqualTo(1);
        assertThat(max("a+")).isEqualTo(RegexFacts.UNBOUNDED);
        assertThat(max("a{2,}")).isEqualTo(RegexFacts.UNBOUNDED);
        assertThat(max("(a)\\1")).isEqualTo(RegexFacts.UNBOUNDED); // back-reference: not read
        assertThat(max("\\Qab\\E")).isEqualTo(2); // quoted literals, as the outlet rules are written
        assertThat(max("\\Qab\\E+")).isEqualTo(RegexFacts.UNBOUNDED); // the quantifier binds "b" only: not read
        assertThat(first("(?i)\\Qreuter\\E")).isEqualTo("Rr");
        assertThat(max("(?:\\b)*x")).isEqualTo(1);
    }

    @Test
    void first_characters_come_from_the_atoms_that_can_open_a_match() {
        assertThat(first("abc")).isEqualTo("a");
        assertThat(first("\\(?end")).isEqualTo("(e");
        assertThat(first("(?i)(no|yes) ")).isEqualTo("NYny");
        assertThat(first("(?i)kit|sky|is")).isEqualTo("IKSiks\u0130\u0131\u017f\u212a");
        assertThat(first("(?<=x)\\b-x")).isEqualTo("-");
        assertThat(first("a?b*c")).isEqualTo("abc");
        assertThat(first("[ab]c")).isNull();
        assertThat(first("(?i)é")).isNull();
        assertThat(first("\\p{Lu}x")).isNull();
    }

    @Test
    void last_characters_come_from_the_atoms_that_can_close_a_match() {
        assertThat(last("[^\\n]{0,400}\\b(Photo Gallery|AP Photo)")).isEqualTo("oy");
        assertThat(last("x\\(end\\)?")).isEqualTo(")d");
        assertThat(last("(?i)share(?=x)\\b$")).isEqualTo("Ee");
        assertThat(last("(?i)news")).isEqualTo("Ssſ");
        assertThat(last("ab[cd]")).isNull();
    }

    private static RegexFacts.Run run(String re) {
        return RegexFacts.of(Pattern.compile(re)).run();
    }

    @Test
    void the_run_is_the_longest_literal_text_of_the_top_level_sequence() {
        assertThat(run("\\p{Lu}[\\p{L} ]{2,40} is an? (\\p{L}+ ){0,3}(reporter|editor)"))
                .isEqualTo(RegexFacts.Run.of(" is a", false));
        assertThat(run("(?i)[^\\n]{0,80}\\ball rights reserved\\b[^\\n]{0,80}"))
                .isEqualTo(RegexFacts.Run.of("all rights reserved", true));
        assertThat(run("x{0,3}contributed( reporting)? to this (report|story)")).isEqualTo(RegexFacts.Run.of("contributed", false));
        assertThat(run("(?i)[\\p{L} ]{1,30}( » [\\p{L} ]{1,30}){1,4}")).isNull(); // inside a group
        assertThat(run("abc|abd")).isNull(); // not in every alternative
        assertThat(run("(?i)a»b")).isEqualTo(RegexFacts.Run.of("a»b", true)); // » has no case
        assertThat(run("(?i)aéb")).isNull(); // é has: not read ignoring case
    }

    private static RegexFacts.Run prefix(String re) {
        return RegexFacts.of(Pattern.compile(re)).prefix();
    }

    @Test
    void the_prefix_is_the_literal_text_a_match_opens_with() {
        assertThat(prefix("(?i)translated( and subtitled)? by [^\\n]{1,60}")).isEqualTo(RegexFacts.Run.of("translated", true));
        assertThat(prefix("(?<=x)\\bab?c")).isNull(); // "a" alone is too short, "b" optional
        assertThat(prefix("^REUTERS/x")).isEqualTo(RegexFacts.Run.of("REUTERS/x", false));
        assertThat(prefix("a+bc")).isNull();
        assertThat(prefix("abc|abd")).isNull();
        assertThat(RegexFacts.startsWithRun("TRANSLATED by", RegexFacts.Run.of("translated", true))).isTrue();
        assertThat(RegexFacts.startsWithRun("The minister", RegexFacts.Run.of("translated", true))).isFalse();
    }

    @Test
    void a_digit_class_starts_with_an_ascii_digit_unless_unicode_classes_are_on() {
        assertThat(first("\\d{3,14}")).isEqualTo("0123456789");
        assertThat(first("(?U)\\d{3,14}")).isNull();
        assertThat(RegexFacts.of(Pattern.compile("\\d+", Pattern.UNICODE_CHARACTER_CLASS)).first()).isNull();
    }

    @Test
    void a_run_ignoring_case_is_found_in_any_case_and_through_folded_letters() {
        RegexFacts.Run r = RegexFacts.Run.of("all rights reserved", true);
        assertThat(RegexFacts.containsRun("(c) 2024 Acme. ALL RIGHTS RESERVED.", r)).isTrue();
        assertThat(RegexFacts.containsRun("all r\u0131ghts re\u017ferved", r)).isTrue();
        assertThat(RegexFacts.containsRun("all rights are reserved", r)).isFalse();
        assertThat(RegexFacts.containsRun("Jane Doe is a reporter", RegexFacts.Run.of(" is a", false))).isTrue();
        assertThat(RegexFacts.containsRun("Jane Doe IS A reporter", RegexFacts.Run.of(" is a", false))).isFalse();
        assertThat(RegexFacts.containsRun("s\u212aip", RegexFacts.Run.of("kip", true))).isTrue();
    }

    @Test
    void case_free_characters_are_no_other_characters_case_pair() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            for (int m : new int[] {Character.toUpperCase(c), Character.toLowerCase(c), Character.toTitleCase(c)}) {
                if (m != c && m < 0x10000 && RegexFacts.caseFree((char) m)) {
                    throw new AssertionError("U+" + Integer.toHexString(c) + " case-maps to case-free U+" + Integer.toHexString(m));
                }
            }
        }
        assertThat(RegexFacts.caseFree('©')).isTrue();
        assertThat(RegexFacts.caseFree('»')).isTrue();
        assertThat(RegexFacts.caseFree('a')).isFalse();
        assertThat(RegexFacts.caseFree('é')).isFalse();
        assertThat(RegexFacts.caseFree('\u00df')).isFalse(); // no case of its own, but the capital sharp s lower-cases to it
    }

    @Test
    void every_match_fits_the_facts() {
        String[][] cases = {
                {"(?i)share( this)?( article| story| post| page)?( on (facebook|twitter|x))?:?", "SHARE THIS STORY ON X:"},
                {"(?i)(©|\\(c\\)|copyright\\b)[^\\n]{0,16}", "Copyright \uD835\uDC00\uD835\uDC00 2024"},
                {"\\p{Lu}[\\p{L} .'’-]{2,60}\\bcontributed( reporting)? to this (report|story|article)\\.?",
                        "Jane Doe contributed reporting to this story."},
                {"(?i)\\(?end\\)?( [a-z]{1,5}){0,2}", "(END) ab cd"},
                {"[^\\n]{0,4}x", "\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00x"},
                {"(?iu)kit", "\u212aIT"},
                {"(?iu)[^\\n]{0,8}\\ball rights reserved", "(c) ALL R\u0131GHTS RE\u017fERVED"},
                {"(?i)(©|\\(c\\)|copyright\\b)[^\\n]{0,16} »", "© Acme »"},
        };
        for (String[] c : cases) {
            Pattern p = Pattern.compile(c[0]);
            RegexFacts f = RegexFacts.of(p);
            assertThat(p.matcher(c[1]).matches()).as(c[1]).isTrue();
            assertThat(c[1].length()).as(c[0]).isLessThanOrEqualTo(f.maxLength());
            if (f.first() != null) {
                assertThat(f.first()).as(c[0]).contains(String.valueOf(c[1].charAt(0)));
            }
            if (f.last() != null) {
                assertThat(f.last()).as(c[0]).contains(String.valueOf(c[1].charAt(c[1].length() - 1)));
            }
            if (f.run() != null) {
                assertThat(RegexFacts.containsRun(c[1], f.run())).as(c[0]).isTrue();
            }
        }
    }

    @Test
    void unsupported_syntax_gives_up() {
        assertThat(of("\\Qa/b\\E")).containsExactlyInAnyOrder('a', '/', 'b');
        assertThat(of("\\Qa/b\\E?")).isEmpty();
        assertThat(of("(?x) a / b")).isEmpty();
        assertThat(of("[a[b]]/")).isEmpty();
        assertThat(RegexFacts.of(Pattern.compile("a/b", Pattern.COMMENTS)).required()).isEmpty();
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
            for (char r : RegexFacts.of(Pattern.compile(c[0])).required()) {
                assertThat(c[1]).contains(String.valueOf(r));
            }
        }
    }

    private static String firstWithClasses(String re, int flags) {
        return sorted(RegexFacts.of(Pattern.compile(re, flags)).firstWithClasses());
    }

    /**
     * Simple classes give their characters to firstWithClasses and lastWithClasses only: first and last
     * stay "any" for them, and what is not read (negation, properties, nesting, \w) stays "any".
     */
    @Test
    void simple_classes_give_the_first_and_last_characters_with_classes() {
        String image = "[A-Za-z]?\\d{5,40}[\\w-]{0,40}\\.(jpe?g|png|gif|webp)";
        assertThat(firstWithClasses(image, 0)).isEqualTo("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        assertThat(first(image)).isNull();
        assertThat(firstWithClasses("(?:https?://)?(?:www\\.)?[a-z0-9][a-z0-9-]{1,40}(?:\\.[a-z]{2,6}){1,2}/?\\s(?=\\p{Lu})", 0))
                .isEqualTo("0123456789abcdefghijklmnopqrstuvwxyz");
        assertThat(firstWithClasses("[-–]{1,2} ?\\(?[\\p{IsArabic}&&\\p{L}]{2,10}", 0)).isEqualTo("-–");
        assertThat(sorted(RegexFacts.of(Pattern.compile("x[.)]")).lastWithClasses())).isEqualTo(").");
        assertThat(sorted(RegexFacts.of(Pattern.compile("x[.)]")).last())).isNull();
        // ignoring case: both cases and the letters that fold to i, k and s; a letter past ASCII gives up
        assertThat(firstWithClasses("[a-c]x", Pattern.CASE_INSENSITIVE)).isEqualTo("ABCabc");
        assertThat(firstWithClasses("[ik]x", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).isEqualTo("IKik\u0130\u0131\u212a");
        assertThat(firstWithClasses("[é]x", Pattern.CASE_INSENSITIVE)).isNull();
        assertThat(firstWithClasses("[é\\-\\]\\t]x", 0)).isEqualTo("\t-]é");
        assertThat(firstWithClasses("[\\d]x", Pattern.UNICODE_CHARACTER_CLASS)).isNull();
        for (String any : new String[] {"[^a]x", "[\\p{Lu}a]x", "[a[b]]x", "[a-z&&[^q]]x", "[\\wa]x", "[\\x41]x", "[a-\\u0101]x",
                "[\\u0000-\\u0400]x", "[\\uD835\\uDC00]x"}) {
            assertThat(firstWithClasses(any, 0)).as(any).isNull();
        }
    }

    /**
     * For every built-in line and prefix rule, a character outside its firstWithClasses fails the rule
     * at once: lookingAt on that character alone fails without reaching the end of the input, so no
     * text that opens with it can match.
     */
    @Test
    void no_built_in_rule_can_open_with_a_character_outside_its_first_with_classes() {
        io.articlex.rules.Rules rules = io.articlex.rules.Rules.builtIn();
        int checked = 0;
        for (io.articlex.rules.Rules.Kind kind : new io.articlex.rules.Rules.Kind[] {io.articlex.rules.Rules.Kind.LINE,
                io.articlex.rules.Rules.Kind.PREFIX}) {
            for (io.articlex.rules.Rules.Rule r : rules.rules(kind)) {
                RegexFacts f = RegexFacts.of(r.regex(), r.flags());
                if (f.firstWithClasses() == null || f.firstWithClasses().equals(f.first())) {
                    continue;
                }
                checked++;
                for (char c = 0; c < 0x3000; c++) {
                    if (f.firstWithClasses().indexOf(c) < 0 && !Character.isSurrogate(c)) {
                        java.util.regex.Matcher m = r.pattern().matcher(String.valueOf(c));
                        assertThat(m.lookingAt() || m.hitEnd()).as("%s opens with U+%04X", r.regex(), (int) c).isFalse();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5);
    }
}
