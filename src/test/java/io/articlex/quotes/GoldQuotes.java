package io.articlex.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.Articlex;
import io.articlex.model.Article;
import io.articlex.model.Quote;

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
 * Quote precision/recall/F1 and speaker accuracy of the parser on a folder of gold cases, computed by
 * the rules of {@code ../shared/corpus/FORMAT.md}: a match is a token-bag F1 of at least 0.8, one to
 * one in gold order; a speaker is right when the resolved name or the mention holds the gold speaker's
 * last word. Stand-in until the project's eval package scores quotes; then the floors move there.
 */
final class GoldQuotes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    int tp;
    int fp;
    int fn;
    int speakerOk;

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speaker() {
        return tp == 0 ? 0 : (double) speakerOk / tp;
    }

    static Path corpus(String relative) {
        Path dir = Path.of("..", "shared").resolve(relative);
        assertThat(dir).as("research corpus %s (tests read it, the repository never copies it)", dir).isDirectory();
        return dir;
    }

    static GoldQuotes score(Path dir) throws IOException {
        GoldQuotes s = new GoldQuotes();
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertThat(golds).as("gold cases in %s", dir).isNotEmpty();
        for (Path g : golds) {
            String stem = g.getFileName().toString().replace(".gold.json", "");
            Path input = dir.resolve(stem + ".txt");
            if (!Files.exists(input)) {
                continue;
            }
            JsonNode gold = JSON.readTree(g.toFile());
            Article a = Articlex.parser().parse(input);
            s.add(gold.path("quotes"), a.quotes());
        }
        return s;
    }

    void add(JsonNode gold, List<Quote> pred) {
        boolean[] used = new boolean[pred.size()];
        List<Map<String, Integer>> predBags = new ArrayList<>();
        for (Quote q : pred) {
            predBags.add(bag(q.text()));
        }
        for (JsonNode g : gold) {
            Map<String, Integer> gb = bag(g.path("text").asText());
            double best = 0;
            int bi = -1;
            for (int i = 0; i < pred.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double f = f1(predBags.get(i), gb);
                if (f > best) {
                    best = f;
                    bi = i;
                }
            }
            if (bi >= 0 && best >= 0.8) {
                used[bi] = true;
                tp++;
                if (speakerMatches(g.path("speaker").isNull() ? null : g.path("speaker").asText(), pred.get(bi))) {
                    speakerOk++;
                }
            } else {
                fn++;
            }
        }
        for (boolean u : used) {
            if (!u) {
                fp++;
            }
        }
    }

    private static boolean speakerMatches(String gold, Quote q) {
        String pred = (q.speaker() == null ? "" : q.speaker()) + " " + (q.mention() == null ? "" : q.mention());
        if (gold == null) {
            return pred.isBlank();
        }
        List<String> g = tokens(gold);
        return !g.isEmpty() && tokens(pred).contains(g.get(g.size() - 1));
    }

    private static List<String> tokens(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(n);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> b = new HashMap<>();
        for (String t : tokens(s)) {
            b.merge(t, 1, Integer::sum);
        }
        return b;
    }

    private static double f1(Map<String, Integer> p, Map<String, Integer> g) {
        int ps = p.values().stream().mapToInt(Integer::intValue).sum();
        int gs = g.values().stream().mapToInt(Integer::intValue).sum();
        if (ps == 0 && gs == 0) {
            return 1;
        }
        int common = 0;
        for (var e : p.entrySet()) {
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double prec = (double) common / ps;
        double rec = (double) common / gs;
        return 2 * prec * rec / (prec + rec);
    }
}
