package io.articlex.quotes;

import io.articlex.Corpora;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-place title-case walk gives what the list-of-words definition gives. */
class QuoteFilterTitleCaseTest {

    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
            "for", "with", "by", "from", "is", "vs", "de");

    /** The definition: Phrase.words, at least two, each capitalised or small. */
    private static boolean byList(String text, boolean anyEnd) {
        List<String> words = Phrase.words(text);
        if (words.size() < 2) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        if (!anyEnd && (end == '.' || end == ',' || end == '!')) {
            return false;
        }
        for (String w : words) {
            if (Character.isLowerCase(w.charAt(0)) && !SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (!Character.isLetter(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void agreesWithTheWordListOnCorpusStretches() throws Exception {
        List<String> texts = new ArrayList<>(List.of("We Will Harvest Every Tree", "Meet the Press.", "Judge,", "x",
                "Chamran 1", "THE END!", "Ünited Nâtions of the World", "a", "3 Days", "the", "İstanbul Or Bust"));
        try (var files = Files.list(Corpora.corpus("quotes-dev"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().limit(150).toList()) {
                for (String piece : Files.readString(f).split("[\"“”]")) {
                    String s = piece.strip();
                    if (!s.isEmpty()) {
                        texts.add(s);
                        texts.add(s.length() > 30 ? s.substring(0, 30).strip() : s);
                    }
                }
            }
        }
        int titles = 0;
        for (String s : texts) {
            if (s.isEmpty()) {
                continue;
            }
            for (boolean anyEnd : new boolean[] {false, true}) {
                boolean expected = byList(s, anyEnd);
                assertThat(QuoteFilter.titleCase(s, anyEnd)).as("%s / %s", s, anyEnd).isEqualTo(expected);
                titles += expected ? 1 : 0;
            }
        }
        assertThat(texts).hasSizeGreaterThan(2000);
        assertThat(titles).isGreaterThan(50);
    }
}
