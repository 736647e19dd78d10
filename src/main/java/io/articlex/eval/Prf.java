package io.articlex.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bag-of-tokens precision, recall and F1: tokens count with their multiplicity, the overlap of two
 * bags is the sum of per-token minimums. Two empty bags agree perfectly.
 */
record Prf(double precision, double recall, double f1) {

    static Prf of(List<String> predicted, List<String> gold) {
        if (predicted.isEmpty() && gold.isEmpty()) {
            return new Prf(1.0, 1.0, 1.0);
        }
        Map<String, Integer> g = new HashMap<>();
        for (String t : gold) {
            g.merge(t, 1, Integer::sum);
        }
        int common = 0;
        for (String t : predicted) {
            Integer left = g.get(t);
            if (left != null && left > 0) {
                common++;
                g.put(t, left - 1);
            }
        }
        double p = predicted.isEmpty() ? 0.0 : (double) common / predicted.size();
        double r = gold.isEmpty() ? 0.0 : (double) common / gold.size();
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }
}
