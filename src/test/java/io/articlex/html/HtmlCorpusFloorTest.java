package io.articlex.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.Articlex;
import io.articlex.model.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Floor on the article-extraction benchmark's development half ({@code ../shared/corpus/html-dev}):
 * mean bag-of-words body F1 and precision over all pages, computed the way
 * {@code shared/tools/score.py} does (NFKC, typographic quotes folded, lower-cased word tokens).
 * The floors sit just under the measured figures, so a change that loses body text or lets
 * furniture in fails here. Fails, never skips, when the corpus is missing.
 */
class HtmlCorpusFloorTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "html-dev");
    static final double F1_FLOOR = 0.965;
    static final double PRECISION_FLOOR = 0.962;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_\\p{Mn}\\p{Mc}]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bodyF1AndPrecisionStayAboveTheFloor() throws IOException {
        assertThat(CORPUS).as("corpus html-dev (../shared/corpus/html-dev) must be present").isDirectory();
        List<Path> golds;
        try (Stream<Path> s = Files.list(CORPUS)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertThat(golds).as("gold files in html-dev").hasSizeGreaterThanOrEqualTo(90);
        double f1 = 0;
        double precision = 0;
        List<String> worst = new ArrayList<>();
        for (Path g : golds) {
            String stem = g.getFileName().toString().replace(".gold.json", "");
            JsonNode gold = JSON.readTree(g.toFile());
            List<String> goldParas = new ArrayList<>();
            gold.get("paragraphs").forEach(p -> goldParas.add(p.asText()));
            Article a = Articlex.parser().parse(CORPUS.resolve(stem + ".html"));
            double[] prf = bagPrf(tokens(String.join(" ", a.paragraphs())), tokens(String.join(" ", goldParas)));
            precision += prf[0];
            f1 += prf[2];
            if (prf[2] < 0.5) {
                worst.add(stem + " F1=" + String.format(Locale.ROOT, "%.3f", prf[2]));
            }
        }
        f1 /= golds.size();
        precision /= golds.size();
        assertThat(f1).as("mean body F1 over html-dev; pages under 0.5: %s", worst).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(precision).as("mean body precision over html-dev").isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    static List<String> tokens(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(n);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double[] bagPrf(List<String> pred, List<String> gold) {
        if (pred.isEmpty() && gold.isEmpty()) {
            return new double[] {1, 1, 1};
        }
        Map<String, Integer> g = new HashMap<>();
        gold.forEach(t -> g.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : pred) {
            Integer c = g.get(t);
            if (c != null && c > 0) {
                common++;
                g.put(t, c - 1);
            }
        }
        double p = pred.isEmpty() ? 0 : (double) common / pred.size();
        double r = gold.isEmpty() ? 0 : (double) common / gold.size();
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
