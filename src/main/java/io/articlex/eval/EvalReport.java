package io.articlex.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures for one corpus folder, in the reference scorer's order and under its names:
 * {@code title.exact}, {@code dateline.location}, {@code body.f1}, ..., then a {@code METRIC.n} count
 * for each, then {@code quotes.precision|recall|f1|speaker|gold} and {@code missing_predictions}.
 * Rates are rounded to four decimals the way Python's {@code round} does (exact binary value,
 * ties to even), so equal inputs print equal figures in both tools.
 *
 * @param cases   how many gold cases were scored
 * @param metrics metric name to value (a {@code Double} rate or an {@code Integer} count)
 * @param notes   per-case misses, for {@code --failures}
 */
public record EvalReport(int cases, Map<String, Number> metrics, List<CaseNotes> notes) {

    public EvalReport {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        notes = List.copyOf(notes);
    }

    /** A rate, or null when the corpus has no gold for it. */
    public Double rate(String metric) {
        Number n = metrics.get(metric);
        return n instanceof Double d ? d : null;
    }

    /** The metrics a person reads: everything but the {@code .n} counts. */
    public List<String> headline() {
        List<String> out = new ArrayList<>();
        for (String k : metrics.keySet()) {
            if (!k.endsWith(".n")) {
                out.add(k);
            }
        }
        return out;
    }

    /** Aligned {@code metric value} lines, counts in parentheses, as the reference scorer prints them. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        for (String k : headline()) {
            Number v = metrics.get(k);
            Number n = metrics.get(k + ".n");
            b.append(String.format(Locale.ROOT, "%-24s %s", k, format(v)));
            if (n != null) {
                b.append("  (n=").append(n).append(')');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** One compact JSON object: {@code {"dir": ..., "cases": N, METRIC: VALUE, ...}}. */
    public String toJson(String dir) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("dir", dir);
            g.writeNumberField("cases", cases);
            for (Map.Entry<String, Number> e : metrics.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeNumber(format(e.getValue()));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Python's {@code round(x, 4)}: the exact binary value, rounded half to even. */
    static double round4(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Plain decimal notation, at least one decimal for a rate ({@code 1.0}, {@code 0.0001}); integers as integers. */
    static String format(Number v) {
        if (v instanceof Double d) {
            String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        return String.valueOf(v);
    }
}
