package io.articlex.robust;

import java.util.List;
import java.util.Random;

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

    /** One random article-like text: a piece soup, a mutated story or a string of any characters. */
    static String article(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> pieceSoup(r);
            case 1 -> mutatedStory(r);
            default -> anyChars(r, r.nextInt(201));
        };
    }

    /** Random sequences of pieces, words and random characters. */
    static String pieceSoup(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(121);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(5)) {
                case 0, 1 -> sb.append(PIECES.get(r.nextInt(PIECES.size())));
                case 2 -> sb.append(letters(r, 'a', 1 + r.nextInt(8))).append(' ');
                case 3 -> sb.append(letters(r, 'A', 1)).append(letters(r, 'a', r.nextInt(8))).append(' ');
                default -> sb.append(anyChars(r, r.nextInt(4)));
            }
        }
        return sb.toString();
    }

    /** An ordinary story with random edits: cuts, inserted pieces, duplicated spans, changed line breaks. */
    static String mutatedStory(Random r) {
        String s = Hostile.story(r.nextInt(51));
        int edits = r.nextInt(13);
        for (int i = 0; i < edits; i++) {
            s = new Mutation(r.nextInt(5), r.nextDouble(), r.nextDouble(), PIECES.get(r.nextInt(PIECES.size()))).apply(s);
        }
        return s;
    }

    private static String letters(Random r, char first, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) (first + r.nextInt(26)));
        }
        return sb.toString();
    }

    /** Any UTF-16 code units, lone surrogates and controls included. */
    private static String anyChars(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) r.nextInt(0x10000));
        }
        return sb.toString();
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
