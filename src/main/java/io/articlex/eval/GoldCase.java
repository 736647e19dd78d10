package io.articlex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One gold case of a corpus folder (see the corpus FORMAT.md): {@code NAME.gold.json} and the input
 * beside it, {@code NAME.txt}, {@code NAME.html} or {@code NAME.htm}, looked for in that order.
 *
 * @param input the input file
 * @param gold  the parsed gold object
 */
public record GoldCase(Path input, JsonNode gold) {

    private static final String GOLD_SUFFIX = ".gold.json";
    private static final List<String> INPUT_EXTENSIONS = List.of(".txt", ".html", ".htm");

    /** The input's file name, which is how predictions are matched to cases. */
    public String inputName() {
        return input.getFileName().toString();
    }

    /** The case's name: the input's file name less its extension (the gold file's less {@code .gold.json}). */
    public String stem() {
        String name = inputName();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The site half ("A" or "B") the case falls in; see {@link SiteHalf}. */
    public String half() {
        return SiteHalf.of(gold, stem());
    }

    /**
     * Every case of {@code dir}, ordered by gold file name as the reference scorer orders them (the
     * order matters: float sums must be taken in the same order to agree to the last digit). A gold
     * file without an input beside it is skipped, as there too.
     */
    public static List<GoldCase> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory");
        }
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), GoldCase::compareCodePoints))
                    .toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<GoldCase> cases = new ArrayList<>();
        for (Path g : golds) {
            String name = g.getFileName().toString();
            String stem = name.substring(0, name.length() - GOLD_SUFFIX.length());
            Path input = null;
            for (String ext : INPUT_EXTENSIONS) {
                Path candidate = dir.resolve(stem + ext);
                if (Files.exists(candidate)) {
                    input = candidate;
                    break;
                }
            }
            if (input == null) {
                continue;
            }
            JsonNode gold;
            try {
                gold = json.readTree(g.toFile());
            } catch (IOException e) {
                throw new IOException(g + ": unreadable gold: " + e.getMessage(), e);
            }
            cases.add(new GoldCase(input, gold));
        }
        return cases;
    }

    /** Python sorts strings by code point; {@link String#compareTo} compares UTF-16 units. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
