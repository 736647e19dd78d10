package io.articlex.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The trials give Optimaize's detector's probabilities, double for double, and its answer. */
class NgramTrialsTest {

    @Test
    void sameProbabilitiesAsTheDetectorOnShortAndLongTexts() throws IOException {
        List<LanguageProfile> profiles = new LanguageProfileReader().read(LanguageDetector.SUPPORTED);
        sameAsTheDetector(new NgramTrials(NgramExtractors.standard(), profiles), profiles);
    }

    /** On the build's table the rows are made per gram from its arrays, not by the detector's own table. */
    @Test
    void sameProbabilitiesOnTheBuildsTableAsTheDetectorOnOptimaizesFiles() throws IOException {
        List<LanguageProfile> table = CompactProfiles.read();
        assertThat(table).isNotNull().allMatch(p -> p instanceof CompactProfiles.ArrayProfile);
        sameAsTheDetector(new NgramTrials(NgramExtractors.standard(), table),
                new LanguageProfileReader().read(LanguageDetector.SUPPORTED));
    }

    private static void sameAsTheDetector(NgramTrials trials, List<LanguageProfile> profiles) throws IOException {
        com.optimaize.langdetect.LanguageDetector detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(profiles).build();

        // slices of the samples (every supported language and script) from a few chars to a few thousand,
        // on both sides of the short-text limit, and texts with no letters at all
        List<String> texts = new ArrayList<>(List.of("", "12:05", "— 3 —", "Brücke gesperrt", "Paris", "OK"));
        Random random = new Random(7);
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String t = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (int len : new int[] {8, 30, NgramTrials.SHORT_TEXT, NgramTrials.SHORT_TEXT + 1, 120, 400, 3000}) {
                    int from = t.length() <= len ? 0 : random.nextInt(t.length() - len);
                    texts.add(t.substring(from, Math.min(t.length(), from + len)));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(200);
        int answered = 0;
        for (String text : texts) {
            List<DetectedLanguage> expected = detector.getProbabilities(text);
            double[] prob = trials.probabilities(text);
            if (prob == null) {
                assertThat(expected).as(text).isEmpty();
                assertThat(trials.detect(text)).isNull();
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (DetectedLanguage d : expected) {
                kept.add(d.getLocale().getLanguage() + "=" + d.getProbability());
            }
            // every probability the detector reports, in its order, is one of the trials' own
            String answer = trials.detect(text);
            assertThat(answer).as(text).isEqualTo(expected.isEmpty() ? null : expected.get(0).getLocale().getLanguage());
            List<String> mine = new ArrayList<>();
            for (DetectedLanguage d : expected) {
                boolean found = false;
                for (double p : prob) {
                    found |= p == d.getProbability();
                }
                mine.add(d.getLocale().getLanguage() + "=" + (found ? d.getProbability() : "missing"));
            }
            assertThat(mine).as(text).isEqualTo(kept);
            answered += expected.isEmpty() ? 0 : 1;
        }
        assertThat(answered).isGreaterThan(150);
    }

    @Test
    void gramsAreTheStandardExtractorsInItsOrder() {
        // padding on either side or none, lone and inner spaces, a surrogate pair, non-Latin scripts
        for (String text : List.of("a", " ", "  ", "ab", " ab", "ab ", " ab ", "a b  c", "Брюссель, 3 марта",
                "كما قال", "x\uD83D\uDE00y", "  leading", "trailing  ", "The quick brown fox.")) {
            List<Long> expected = new ArrayList<>();
            for (String g : NgramExtractors.standard().extractGrams(text)) {
                long key = g.length();
                for (int i = 0; i < g.length(); i++) {
                    key = key << 16 | g.charAt(i);
                }
                expected.add(key);
            }
            List<Long> got = new ArrayList<>();
            for (long k : NgramTrials.grams(text)) {
                got.add(k);
            }
            assertThat(got).as(text).isEqualTo(expected);
        }
    }

    @Test
    void remainderByMultiplicationIsExact() {
        Random random = new Random(7);
        int[] edges = {0, 1, 2, 3, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 1 << 30, (1 << 30) - 1, (1 << 30) + 1};
        for (int k = 0; k < 20_000; k++) {
            // bounds of every size, those just above and below a power of two included
            int bits = 2 + k % 30;
            int bound = k % 3 == 0 ? (1 << bits) + 1 : k % 3 == 1 ? (1 << bits) - 1 : (1 << bits - 1) + 1 + random.nextInt(1 << bits - 1);
            if (bound < 3 || (bound & bound - 1) == 0) {
                continue;
            }
            int shift = NgramTrials.Draws.remainderShift(bound);
            long magic = NgramTrials.Draws.remainderMagic(bound, shift);
            for (int j = 0; j < 50 + edges.length; j++) {
                int u = j < edges.length ? edges[j] : j % 2 == 0 ? random.nextInt(Integer.MAX_VALUE) : bound * (random.nextInt(Integer.MAX_VALUE / bound)) - j % 4 / 2;
                if (u < 0) {
                    continue;
                }
                assertThat(u - (int) (u * magic >>> shift) * bound).as(u + " % " + bound).isEqualTo(u % bound);
            }
        }
    }

    @Test
    void drawsAreRandomsSequence() {
        for (long seed : new long[] {41L, 0L, -7L, Long.MAX_VALUE}) {
            Random expected = new Random(seed);
            NgramTrials.Draws draws = new NgramTrials.Draws(seed);
            for (int i = 0; i < 100_000; i++) {
                if (i % 7 == 0) {
                    assertThat(draws.nextGaussian()).isEqualTo(expected.nextGaussian());
                } else {
                    // powers of two and bounds whose top of range is redrawn
                    int bound = i % 3 == 0 ? 1 << (i % 20) : 1 + i % 9_000 + (i % 11 == 0 ? Integer.MAX_VALUE / 2 : 0);
                    assertThat(draws.nextInt(bound)).isEqualTo(expected.nextInt(bound));
                }
            }
        }
    }
    /**
     * {@code NgramTrials.TRIAL_MAX} and the stop of {@link NgramTrials#settled} rest on every trial's
     * weight being above 0 and at most {@code (0.5 + 8 * 0.05) / 10000}: no state of the generator gives
     * a Gaussian draw of 8 or more either way. Such a draw needs {@code s = v1 * v1 + v2 * v2} below
     * {@code e^-32} (|g| is at most {@code sqrt(-2 ln s)}), so both uniform draws within 1.2e-7 of 0.5;
     * the first one's top 26 bits are then within 5 of {@code 2^25}, which leaves 11 x 2^22 states to walk.
     */
    @Test
    void noGeneratorStateGivesAGaussianDrawOfEight() {
        long multiplier = NgramTrials.Draws.MULTIPLIER;
        long inverse = java.math.BigInteger.valueOf(multiplier)
                .modInverse(java.math.BigInteger.ONE.shiftLeft(48)).longValue();
        NgramTrials.Draws draws = new NgramTrials.Draws(0);
        double largest = 0;
        long walked = 0;
        for (long top = (1L << 25) - 5; top <= (1L << 25) + 5; top++) {
            for (long low = 0; low < 1L << 22; low++) {
                long after = top << 22 | low;
                // the state before the step that gives the first double's top bits
                long before = ((after - NgramTrials.Draws.ADDEND) * inverse) & NgramTrials.Draws.MASK;
                draws.state = before;
                double first = 2 * draws.nextDouble() - 1;
                if (Math.abs(first) > 1.2e-7) {
                    continue;
                }
                draws.state = before;
                largest = Math.max(largest, Math.abs(draws.nextGaussian()));
                largest = Math.max(largest, Math.abs(draws.nextGaussian()));
                walked++;
            }
        }
        assertThat(walked).isGreaterThan(1L << 22);
        assertThat(largest).isLessThan(8.0);
    }

    @Test
    void settledOnlyWhenTheRemainingTrialsCannotTakeTheLead() {
        double[] four = new double[11];
        four[3] = 4 * (0.99999 / 7);
        four[5] = 4 * (0.00001 / 7);
        // after four trials for one language, three more all for another give it 3/7 at most
        assertThat(NgramTrials.settled(four, 4)).isTrue();
        assertThat(NgramTrials.settled(four, 3)).isFalse();
        four[5] = 0.15;
        assertThat(NgramTrials.settled(four, 4)).isFalse();
        assertThat(NgramTrials.settled(four, 6)).isTrue();
        // below the threshold nothing is settled, however far ahead
        double[] low = new double[11];
        low[0] = 0.09;
        assertThat(NgramTrials.settled(low, 6)).isFalse();
        // a tie is not a lead
        double[] tie = new double[11];
        tie[1] = 0.5;
        tie[2] = 0.5;
        assertThat(NgramTrials.settled(tie, 7)).isFalse();
    }
}
