package io.articlex.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predictions against gold cases, metric for metric as the reference scorer
 * ({@code tools/score.py}) does, so that a figure from {@code articlex eval} can be quoted next to one
 * from that script: only annotated fields are scored; per-case metrics are means over cases (or over
 * gold paragraphs and boilerplate strings); quotes are matched one to one, greedily in gold order, to
 * the unused prediction of best token F1 when that is at least 0.8, and a matched quote's speaker is
 * right when the gold speaker's last word is among the words of the predicted speaker or mention;
 * trafilatura-style {@code snippets} are counted over the whole set (pooled), not averaged per case.
 */
public final class Scorer {

    /**
     * Every metric a report can hold (each rate also has a {@code .n} count), whatever the corpus
     * annotates: what {@code --min} may name.
     */
    public static final List<String> METRICS = List.of("title.exact", "byline", "published.day", "language",
            "dateline.location", "dateline.date", "dateline.agency", "dateline.absent_ok", "source",
            "body.precision", "body.recall", "body.f1", "paragraph.exact", "boilerplate.leaked",
            "quotes.precision", "quotes.recall", "quotes.f1", "quotes.speaker", "quotes.gold",
            "snippets.precision", "snippets.recall", "snippets.f1", "snippets.accuracy", "missing_predictions");

    /** A quote match needs at least this token F1. */
    static final double QUOTE_MATCH_F1 = 0.8;

    private final SourceAliases aliases;

    public Scorer(SourceAliases aliases) {
        this.aliases = aliases;
    }

    public static Scorer builtIn() {
        return new Scorer(SourceAliases.builtIn());
    }

    /** Scores every case; a case without a prediction counts as an empty prediction and as missing. */
    public EvalReport score(List<GoldCase> cases, Predictions predictions) {
        Run run = new Run();
        for (GoldCase c : cases) {
            run.scoreCase(c, predictions.get(c.inputName()));
        }
        return run.report(cases.size());
    }

    private final class Run {
        private final Map<String, double[]> tallies = new TreeMap<>();
        private final List<CaseNotes> notes = new ArrayList<>();
        private int missing;
        private int qtp;
        private int qfp;
        private int qfn;
        private int spkOk;
        private int spkN;
        /** Snippet counts over the whole set: with found, with missed, without found, without absent. */
        private final long[] snip = new long[4];

        private void add(String metric, double value) {
            double[] t = tallies.computeIfAbsent(metric, k -> new double[2]);
            t[0] += value;
            t[1] += 1;
        }

        private boolean add(String metric, boolean ok) {
            add(metric, ok ? 1.0 : 0.0);
            return ok;
        }

        void scoreCase(GoldCase c, JsonNode p) {
            JsonNode gold = c.gold();
            List<String> miss = new ArrayList<>();
            if (p == null || (p.has("error") && !truthy(p.get("paragraphs")))) {
                missing++;
                miss.add("no prediction");
                p = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            }
            Set<String> ann = new HashSet<>();
            for (JsonNode a : gold.path("annotated")) {
                ann.add(a.asText());
            }
            if (ann.contains("title")) {
                check(miss, "title.exact", str(gold, "title"), str(p, "title"));
            }
            if (ann.contains("byline")) {
                check(miss, "byline", str(gold, "byline"), str(p, "byline"));
            }
            if (ann.contains("published")) {
                String gp = str(gold, "published");
                String pp = str(p, "published");
                boolean ok = !truthy(gp) && !truthy(pp) || head(gp, 10).equals(head(pp, 10));
                if (!add("published.day", ok)) {
                    miss.add(mismatch("published.day", gp, pp));
                }
            }
            if (ann.contains("language")) {
                String gl = str(gold, "language");
                String pl = str(p, "language");
                if (!add("language", primary(gl).equals(primary(pl)))) {
                    miss.add(mismatch("language", gl, pl));
                }
            }
            if (ann.contains("dateline")) {
                scoreDateline(gold.get("dateline"), p.get("dateline"), miss);
            }
            if (ann.contains("source")) {
                String gs = str(gold, "source");
                if (!add("source", sourceOk(gs, p.get("source")))) {
                    miss.add(mismatch("source", gs, String.valueOf(p.get("source"))));
                }
            }
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode x : p.path("paragraphs")) {
                if (x.isTextual()) {
                    paragraphs.add(x.asText());
                }
            }
            String body = String.join(" ", paragraphs);
            if (ann.contains("paragraphs")) {
                List<String> goldParas = new ArrayList<>();
                for (JsonNode x : gold.path("paragraphs")) {
                    goldParas.add(x.asText());
                }
                Prf prf = Prf.of(PyText.tokens(body), PyText.tokens(String.join(" ", goldParas)));
                add("body.precision", prf.precision());
                add("body.recall", prf.recall());
                add("body.f1", prf.f1());
                Set<String> predSet = new HashSet<>();
                for (String x : paragraphs) {
                    predSet.add(PyText.norm(x));
                }
                int lost = 0;
                for (String gp : goldParas) {
                    if (!add("paragraph.exact", predSet.contains(PyText.norm(gp)))) {
                        lost++;
                    }
                }
                if (lost > 0 || prf.f1() < 1.0) {
                    miss.add(String.format(java.util.Locale.ROOT, "body: F1 %.4f (P %.4f R %.4f), %d of %d gold paragraphs not found exactly",
                            prf.f1(), prf.precision(), prf.recall(), lost, goldParas.size()));
                }
            }
            if (ann.contains("boilerplate")) {
                String title = str(p, "title");
                String hay = PyText.norm((truthy(title) ? title : "") + " " + body);
                for (JsonNode b : gold.path("boilerplate")) {
                    if (add("boilerplate.leaked", hay.contains(PyText.norm(b.asText())))) {
                        miss.add("boilerplate.leaked: \"" + b.asText() + "\"");
                    }
                }
            }
            if (ann.contains("snippets")) {
                scoreSnippets(gold, body, miss);
            }
            if (ann.contains("quotes")) {
                scoreQuotes(gold.path("quotes"), p.path("quotes"), miss);
            }
            if (!miss.isEmpty()) {
                notes.add(new CaseNotes(c.inputName(), miss));
            }
        }

