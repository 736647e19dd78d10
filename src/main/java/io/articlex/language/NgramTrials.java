package io.articlex.language;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.cybozu.util.Util;
import com.optimaize.langdetect.ngram.NgramExtractor;
import com.optimaize.langdetect.ngram.NgramExtractors;
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
        if (extractor != NgramExtractors.standard()) {
            throw new IllegalArgumentException("the trials read a long text's grams as the standard extractor makes them");
        }
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
        double[] prob = probabilities(text, true);
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
        return probabilities(text, false);
    }

    /**
     * As {@link #probabilities(CharSequence)}; with {@code settle}, a long text's trials stop once the
     * answer of {@link #detect} can no longer change ({@link #settled}), and the sums so far are returned.
     */
    private double[] probabilities(CharSequence text, boolean settle) {
        if (text.length() <= SHORT_TEXT) {
            Map<String, Integer> counted = extractor.extractCountedGrams(text);
            return counted.isEmpty() ? null : shortText(counted);
        }
        long[] grams = grams(text);
        return grams.length == 0 ? null : longText(grams, settle);
    }

    /**
     * The most a trial can add to a language's sum, times {@link #N_TRIAL}: a trial's probabilities are
     * normalised (at most 1) unless it ran to {@link #ITERATION_LIMIT}, when up to four draws follow the
     * last normalisation, each multiplying by {@code weight + row[j]}, where a row's share is at most 1
     * and the weight at most {@code (0.5 + 8 * 0.05) / 10000} (no state of the generator gives a Gaussian
     * draw of 8 or more either way: {@code NgramTrialsTest} walks every state that could). So each
     * product is at most {@code 1.00009^4}; the bound adds room for the rounding of the sums.
     */
    private static final double TRIAL_MAX = 1.001;

    /**
     * The index of the first trial after which {@link #settled} can hold: after {@code k} trials the
     * leader's sum is at most {@code k / 7} and must exceed {@code (7 - k) * TRIAL_MAX / 7}, so {@code k >= 4}.
     */
    private static final int MIN_SETTLED = 3;

    /**
     * Whether the answer of {@link #detect} is known after {@code done} of the {@link #N_TRIAL} trials,
     * given their sums {@code total}: the leading language has reached the threshold, and leads every
     * other by more than the remaining trials could give that one (each at most {@link #TRIAL_MAX} /
     * {@code N_TRIAL}; its own sum cannot fall, every weight being above 0, so every product is too).
     * Why: a wire story whose function words cannot settle its language spends most of its detection in
     * the trials, and when the first four all go to one language with near certainty (the usual case
     * for an English story) the last three cannot take the answer from it. Only the answer is the
     * detector's then, not the probabilities, so {@link #probabilities(CharSequence)} never stops early.
     */
    static boolean settled(double[] total, int done) {
        int best = 0;
        for (int j = 1; j < total.length; j++) {
            if (total[j] > total[best]) {
                best = j;
            }
        }
        if (!(total[best] >= PROBABILITY_THRESHOLD)) {
            return false;
        }
        double rest = (N_TRIAL - done) * TRIAL_MAX / N_TRIAL;
        for (int j = 0; j < total.length; j++) {
            if (j != best && !(total[best] > total[j] + rest)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The grams of {@code NgramExtractors.standard().extractGrams(text)}, in its order, each packed
     * into a long (its length, then its chars, 16 bits each) instead of made a String: the text padded with a space at
     * either end that lacks one, then every gram of one character (a lone space left out), of two,
     * and of three (one with a space in the middle left out). The draws read a few hundred of a
     * long text's thousands of grams; making every one a String (substring, copy, list) was half of
     * the trials' time.
     */
    static long[] grams(CharSequence text) {
        int n = text.length();
        if (n == 0) {
            return new long[0];
        }
        boolean padStart = text.charAt(0) != ' ' || text.charAt(n - 1) != ' ';
        boolean padEnd = padStart && text.charAt(n - 1) != ' ';
        padStart = padStart && text.charAt(0) != ' ';
        char[] c = new char[n + (padStart ? 1 : 0) + (padEnd ? 1 : 0)];
        int len = 0;
        if (padStart) {
            c[len++] = ' ';
        }
        for (int i = 0; i < n; i++) {
            c[len++] = text.charAt(i);
        }
        if (padEnd) {
            c[len++] = ' ';
        }
        long[] out = new long[3 * len];
        int k = 0;
        for (int i = 0; i < len; i++) {
            if (c[i] != ' ') {
                out[k++] = 1L << 16 | c[i];
            }
        }
        for (int i = 0; i + 1 < len; i++) {
            out[k++] = (2L << 16 | c[i]) << 16 | c[i + 1];
        }
        for (int i = 0; i + 2 < len; i++) {
            if (c[i + 1] != ' ') {
                out[k++] = ((3L << 16 | c[i]) << 16 | c[i + 1]) << 16 | c[i + 2];
            }
        }
        return java.util.Arrays.copyOf(out, k);
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

    private double[] longText(long[] grams, boolean settle) {
        if (languages == 11) {
            return longText11(grams, settle);
        }
        double[][] rows = new double[grams.length][];
        RowCache cache = caches.get();
        double[] total = new double[languages];
        Draws rand = new Draws(SEED);
        for (int t = 0; t < N_TRIAL; t++) {
            double[] prob = uniform();
            double weight = (ALPHA + rand.nextGaussian() * ALPHA_WIDTH) / BASE_FREQ;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                int r = rand.nextInt(grams.length);
                double[] row = rows[r];
                if (row == null) {
                    rows[r] = row = cache.row(grams[r]);
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
            if (settle && settled(total, t + 1)) {
                break;
            }
        }
        return total;
    }

    /**
     * {@link #longText} for the eleven supported languages, each language's probability in a local
     * instead of an array slot, and the draws' generator state in a local too. The operations are the
     * same, in the same order, on the same doubles (a product per language per draw, the normalisation's
     * sum from the first language to the last, then one division each), so every result is the same
     * double. Why: the batch runs C1-compiled code, which keeps the loops over an eleven-slot array as
     * loops, with a bounds check on each of its two arrays at every step; a wire story whose function
     * words cannot settle its language spends most of its detection in those ~1,000 to 7,000 steps.
     */
    private double[] longText11(long[] grams, boolean settle) {
        int n = grams.length;
        double[][] rows = new double[n][];
        RowCache cache = caches.get();
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        double t4 = 0;
        double t5 = 0;
        double t6 = 0;
        double t7 = 0;
        double t8 = 0;
        double t9 = 0;
        double t10 = 0;
        Draws rand = new Draws(SEED);
        double uniform = 1.0 / languages;
        int m = n - 1;
        boolean powerOfTwo = (n & m) == 0;
        int shift = powerOfTwo ? 0 : Draws.remainderShift(n);
        long magic = powerOfTwo ? 0 : Draws.remainderMagic(n, shift);
        for (int t = 0; t < N_TRIAL; t++) {
            double p0 = uniform;
            double p1 = uniform;
            double p2 = uniform;
            double p3 = uniform;
            double p4 = uniform;
            double p5 = uniform;
            double p6 = uniform;
            double p7 = uniform;
            double p8 = uniform;
            double p9 = uniform;
            double p10 = uniform;
            double weight = (ALPHA + rand.nextGaussian() * ALPHA_WIDTH) / BASE_FREQ;
            long state = rand.state;
            // draws until the next normalisation: i % 5 == 0 counted down, without C1's idiv per draw
            int toNormalise = 0;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                // Draws.nextInt(n), on the local state
                state = (state * Draws.MULTIPLIER + Draws.ADDEND) & Draws.MASK;
                int r = (int) (state >>> 17);
                if (powerOfTwo) {
                    r = (int) ((n * (long) r) >> 31);
                } else {
                    // u % n as a multiplication and a shift (Draws.remainderMagic): C1 divides with idiv
                    for (int u = r; u - (r = u - (int) (u * magic >>> shift) * n) + m < 0; ) {
                        state = (state * Draws.MULTIPLIER + Draws.ADDEND) & Draws.MASK;
                        u = (int) (state >>> 17);
                    }
                }
                double[] row = rows[r];
                if (row == null) {
                    rows[r] = row = cache.row(grams[r]);
                }
                if (row != ABSENT) {
                    p0 *= weight + row[0];
                    p1 *= weight + row[1];
                    p2 *= weight + row[2];
                    p3 *= weight + row[3];
                    p4 *= weight + row[4];
                    p5 *= weight + row[5];
                    p6 *= weight + row[6];
                    p7 *= weight + row[7];
                    p8 *= weight + row[8];
                    p9 *= weight + row[9];
                    p10 *= weight + row[10];
                }
                if (toNormalise-- == 0) {
                    toNormalise = 4;
                    // Util.normalizeProb: the sum in language order, then each divided, the largest kept
                    double sum = 0;
                    sum += p0;
                    sum += p1;
                    sum += p2;
                    sum += p3;
                    sum += p4;
                    sum += p5;
                    sum += p6;
                    sum += p7;
                    sum += p8;
                    sum += p9;
                    sum += p10;
                    double max = 0;
                    p0 = p0 / sum;
                    if (max < p0) {
                        max = p0;
                    }
                    p1 = p1 / sum;
                    if (max < p1) {
                        max = p1;
                    }
                    p2 = p2 / sum;
                    if (max < p2) {
                        max = p2;
                    }
                    p3 = p3 / sum;
                    if (max < p3) {
                        max = p3;
                    }
                    p4 = p4 / sum;
                    if (max < p4) {
                        max = p4;
                    }
                    p5 = p5 / sum;
                    if (max < p5) {
                        max = p5;
                    }
                    p6 = p6 / sum;
                    if (max < p6) {
                        max = p6;
                    }
                    p7 = p7 / sum;
                    if (max < p7) {
                        max = p7;
                    }
                    p8 = p8 / sum;
                    if (max < p8) {
                        max = p8;
                    }
                    p9 = p9 / sum;
                    if (max < p9) {
                        max = p9;
                    }
                    p10 = p10 / sum;
                    if (max < p10) {
                        max = p10;
                    }
                    if (max > CONV_THRESHOLD) {
                        break;
                    }
                }
            }
            rand.state = state;
            t0 += p0 / N_TRIAL;
            t1 += p1 / N_TRIAL;
            t2 += p2 / N_TRIAL;
            t3 += p3 / N_TRIAL;
            t4 += p4 / N_TRIAL;
            t5 += p5 / N_TRIAL;
            t6 += p6 / N_TRIAL;
            t7 += p7 / N_TRIAL;
            t8 += p8 / N_TRIAL;
            t9 += p9 / N_TRIAL;
            t10 += p10 / N_TRIAL;
            if (settle && t >= MIN_SETTLED) {
                double[] total = {t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10};
                if (settled(total, t + 1)) {
                    return total;
                }
            }
        }
        return new double[] {t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10};
    }

    /**
     * The draws of {@code new Random(seed)}: the same 48-bit linear congruential generator, and
     * {@code nextInt(bound)}, {@code nextDouble()} and {@code nextGaussian()} as {@link Random}
     * specifies them on it, with the state in a plain field. Random keeps it in an atomic long that
     * every draw reads and compares-and-sets, calls in C1-compiled code (how batches run), and the
     * detector draws up to 7,000 times per text. {@code NgramTrialsTest} compares the sequences.
     */
    static final class Draws {
        static final long MULTIPLIER = 0x5DEECE66DL;
        static final long ADDEND = 0xBL;
        static final long MASK = (1L << 48) - 1;
        private static final double DOUBLE_UNIT = 0x1.0p-53;
        long state;
        private double nextNextGaussian;
        private boolean haveNextNextGaussian;

        Draws(long seed) {
            state = (seed ^ MULTIPLIER) & MASK;
        }

        private int next(int bits) {
            state = (state * MULTIPLIER + ADDEND) & MASK;
            return (int) (state >>> (48 - bits));
        }

        /**
         * The shift of {@link #remainderMagic} for {@code bound} (at least 3, not a power of two): 31 plus
         * the bits of {@code bound - 1}.
         */
        static int remainderShift(int bound) {
            return 31 + 32 - Integer.numberOfLeadingZeros(bound - 1);
        }

        /**
         * The multiplier that gives {@code u / bound} as {@code u * magic >>> shift} for every {@code u} of
         * 31 bits ({@code 0 <= u < 2^31}), {@code shift} being {@link #remainderShift}: {@code 2^shift /
         * bound} rounded down, plus one (Granlund and Montgomery, "Division by invariant integers using
         * multiplication", 1994: exact when {@code 2^shift <= magic * bound <= 2^shift + 2^(shift - 31)},
         * which holds as {@code bound <= 2^(shift - 31)}). It is at most {@code 2^32}, so the product stays
         * below {@code 2^63}. Why: {@code nextInt} divides once per draw, up to 7,000 draws per text, and
         * C1, which runs a batch, divides by a number known only at run time with {@code idiv}, several
         * times the cost of a multiplication.
         */
        static long remainderMagic(int bound, int shift) {
            return (1L << shift) / bound + 1;
        }

        int nextInt(int bound) {
            int r = next(31);
            int m = bound - 1;
            if ((bound & m) == 0) {
                return (int) ((bound * (long) r) >> 31);
            }
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
                // a draw from the uneven top of the range: draw again
            }
            return r;
        }

        double nextDouble() {
            return (((long) next(26) << 27) + next(27)) * DOUBLE_UNIT;
        }

        double nextGaussian() {
            if (haveNextNextGaussian) {
                haveNextNextGaussian = false;
                return nextNextGaussian;
            }
            double v1;
            double v2;
            double s;
            do {
                v1 = 2 * nextDouble() - 1;
                v2 = 2 * nextDouble() - 1;
                s = v1 * v1 + v2 * v2;
            } while (s >= 1 || s == 0);
            double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            nextNextGaussian = v2 * multiplier;
            haveNextNextGaussian = true;
            return v1 * multiplier;
        }
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

        double[] row(long key) {
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            double[] row = rowOf(unpack(key));
            if (row == null) {
                row = ABSENT;
            }
            if (size < MAX) {
                keys[slot] = key;
                values[slot] = row;
                if (++size * 2 > keys.length) {
                    grow();
                }
            }
            return row;
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

        /** The gram of a key of {@link #grams}: its length is in the bits above its chars. */
        private static String unpack(long key) {
            if (key >>> 48 == 3) {
                return new String(new char[] {(char) (key >>> 32), (char) (key >>> 16), (char) key});
            }
            if (key >>> 32 == 2) {
                return new String(new char[] {(char) (key >>> 16), (char) key});
            }
            return String.valueOf((char) key);
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
