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
    private final NgramFrequencyData data;
    private final int languages;

    /**
     * Over the profiles in the order given, collected as the builder collects them (a hash set filled
     * in that order), so the languages are numbered as the detector numbers them: the sums of the
     * normalisation run in that order, and ties go to the lower number.
     */
    NgramTrials(NgramExtractor extractor, List<LanguageProfile> profiles) {
        this.extractor = extractor;
        Set<LanguageProfile> set = new java.util.HashSet<>();
        for (LanguageProfile p : profiles) {
            set.add(p);
        }
        this.data = NgramFrequencyData.create(set, extractor.getGramLengths());
        this.languages = data.getLanguageList().size();
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
        return best < 0 ? null : data.getLanguage(best).getLanguage();
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
            double[] row = data.getProbabilities(e.getKey());
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
        double[] total = new double[languages];
        Random rand = new Random(SEED);
        for (int t = 0; t < N_TRIAL; t++) {
            double[] prob = uniform();
            double weight = (ALPHA + rand.nextGaussian() * ALPHA_WIDTH) / BASE_FREQ;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                int r = rand.nextInt(grams.size());
                double[] row = rows[r];
                if (row == null) {
                    row = data.getProbabilities(grams.get(r));
                    rows[r] = row = row == null ? ABSENT : row;
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

    private double[] uniform() {
        double[] prob = new double[languages];
        for (int i = 0; i < prob.length; i++) {
            prob[i] = 1.0 / languages;
        }
        return prob;
    }
}
