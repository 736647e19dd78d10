package io.articlex.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians: the figure a noisy shared machine can still agree with itself on. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