        private void scoreDateline(JsonNode gd, JsonNode pdNode, List<String> miss) {
            JsonNode pd = pdNode != null && pdNode.isObject() ? pdNode : null;
            if (gd == null || gd.isNull()) {
                boolean ok = pd == null || pd.isEmpty() || !truthy(str(pd, "location"));
                if (!add("dateline.absent_ok", ok)) {
                    miss.add(mismatch("dateline.absent_ok", null, str(pd, "location")));
                }
                return;
            }
            for (String part : List.of("location", "date", "agency")) {
                JsonNode g = gd.get(part);
                if (g != null && !g.isNull()) {
                    String got = pd == null ? null : str(pd, part);
                    check(miss, "dateline." + part, g.asText(), got);
                }
            }
        }

        /**
         * trafilatura's evaluation: each {@code with} snippet must be in the joined body, each
         * {@code without} must not; both sides normalised as for quotes, counted over the whole set.
         */
        private void scoreSnippets(JsonNode gold, String body, List<String> miss) {
            String hay = PyText.norm(body);
            for (JsonNode w : gold.path("with")) {
                boolean found = hay.contains(PyText.norm(w.asText()));
                snip[found ? 0 : 1]++;
                if (!found) {
                    miss.add("snippets.missed: \"" + clip(w.asText()) + "\"");
                }
            }
            for (JsonNode w : gold.path("without")) {
                boolean found = hay.contains(PyText.norm(w.asText()));
                snip[found ? 2 : 3]++;
                if (found) {
                    miss.add("snippets.leaked: \"" + clip(w.asText()) + "\"");
                }
            }
        }

        private void scoreQuotes(JsonNode goldQuotes, JsonNode predQuotes, List<String> miss) {
            List<JsonNode> pq = new ArrayList<>();
            List<List<String>> pqTokens = new ArrayList<>();
            for (JsonNode q : predQuotes) {
                if (q.isObject() && q.path("text").isTextual()) {
                    pq.add(q);
                    pqTokens.add(PyText.tokens(q.get("text").asText()));
                }
            }
            boolean[] used = new boolean[pq.size()];
            int usedCount = 0;
            for (JsonNode g : goldQuotes) {
                List<String> gt = PyText.tokens(g.path("text").asText());
                double best = 0.0;
                int bi = -1;
                for (int i = 0; i < pq.size(); i++) {
                    if (used[i]) {
                        continue;
                    }
                    double f = Prf.of(pqTokens.get(i), gt).f1();
                    if (f > best) {
                        best = f;
                        bi = i;
                    }
                }
                String gs = str(g, "speaker");
                if (bi >= 0 && best >= QUOTE_MATCH_F1) {
                    used[bi] = true;
                    usedCount++;
                    qtp++;
                    spkN++;
                    if (speakerOk(gs, pq.get(bi))) {
                        spkOk++;
                    } else {
                        miss.add("quotes.speaker: gold " + quoted(gs) + ", got speaker " + quoted(str(pq.get(bi), "speaker"))
                                + " mention " + quoted(str(pq.get(bi), "mention")) + " for \"" + clip(g.path("text").asText()) + "\"");
                    }
                } else {
                    qfn++;
                    miss.add("quotes.missed: \"" + clip(g.path("text").asText()) + "\"");
                }
            }
            qfp += pq.size() - usedCount;
            for (int i = 0; i < pq.size(); i++) {
                if (!used[i]) {
                    miss.add("quotes.extra: \"" + clip(pq.get(i).get("text").asText()) + "\"");
                }
            }
        }

