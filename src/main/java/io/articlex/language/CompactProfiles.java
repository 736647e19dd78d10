package io.articlex.language;

import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The n-gram profiles of the supported languages in a compact binary form, written at build time
 * ({@link #main}, run by the build after compiling) from the profiles Optimaize ships, and read at run
 * time instead of them.
 *
 * <p>Why: Optimaize stores a profile as a JSON text and reads it with a reluctant regex over the whole
 * file and a split per entry. For the eleven supported languages that took ~100 ms of CPU in a fresh
 * JVM, more than the rest of a one-file parse of a short story whose language the function words cannot
 * settle (a headline and two paragraphs). This form holds the same grams and counts: a language's grams
 * as one block of UTF-16 chars copied in one call, their lengths and counts as arrays, served to the detector as
 * they are ({@link ArrayProfile}). They hold the same grams and counts as the profiles Optimaize's reader
 * builds, and a detector on them gives the same probabilities (both checked by a test).
 *
 * <p>Layout (big-endian): the number of languages; per language its tag (UTF), its profile's hash (see
 * {@link ArrayProfile#hashCode}) and its number of gram lengths; per length, ascending: the length in
 * chars, the number of grams n, their total count (long), n counts (int), and the grams as one block
 * of UTF-16 chars (their number first), each gram exactly that many chars, in ascending order (String
 * order) with the counts in the same order.
 */
public final class CompactProfiles {

    /** Where the build writes the table, under the classes directory. */
    static final String RESOURCE = "/io/articlex/language/profiles.bin";

    private CompactProfiles() {
    }

    /** Writes the table of {@link LanguageDetector#SUPPORTED} to the file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(new LanguageProfileReader().read(LanguageDetector.SUPPORTED), o);
        }
    }

    static void write(List<LanguageProfile> profiles, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(profiles.size());
        for (LanguageProfile p : profiles) {
            d.writeUTF(p.getLocale().toString());
            d.writeInt(p.hashCode());
            List<Integer> lengths = p.getGramLengths();
            d.writeInt(lengths.size());
            for (int len : lengths) {
                // sorted by gram, so that a gram is found by a binary search over the block (ArrayProfile#count)
                java.util.TreeMap<String, Integer> sorted = new java.util.TreeMap<>();
                for (Map.Entry<String, Integer> e : p.iterateGrams(len)) {
                    if (e.getKey().length() != len) {
                        throw new IllegalStateException("gram of unexpected length in " + p.getLocale() + ": " + e.getKey());
                    }
                    sorted.put(e.getKey(), e.getValue());
                }
                List<String> grams = new ArrayList<>(sorted.keySet());
                List<Integer> counts = new ArrayList<>(sorted.values());
                d.writeInt(len);
                d.writeInt(grams.size());
                d.writeLong(p.getNumGramOccurrences(len));
                for (int c : counts) {
                    d.writeInt(c);
                }
                // UTF-16 chars, not UTF-8: read back with one bulk copy, where decoding UTF-8 (which
                // the profiles of Turkish, Russian and Arabic need beyond Latin-1) ran a loop per byte
                String all = String.join("", grams);
                d.writeInt(all.length());
                d.writeChars(all);
            }
        }
        d.flush();
    }

    /** The profiles in the table, in the order written; null when the table is not there. */
    static List<LanguageProfile> read() throws IOException {
        try (InputStream in = io.articlex.resource.Resources.open(CompactProfiles.class, RESOURCE)) {
            return in == null ? null : read(in);
        }
    }

    static List<LanguageProfile> read(InputStream in) throws IOException {
        // a ByteBuffer, not a DataInputStream: the ~26,000 counts are copied in one call per length
        // instead of four read() calls each, in a JVM that runs this code interpreted
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(in.readAllBytes());
        try {
            int languages = b.getInt();
            List<LanguageProfile> out = new ArrayList<>(languages);
            for (int l = 0; l < languages; l++) {
                byte[] tag = new byte[b.getShort() & 0xffff];
                b.get(tag);
                LdLocale locale = LdLocale.fromString(new String(tag, StandardCharsets.UTF_8));
                int hash = b.getInt();
                int lengths = b.getInt();
                int[] gramLength = new int[lengths];
                char[][] grams = new char[lengths][];
                int[][] counts = new int[lengths][];
                long[] occurrences = new long[lengths];
                for (int k = 0; k < lengths; k++) {
                    int len = b.getInt();
                    int n = b.getInt();
                    gramLength[k] = len;
                    occurrences[k] = b.getLong();
                    counts[k] = new int[n];
                    b.asIntBuffer().get(counts[k]);
                    b.position(b.position() + 4 * n);
                    // kept as one char array: no String per gram (~26,000 of them, most never looked up)
                    char[] all = new char[b.getInt()];
                    if (all.length != n * len) {
                        throw new IOException("corrupt language profile table");
                    }
                    b.asCharBuffer().get(all);
                    b.position(b.position() + 2 * all.length);
                    grams[k] = all;
                }
                out.add(new ArrayProfile(locale, hash, gramLength, grams, counts, occurrences));
            }
            return out;
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("truncated language profile table", e);
        }
    }

    /**
     * A profile over the table's arrays. Optimaize's own profile class copies the grams into a map per
     * gram length (twice, through its builder), ~50,000 map insertions for the eleven languages in a
     * JVM that runs them interpreted; and the detector's table made from profiles
     * ({@code NgramFrequencyData}) is one more map of ~12,000 grams, each with an array of the
     * languages' shares. Here the grams of one length stay one sorted char array, and
     * {@link NgramTrials} asks {@link #count} for just the grams of the text at hand (a short story
     * has a few hundred), by a binary search. The rest of {@code LanguageProfile} is served from the
     * same arrays (a gram's String made when asked), for Optimaize's own detector and the tests.
     */
    static final class ArrayProfile implements LanguageProfile {
        private final LdLocale locale;
        private final int hash;
        /** Ascending gram lengths; for each, its grams (sorted, back to back), their counts and the sum of the counts. */
        private final int[] gramLength;
        private final char[][] grams;
        private final int[][] counts;
        private final long[] occurrences;
        private final List<Integer> lengths;

        ArrayProfile(LdLocale locale, int hash, int[] gramLength, char[][] grams, int[][] counts, long[] occurrences) {
            this.locale = locale;
            this.hash = hash;
            this.gramLength = gramLength;
            this.grams = grams;
            this.counts = counts;
            this.occurrences = occurrences;
            Integer[] ls = new Integer[gramLength.length];
            for (int k = 0; k < ls.length; k++) {
                ls[k] = gramLength[k];
            }
            this.lengths = List.of(ls);
        }

        private int index(int gramLength) {
            for (int k = 0; k < this.gramLength.length; k++) {
                if (this.gramLength[k] == gramLength) {
                    return k;
                }
            }
            return -1;
        }

        /** The count of {@code gram}, or -1 when this profile does not hold it (a count of 0 is a gram held). */
        int count(String gram) {
            int len = gram.length();
            int k = index(len);
            if (k < 0) {
                return -1;
            }
            char[] all = grams[k];
            int lo = 0;
            int hi = counts[k].length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int at = mid * len;
                int cmp = 0;
                for (int j = 0; j < len && cmp == 0; j++) {
                    cmp = all[at + j] - gram.charAt(j);
                }
                if (cmp < 0) {
                    lo = mid + 1;
                } else if (cmp > 0) {
                    hi = mid - 1;
                } else {
                    return counts[k][mid];
                }
            }
            return -1;
        }

        @Override
        public LdLocale getLocale() {
            return locale;
        }

        @Override
        public List<Integer> getGramLengths() {
            return lengths;
        }

        @Override
        public int getFrequency(String gram) {
            return Math.max(0, count(gram));
        }

        @Override
        public int getNumGrams(int gramLength) {
            if (gramLength < 1) {
                throw new IllegalArgumentException(String.valueOf(gramLength));
            }
            int k = index(gramLength);
            return k < 0 ? 0 : counts[k].length;
        }

        @Override
        public int getNumGrams() {
            int n = 0;
            for (int[] c : counts) {
                n += c.length;
            }
            return n;
        }

        @Override
        public long getNumGramOccurrences(int gramLength) {
            int k = index(gramLength);
            return k < 0 ? 0 : occurrences[k];
        }

        @Override
        public long getMinGramCount(int gramLength) {
            int k = index(gramLength);
            return k < 0 ? 0 : java.util.Arrays.stream(counts[k]).min().orElse(0);
        }

        @Override
        public long getMaxGramCount(int gramLength) {
            int k = index(gramLength);
            return k < 0 ? 0 : java.util.Arrays.stream(counts[k]).max().orElse(0);
        }

        @Override
        public Iterable<Map.Entry<String, Integer>> iterateGrams() {
            List<Map.Entry<String, Integer>> all = new ArrayList<>();
            for (int len : gramLength) {
                all.addAll(entries(len));
            }
            return all;
        }

        @Override
        public Iterable<Map.Entry<String, Integer>> iterateGrams(int gramLength) {
            return entries(gramLength);
        }

        /** The grams of one length with their counts, as entries made when read. */
        private List<Map.Entry<String, Integer>> entries(int gramLength) {
            int k = index(gramLength);
            if (k < 0) {
                return List.of();
            }
            char[] g = grams[k];
            int[] c = counts[k];
            return new java.util.AbstractList<>() {
                @Override
                public Map.Entry<String, Integer> get(int i) {
                    return new java.util.AbstractMap.SimpleImmutableEntry<>(new String(g, i * gramLength, gramLength), c[i]);
                }

                @Override
                public int size() {
                    return c.length;
                }
            };
        }
        /**
         * Optimaize's own profile's hash (its locale's, then the map of gram length to the map of gram to
         * count, as {@code java.util.Map} defines a map's hash), computed by the build and stored. The
         * detector's builder keeps its profiles in a HashSet, and the order of that set is the order of
         * the languages in the probabilities it sums: an identity hash would make the sums differ in their
         * last bits from run to run. With this hash the order, and so every probability, is the one
         * Optimaize's profiles give (a test checks both).
         */
        @Override
        public int hashCode() {
            return hash;
        }

        /** The same locale and the same grams with the same counts. */
        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof ArrayProfile p) || !p.locale.equals(locale) || p.getNumGrams() != getNumGrams()) {
                return false;
            }
            for (int k = 0; k < grams.length; k++) {
                for (int i = 0; i < counts[k].length; i++) {
                    if (p.count(new String(grams[k], i * gramLength[k], gramLength[k])) != counts[k][i]) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "ArrayProfile{locale=" + locale + ", grams=" + getNumGrams() + "}";
        }
    }
}
