package io.articlex.language;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.cybozu.util.Util;
import com.optimaize.langdetect.ngram.NgramExtractor;
import com.optimaize.langdetect.profiles.LanguageProfile;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Optimaize's n-gram detection (step 3 of {@link LanguageDetector}), giving the same probabilities as
 * the detector its builder makes with the defaults articlex uses, with each gram's table row looked up
 * once per text instead of once per draw.
 *
 * <p>Why: the detector draws up to 7 x 1,000 grams at random from a text's grams and looks each draw
 * up in a hash map of strings; for a short wire story whose function words cannot settle its language
 * that was three quarters of the detection, and the detection a sixth of a batch of such stories (the
 * batch runs C1-compiled code, where the map's hashing and {@code equals} are calls). Here a draw reads
 * the row from an array filled on first use; the draws, the order of the multiplications and the
 * normalisations are the detector's, so every probability is the same double (a test compares them
 * with the detector's on many texts). Short texts (at most {@link #SHORT_TEXT} chars) take the
 * detector's other path, one pass over the counted grams in the extractor's order.
 *
 * <p>The settings are the builder's defaults, which {@link LanguageDetector} does not change: alpha
 * 0.5, seed 41, prefix and suffix factors 1, probability threshold 0.1.
 */
final class NgramTrials {

    static final int SHORT_TEXT = 50;
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONV_THRESHOLD = 0.99999;
    private static final int BASE_FREQ = 10000;
    private static final int N_TRIAL = 7;
    private static final long SEED = 41L;
    private static final double PROBABILITY_THRESHOLD = 0.1;
    /** A gram the profiles do not hold (the map's null), as cached. */
    private static final double[] ABSENT = new double[0];

    private final NgramExtractor extractor;
    /** The detector's table of every gram's row; null when the rows come from {@link #arrays}. */
    private final NgramFrequencyData data;
    /** The profiles in the detector's order when all are the build's table ({@link CompactProfiles.ArrayProfile}); else null. */
    private final CompactProfiles.ArrayProfile[] arrays;
    private final String[] tags;
    private final int languages;

    /**
     * Over the profiles in the order given, collected as the builder collects them (a hash set filled
     * in that order), so the languages are numbered as the detector numbers them: the sums of the
     * normalisation run in that order, and ties go to the lower number.
     *
     * <p>Profiles from the build's table are not made into the detector's table of rows
     * ({@code NgramFrequencyData}): a map of ~12,000 grams, each with an array of every language's
     * share, which was a quarter of a one-file parse's main thread for a story whose function words
     * could not settle its language, though such a story looks up a few hundred grams. A gram's row is
     * made from the profiles' arrays when the text first needs it ({@link #rowOf}), with the detector's
     * arithmetic: the gram's count over its profile's total for the gram's length, as doubles.
     */
    NgramTrials(NgramExtractor extractor, List<LanguageProfile> profiles) {
        this.extractor = extractor;
        Set<LanguageProfile> set = new java.util.HashSet<>();
        for (LanguageProfile p : profiles) {
            set.add(p);
        }
        List<Integer> gramLengths = extractor.getGramLengths();
        boolean compact = !set.isEmpty();
        for (LanguageProfile p : set) {
            compact &= p instanceof CompactProfiles.ArrayProfile && p.getGramLengths().containsAll(gramLengths);
        }
        if (compact) {
            this.data = null;
            this.arrays = set.toArray(new CompactProfiles.ArrayProfile[0]);
            this.tags = new String[arrays.length];
            for (int i = 0; i < arrays.length; i++) {
                tags[i] = arrays[i].getLocale().getLanguage();
            }
        } else {
            this.data = NgramFrequencyData.create(set, gramLengths);
            this.arrays = null;
            this.tags = new String[data.getLanguageList().size()];
            for (int i = 0; i < tags.length; i++) {
                tags[i] = data.getLanguage(i).getLanguage();
            }
        }
        this.languages = tags.length;
        this.gramLengths = new boolean[8];
        for (int len : gramLengths) {
            if (len < this.gramLengths.length) {
                this.gramLengths[len] = true;
            }
        }
    }

    /** The extractor's gram lengths, by length: the only grams the detector's table holds. */
    private final boolean[] gramLengths;

    /**
     * The shares of {@code gram} in each language's profile (0 where a profile lacks it), or null when
     * no profile holds it: the detector's table row.
     */
    private double[] rowOf(String gram) {
        if (data != null) {
            return data.getProbabilities(gram);
        }
        int len = gram.length();
        if (len >= gramLengths.length || !gramLengths[len]) {
            return null;
        }
        double[] row = null;
        for (int i = 0; i < arrays.length; i++) {
            int count = arrays[i].count(gram);
            if (count >= 0) {
                if (row == null) {
                    row = new double[languages];
                }
                row[i] = (double) count / (double) arrays[i].getNumGramOccurrences(len);
            }
        }
        return row;
    }

    /** The primary tag of the most probable language, or null when none reaches the threshold or the text has no grams. */
    String detect(CharSequence text) {
        double[] prob = probabilities(text);
        if (prob == null) {
            return null;
        }
        int best = -1;
        for (int j = 0; j < prob.length; j++) {
            // the detector keeps those at the threshold or above and sorts them, stably, by falling probability
            if (prob[j] >= PROBABILITY_THRESHOLD && (best < 0 || Double.compare(prob[j], prob[best]) > 0)) {
                best = j;
            }
        }
        return best < 0 ? null : tags[best];
    }

    /** Each language's probability, in the detector's numbering; null when the text has no grams. */
    double[] probabilities(CharSequence text) {
        if (text.length() <= SHORT_TEXT) {
            Map<String, Integer> counted = extractor.extractCountedGrams(text);
            return counted.isEmpty() ? null : shortText(counted);
        }
        List<String> grams = extractor.extractGrams(text);
        return grams.isEmpty() ? null : longText(grams);
    }

    private double[] shortText(Map<String, Integer> counted) {
        double[] prob = uniform();
        double weight = ALPHA / BASE_FREQ;
        for (Map.Entry<String, Integer> e : counted.entrySet()) {
            double[] row = rowOf(e.getKey());
            if (row != null) {
                int count = e.getValue();
                for (int i = 0; i < prob.length; i++) {
                    for (int k = 0; k < count; k++) {
                        prob[i] *= weight + row[i];
                    }
                }
            }
            if (Util.normalizeProb(prob) > CONV_THRESHOLD) {
                break;
            }
        }
        Util.normalizeProb(prob);
        return prob;
    }

    private double[] longText(List<String> grams) {
        double[][] rows = new double[grams.size()][];
        RowCache cache = caches.get();
        double[] total = new double[languages];
        Random rand = new Random(SEED);
        for (int t = 0; t < N_TRIAL; t++) {
            double[] prob = uniform();
            double weight = (ALPHA + rand.nextGaussian() * ALPHA_WIDTH) / BASE_FREQ;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                int r = rand.nextInt(grams.size());
                double[] row = rows[r];
                if (row == null) {
                    rows[r] = row = cache.row(grams.get(r));
                }
                if (row != ABSENT) {
                    for (int j = 0; j < prob.length; j++) {
                        prob[j] *= weight + row[j];
                    }
                }
                if (i % 5 == 0 && Util.normalizeProb(prob) > CONV_THRESHOLD) {
                    break;
                }
            }
            for (int j = 0; j < total.length; j++) {
                total[j] += prob[j] / N_TRIAL;
            }
        }
        return total;
    }

    /** Each thread's {@link RowCache}: a worker's texts share most of their grams. */
    private final ThreadLocal<RowCache> caches = ThreadLocal.withInitial(RowCache::new);

    /**
     * The table rows of grams seen before on this thread, keyed by the gram packed into a long (up to
     * three chars of 16 bits and the length): the map lookup of a fresh gram string, with its hashing
     * and {@code equals} calls, was still most of the detection after the per-text cache. Holds at
     * most {@link #MAX} grams (a batch of texts in many scripts meets ever new ones); past that,
     * grams not held are looked up in the map each time.
     */
    private final class RowCache {
        private static final int MAX = 1 << 16;
        private long[] keys = new long[1024];
        private double[][] values = new double[1024][];
        private int size;

        double[] row(String gram) {
            long key = pack(gram);
            if (key == 0) {
                return lookup(gram);
            }
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            double[] row = lookup(gram);
            if (size < MAX) {
                keys[slot] = key;
                values[slot] = row;
                if (++size * 2 > keys.length) {
                    grow();
                }
            }
            return row;
        }

        private double[] lookup(String gram) {
            double[] row = rowOf(gram);
            return row == null ? ABSENT : row;
        }

        private void grow() {
            long[] oldKeys = keys;
            double[][] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new double[oldKeys.length * 2][];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(oldKeys[i], mask);
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        /** The gram's chars and length in one long (never 0 for a gram of one to three chars); 0 for any other. */
        private static long pack(String gram) {
            int n = gram.length();
            if (n == 0 || n > 3) {
                return 0;
            }
            long key = n;
            for (int i = 0; i < n; i++) {
                key = key << 16 | gram.charAt(i);
            }
            return key;
        }

        private static int slot(long key, int mask) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        }
    }

    private double[] uniform() {
        double[] prob = new double[languages];
        for (int i = 0; i < prob.length; i++) {
            prob[i] = 1.0 / languages;
        }
        return prob;
    }
}