        private void check(List<String> miss, String metric, String gold, String pred) {
            if (!add(metric, java.util.Objects.equals(PyText.key(gold), PyText.key(pred)))) {
                miss.add(mismatch(metric, gold, pred));
            }
        }

        EvalReport report(int cases) {
            Map<String, Number> out = new LinkedHashMap<>();
            tallies.forEach((m, t) -> out.put(m, EvalReport.round4(t[0] / t[1])));
            tallies.forEach((m, t) -> out.put(m + ".n", (int) t[1]));
            if (qtp + qfp + qfn > 0) {
                double prec = qtp + qfp > 0 ? (double) qtp / (qtp + qfp) : 0.0;
                double rec = qtp + qfn > 0 ? (double) qtp / (qtp + qfn) : 0.0;
                out.put("quotes.precision", EvalReport.round4(prec));
                out.put("quotes.recall", EvalReport.round4(rec));
                out.put("quotes.f1", prec + rec > 0 ? EvalReport.round4(2 * prec * rec / (prec + rec)) : 0.0);
                out.put("quotes.speaker", spkN > 0 ? EvalReport.round4((double) spkOk / spkN) : 0.0);
                out.put("quotes.gold", qtp + qfn);
            }
            long all = snip[0] + snip[1] + snip[2] + snip[3];
            if (all > 0) {
                long tp = snip[0];
                long fn = snip[1];
                long fp = snip[2];
                double prec = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
                double rec = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
                out.put("snippets.precision", EvalReport.round4(prec));
                out.put("snippets.recall", EvalReport.round4(rec));
                out.put("snippets.f1", prec + rec > 0 ? EvalReport.round4(2 * prec * rec / (prec + rec)) : 0.0);
                out.put("snippets.accuracy", EvalReport.round4((double) (tp + snip[3]) / all));
            }
            out.put("missing_predictions", missing);
            return new EvalReport(cases, out, notes);
        }
    }

    boolean sourceOk(String gold, JsonNode pred) {
        List<String> raw = new ArrayList<>();
        if (pred != null && pred.isObject()) {
            raw.add(str(pred, "name"));
            raw.add(str(pred, "code"));
        } else if (pred != null && pred.isTextual()) {
            raw.add(pred.asText());
        }
        Set<String> cands = new HashSet<>();
        for (String c : raw) {
            if (c != null && !isBlank(c)) {
                cands.add(PyText.key(c));
            }
        }
        if (gold == null) {
            return cands.isEmpty();
        }
        Set<String> accepted = aliases.expand(PyText.key(gold));
        for (String c : cands) {
            if (accepted.contains(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean speakerOk(String gold, JsonNode q) {
        List<String> parts = new ArrayList<>();
        for (String f : List.of("speaker", "mention")) {
            JsonNode x = q.get(f);
            if (x != null && x.isTextual()) {
                parts.add(x.asText());
            }
        }
        String pred = String.join(" ", parts);
        if (gold == null) {
            return isBlank(pred);
        }
        List<String> g = PyText.tokens(gold);
        return !g.isEmpty() && PyText.tokens(pred).contains(g.get(g.size() - 1));
    }

    /** A member's text, or null when absent, null or not a string. */
    static String str(JsonNode o, String field) {
        if (o == null) {
            return null;
        }
        JsonNode n = o.get(field);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    private static boolean truthy(JsonNode n) {
        return n != null && !n.isNull() && !(n.isContainerNode() && n.isEmpty())
                && !(n.isTextual() && n.asText().isEmpty());
    }

    private static boolean isBlank(String s) {
        return s.codePoints().allMatch(PyText::isSpace);
    }

    /** The first {@code n} code points, as a Python slice takes them; null reads as "". */
    private static String head(String s, int n) {
        if (s == null) {
            return "";
        }
        int cps = s.codePointCount(0, s.length());
        return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    private static String primary(String tag) {
        String t = tag == null ? "" : tag.toLowerCase(java.util.Locale.ROOT);
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }

    private static String mismatch(String metric, String gold, String pred) {
        return metric + ": gold " + quoted(gold) + ", got " + quoted(pred);
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
