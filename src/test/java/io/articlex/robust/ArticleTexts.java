package io.articlex.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Generators of article-like text for the property and fuzz suites: random sequences of the pieces
 * the stages react to (headlines, datelines, quotes of every mark, cue verbs, sign-offs, boilerplate,
 * odd white space, mojibake), and ordinary stories with random damage. Written for this project.
 */
final class ArticleTexts {

    private ArticleTexts() {
    }

    static final List<String> PIECES = List.of(
            "LONDON (Reuters) - ", "TEHRAN (IP): ", "WASHINGTON, Jan. 5 (AP) \u2014 ", "Moscow, March 3. /TASS/. ",
            "New Delhi [India], August 14 (ANI): ", "BEIJING, Oct 2 (Xinhua) -- ", "Baku, Azerbaijan, May 17By Aytan Guliyeva - Trend:",
            "\u201c", "\u201d", "\"", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u300c", "\u300d",
            " said", " said.", " says", " told reporters", " added:", ", he said.", ", she added.", " according to ",
            "The minister", "Anna de Vries", "Mr. Smith", "President Joe Biden", "al-Araji", "officials", "He", "They",
            "We will act", " on Monday", " prices rose", "the plan", " 12 percent", " 2024", "(c) 2024 Reuters",
            "Read more:", "Related news", "Share this article", "Follow us on Twitter", "(END)", "(end) mt",
            "(Reporting by Jan Smit; Editing by Mark Hall)", "Reuters", "AP", "--", "\u2014", "\u2013", "-",
            ".", ",", ";", ":", "?", "!", "...", "(", ")", "[", "]", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r",
            "\n   ", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\u2028", "\u0003", "\u0000",
            "\u00e2\u20ac\u0153", "\u00e2\u20ac\u2122", "\u0432\u0402\u2122", "\u0432\u0402\u045a", "\u00c3\u00a9",
            "caf\u00e9", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u5317\u4eac", "\ud83d\ude00", "\ud83d",
            "<p>", "</p>", "<div>", "&amp;", "&quot;", "http://example.com/a?b=c", "@user", "#tag",
            "By Aytan Guliyeva", "Published: 2024-05-17 10:00", "Photo: AFP", "TEHRAN \u2013 ", "SEOUL --");

    /** Random sequences of pieces and random characters. */
    static Arbitrary<String> pieceSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.of(PIECES),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(w -> w + " "),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(1)
                        .flatMap(c -> Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(7).map(w -> c + w + " ")),
                Arbitraries.strings().all().ofMaxLength(3));
        return piece.list().ofMaxSize(120).map(l -> String.join("", l));
    }

    /** An ordinary story with random edits: cuts, inserted pieces, duplicated spans, changed line breaks. */
    static Arbitrary<String> mutatedStory() {
        Arbitrary<String> base = Arbitraries.integers().between(0, 50).map(Hostile::story);
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(PIECES)).as(Mutation::new);
        return Combinators.combine(base, mutation.list().ofMaxSize(12)).as((story, edits) -> {
            String s = story;
            for (Mutation m : edits) {
                s = m.apply(s);
            }
            return s;
        });
    }

    /** Either kind, and the stories as bytes in odd encodings are left to the byte-level suites. */
    static Arbitrary<String> articles() {
        return Arbitraries.oneOf(pieceSoup(), mutatedStory(), Arbitraries.strings().all().ofMaxLength(200));
    }

    record Mutation(int kind, double at, double length, String piece) {
        String apply(String s) {
            if (s.isEmpty()) {
                return piece;
            }
            int i = (int) (at * s.length());
            int j = Math.min(s.length(), i + (int) (length * 80));
            return switch (kind) {
                case 0 -> s.substring(0, i) + s.substring(j);
                case 1 -> s.substring(0, i) + piece + s.substring(i);
                case 2 -> s.substring(0, j) + s.substring(i, j) + s.substring(j);
                case 3 -> s.substring(0, i) + s.substring(i, j).replace(' ', '\n') + s.substring(j);
                default -> s.substring(0, i) + s.substring(i, j).replace('\n', ' ').replace('"', '\u201c') + s.substring(j);
            };
        }
    }
}
