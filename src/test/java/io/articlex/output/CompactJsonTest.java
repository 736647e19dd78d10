package io.articlex.output;

import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.model.Removed;
import io.articlex.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written compact line must be the generator's, byte for byte: the line format is a contract. */
class CompactJsonTest {

    private static Article article(String t) {
        return new Article(t, new Dateline(t, "PARIS", null, "AFP"), new Source("Agence " + t, "AFP"),
                List.of(t, "second \"quoted\" \\ path", ""),
                List.of(new Quote(t, "Anna Berg", "she", "said", 2, true, false),
                        new Quote("x", null, null, null, 0, false, true)),
                List.of(), List.of(new Removed(t, "share"), new Removed("b", "byline")), List.of("w1"),
                List.of(new Person("Anna Berg", List.of("spokeswoman", t), 1), new Person("Tom", List.of(), 0)),
                List.of(new Person("the ministry", List.of(), 2)), "By Jo Lin", "2024-03-03", "en");
    }

    private static void same(String file, String url, Article a) {
        String line = ArticleJson.generated(file, url, a, false);
        assertEquals(line, CompactJson.write(file, url, a));
        assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), CompactJson.utf8(file, url, a));
    }

    @Test
    void everyBmpCharacterIsEscapedAsTheGeneratorDoes() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = "a" + (char) c + "b";
            String line = ArticleJson.generated(one, null, article(one), false);
            assertEquals(line, CompactJson.write(one, null, article(one)), "U+" + Integer.toHexString(c));
            assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), CompactJson.utf8(one, null, article(one)),
                    "U+" + Integer.toHexString(c));
            all.append((char) c);
        }
        same("all", null, article(all.toString()));
    }

    @Test
    void nullsEmptyListsAndLongTextsAsTheGenerator() {
        same(null, null, new Article(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null));
        Random r = new Random(7);
        List<String> long_ = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(20_000);
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(10);
                b.append(kind == 0 ? (char) r.nextInt(0x20) : kind == 1 ? '"' : kind < 5 ? (char) (0x20 + r.nextInt(0x60))
                        : (char) r.nextInt(0x10000));
            }
            long_.add(b.toString());
            same("f" + k, "https://example.org/" + k, article(b.toString()));
        }
        same("pairs", null, article("\uD83D\uDE00 \uD83D \uDE00\uD83D\"\uDE00 x\uDBFF\uDFFF\uD800"));
        // a value's question marks against the chars past Latin-1 that getBytes(ISO_8859_1) makes into one
        String[] pieces = {"?", "??", "a", "\u00e9", "\u00ff", "\u0080", "\u007f", "\"", "\\", "\n", "\u0001",
            "\u2019", "\u0100", "\uD83D\uDE00", "\uD800", "\uDFFF"};
        for (int k = 0; k < 3000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(8); i >= 0; i--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            same("q" + k, null, article(b.toString()));
        }
        same("many", "u", new Article("t", null, null, long_, List.of(), long_, List.of(), List.of(), List.of(),
                null, null, "de"));
    }
}
