package io.articlex.boilerplate;

import io.articlex.rules.Rules;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NeedleAutomatonTest {

    @Test
    void finds_overlapping_and_nested_texts() {
        NeedleAutomaton a = new NeedleAutomaton.Builder().add("he", 0).add("she", 1).add("his", 2).add("hers", 3)
                .add("reporting by", 4).add("by", 70).add(" ", 5).build();
        NeedleAutomaton.Scan m = a.scan("USHERS");
        assertThat(m.has(0)).isTrue();
        assertThat(m.has(1)).isTrue();
        assertThat(m.has(2)).isFalse();
        assertThat(m.has(3)).isTrue();
        assertThat(m.has(5)).isFalse();
        m = a.scan("Reporting By Jo Lin");
        assertThat(m.has(4)).isTrue();
        assertThat(m.has(70)).isTrue();
        assertThat(m.has(5)).isTrue();
        m = a.scan("Reporting from London");
        assertThat(m.has(4)).isFalse();
        assertThat(m.has(70)).isFalse();
        assertThat(a.exact(4)).isTrue();
    }

    @Test
    void texts_with_other_characters_give_a_maybe() {
        NeedleAutomaton a = new NeedleAutomaton.Builder().add(Needles.fold("TOUS DROITS RÉSERVÉS"), 0)
                .add(Needles.fold("ВСЕ ПРАВА"), 1).add("©", 2).add("k", 3).build();
        assertThat(a.exact(0)).isFalse();
        assertThat(a.exact(3)).isTrue();
        assertThat(a.scan("© Agence, tous droits réservés.").has(0)).isTrue();
        assertThat(a.scan("Все права защищены").has(1)).isTrue();
        assertThat(a.scan("tous droits reserves").has(0)).isFalse();
        assertThat(a.scan("(c) Agence").has(2)).isFalse();
        assertThat(a.scan("(C) Agence ©").has(2)).isTrue();
        assertThat(a.scan("200 \u212a").has(3)).isTrue(); // the Kelvin sign folds to k
    }

    /**
     * On random text from a small alphabet (so that texts occur often): a bit is set whenever contains()
     * on the folded text finds one of its texts, and only then when it is exact; the classes met hold
     * every character of the text.
     */
    @Test
    void agrees_with_contains_on_random_text() {
        Random r = new Random(15);
        String alphabet = "abAB cé\u00c9İıiI\u0130KkK\u212a-.\ud83d\ude00xyzXYZ©ſsS";
        int maybes = 0;
        for (int round = 0; round < 300; round++) {
            NeedleAutomaton.Builder b = new NeedleAutomaton.Builder();
            List<String> texts = new ArrayList<>();
            List<Integer> bits = new ArrayList<>();
            int count = 1 + r.nextInt(40);
            for (int k = 0; k < count; k++) {
                String t = Needles.fold(random(r, alphabet, 1 + r.nextInt(5)));
                int bit = r.nextInt(150);
                b.add(t, bit);
                texts.add(t);
                bits.add(bit);
            }
            b.alphabet('x').alphabet('s');
            NeedleAutomaton a = b.build();
            long xs = a.classesOf(new char[] {'x', 's'});
            for (int j = 0; j < 50; j++) {
                String p = random(r, alphabet, r.nextInt(60));
                String folded = Needles.fold(p);
                NeedleAutomaton.Scan m = a.scan(p);
                for (int bit = 0; bit < 150; bit++) {
                    boolean expected = false;
                    for (int k = 0; k < texts.size(); k++) {
                        expected |= bits.get(k) == bit && folded.contains(texts.get(k));
                    }
                    if (expected) {
                        assertThat(m.has(bit)).as("bit %d of %s", bit, p).isTrue();
                    } else if (a.exact(bit)) {
                        assertThat(m.has(bit)).as("bit %d of %s", bit, p).isFalse();
                    } else {
                        maybes += m.has(bit) ? 1 : 0;
                    }
                }
                if (folded.indexOf('x') >= 0 && folded.indexOf('s') >= 0) {
                    assertThat(NeedleAutomaton.mayHold(m, xs)).as(p).isTrue();
                }
            }
        }
        assertThat(maybes).isGreaterThan(0);
    }

    /** Past the ASCII characters with a class of their own, the rest share one: answers turn to "maybe", never wrong. */
    @Test
    void many_ascii_characters_share_a_class_past_the_limit() {
        NeedleAutomaton.Builder b = new NeedleAutomaton.Builder();
        for (char c = '!'; c < '!' + 90; c++) {
            b.add(Needles.fold("" + c + c), c);
        }
        NeedleAutomaton a = b.build();
        for (char c = '!'; c < '!' + 90; c++) {
            assertThat(a.scan("a" + c + c + "b").has(c)).isTrue();
        }
        assertThat(a.exact('!')).isTrue();
        assertThat(a.exact('`')).isFalse(); // the 64th distinct character: '!' to '@', a to z (folded), '[' to '`'
    }

    /** The built-in line rules give the same reason with the automaton as with the rule-at-a-time needle tests. */
    @Test
    void line_rules_decide_alike_with_and_without_the_scan() {
        BoilerplateStage.Compiled plain = new BoilerplateStage.Compiled(Rules.builtIn());
        plain.scanAfter = Integer.MAX_VALUE;
        BoilerplateStage.Compiled scanned = new BoilerplateStage.Compiled(Rules.builtIn());
        scanned.scanAfter = 0;
        assertThat(scanned.buildScan().automaton.states()).isGreaterThan(100);
        assertThat(scanned.buildScan().automaton.classes()).isLessThanOrEqualTo(64);
        // pieces of rule needles and of ordinary text, glued at random
        List<String> pieces = new ArrayList<>(List.of("Reporting by ", "Editing by ", "All rights reserved", "Tous droits réservés",
                "(Reuters)", "Photo: ", "AP Photo", "Copyright ", "© 2024 ", "Read more", "Follow us on ", " > ", " › ",
                "Sign up", "Subscribe", "Advertisement", "the ", "said ", "on Tuesday", ". ", ", ", "Jo Lin", "LONDON",
                "Related: ", "Share this", "Click here", "Newsletter", "©", "|", "Updated ", "12:30 GMT", "2024", "\n",
                "By ", "Staff ", "and ", "Кто", "все права защищены", "جميع الحقوق محفوظة", "Alle Rechte vorbehalten",
                "»", " • ", "@", "#", "_", "/", "(AP)", "AFP", "PHOTO", "http://", "www.", ".com", "Getty Images",
                "File photo", "Image:", "Credit:", "Source:", "Tags:", "Posted", "Share", "Comments", "(", ")", "[", "]",
                "{{", "}}", "**", "=", "ad", "id", "ed", "od", "İstanbul", "\u212a", "ſ", "Foto: ", "Fotoğraf", "Quelle: ",
                "HD", "IN", "AN", "RE", "IPD", "Code: 12", "ID:", "Sponsored", "sponsored content", "ADVERTISEMENT"));
        Random r = new Random(6);
        int reasons = 0;
        for (int j = 0; j < 30000; j++) {
            StringBuilder sb = new StringBuilder();
            int k = 1 + r.nextInt(6);
            for (int i = 0; i < k; i++) {
                sb.append(pieces.get(r.nextInt(pieces.size())));
            }
            String p = sb.toString().strip();
            boolean segmented = r.nextInt(4) == 0;
            String expected = plain.lineReason(p, segmented);
            assertThat(scanned.lineReason(p, segmented)).as(p).isEqualTo(expected);
            reasons += expected == null ? 0 : 1;
        }
        assertThat(reasons).isGreaterThan(1000);
    }

    /**
     * A rule that matches only short lines (field codes, "ID: 123", "Advertisement") tests its needles on
     * the line, not in the automaton: a sentence full of "in", "an", "re" sets no bit of it, and the
     * lines themselves still get their reasons.
     */
    @Test
    void short_rules_test_their_needles_on_the_line() {
        BoilerplateStage.Compiled c = new BoilerplateStage.Compiled(Rules.builtIn());
        c.scanAfter = 0;
        BoilerplateStage.Compiled.LineScan scan = c.buildScan();
        c.lineScan = scan;
        NeedleAutomaton.Scan prose = scan.automaton.scan("Shares in an index were reported to co-operate in the re-run.");
        int shortRules = 0;
        for (int i = 0; i < scan.shortNeedles.length; i++) {
            if (scan.shortNeedles[i]) {
                shortRules++;
                assertThat(scan.needleBit[i]).isFalse();
                assertThat(prose.has(i)).isFalse();
            }
        }
        assertThat(shortRules).isGreaterThan(2);
        assertThat(c.lineReason("HD")).isEqualTo("metadata");
        assertThat(c.lineReason("IPD")).isEqualTo("metadata");
        assertThat(c.lineReason("ID: 4471")).isEqualTo("metadata");
        assertThat(c.lineReason("Advertisement")).isEqualTo("navigation");
        assertThat(c.lineReason("HQ")).isNull();
        assertThat(c.lineReason("Idea: 4471")).isNull();
    }

    /** The built-in markers match alike with and without the automaton's pass, which gates them by their phrases. */
    @Test
    void markers_match_alike_with_and_without_the_scan() {
        BoilerplateStage.Compiled c = new BoilerplateStage.Compiled(Rules.builtIn());
        c.scanAfter = 0;
        BoilerplateStage.Compiled.LineScan scan = c.buildScan();
        c.lineScan = scan;
        assertThat(java.util.Arrays.asList(scan.markerNeedles)).hasSize(2).doesNotContainNull();
        List<String> pieces = List.of("Read more", "READ ALSO", "more", "More from Reuters", "Related", "related news",
                "See also", "Take a look", "Most read in Sports & Life", "Trending now", "[ read more ]", "Lire aussi",
                "À LIRE AUSSI", "Mehr zum Thema", "Leia também", "Читайте также", "ЧИТАЙТЕ ТАКЖЕ", "اقرأ أيضا", "Czytaj także",
                "İlgili haberler", "Shr 81 cts vs 57 cts", "Avg shrs 12.1 mln", "Mths", "Sales", "The minister said",
                ":", ": ", " - ", "...", "…", "»", ">", " ", "\u00a0", "x", "Markets rally", "the", "Popular stories",
                "Recommended for you", "You may also like", "Continue reading", "Top Stories", "Important news");
        Random r = new Random(8);
        int matched = 0;
        for (int j = 0; j < 30000; j++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1 + r.nextInt(4); i > 0; i--) {
                sb.append(pieces.get(r.nextInt(pieces.size())));
            }
            String p = sb.toString().strip();
            java.util.regex.Matcher want = c.marker(p);
            java.util.regex.Matcher got = c.marker(p, scan.automaton.scan(p));
            assertThat(got == null).as(p).isEqualTo(want == null);
            if (want != null) {
                matched++;
                assertThat(got.pattern()).as(p).isSameAs(want.pattern());
                assertThat(got.group("mkrest")).as(p).isEqualTo(want.group("mkrest"));
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }

    private static String random(Random r, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
