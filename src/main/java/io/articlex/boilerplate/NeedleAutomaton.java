package io.articlex.boilerplate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in one pass over a paragraph, which of many folded texts ({@link Needles#fold}) it may
 * contain: an Aho-Corasick automaton over folded characters, each text tagged with bit numbers that
 * the pass sets when the text (or, for a text with non-ASCII characters, its shape) ends somewhere.
 *
 * <p>Why: a short paragraph meets a dozen line rules that survive their cheap checks, each with its
 * own list of needles ({@code "reporting by"}, {@code "all rights reserved"}, ...). Testing them a
 * rule at a time cost a folded, pair-hashed copy of the paragraph ({@link Needles.Text}) and then per
 * needle a few bit tests and often an {@code indexOf}: in a batch of short wire stories, run by C1
 * code, that was a tenth of the main thread. One pass of this automaton answers every rule at once.
 *
 * <p>Small on purpose: the alphabet is the ASCII characters of the texts (each its own class, up to
 * {@link #MAX_EXACT} of them) and one class for every other character, so a row of the transition
 * table is a few dozen chars and the rows the pass visits stay in the processor's first cache (a
 * table with a class per character of every language's phrases was slower than the copy it replaced).
 * Hence two answers: a bit of a text of exact-class characters only is exact (set exactly when the
 * folded paragraph contains the text); a bit of any other text is "maybe" ({@link #exact}), a
 * necessary condition the caller confirms on the folded paragraph. Texts of one character are not in
 * the trie (a space would end a match at every word): they are answered from the set of classes the
 * pass met ({@link Scan#seen}), which also answers for single required characters.
 */
final class NeedleAutomaton {

    /** ASCII characters with a class of their own at most; others share the class of non-ASCII ones. */
    static final int MAX_EXACT = 61;
    /** The class of a character in no text. */
    private static final int NONE = 0;
    /** The class of the characters without one of their own (non-ASCII ones, and ASCII past {@link #MAX_EXACT}). */
    private static final int OTHER = 1;

    /** Per folded ASCII char, its class. */
    private final byte[] asciiClass;
    /**
     * Per ASCII char as the paragraph has it, the class of its folded form: {@link #asciiClass} with the
     * capitals' rows filled in, so the pass folds an ASCII character by the same look-up that classes it.
     */
    private final byte[] scanClass;
    private final int classes;
    /** The transition of state s on class k is {@code next[s * classes + k]}; states with output are numbered from {@link #firstOutput}. */
    private final char[] next;
    private final int firstOutput;
    /** Per state with output (its number minus firstOutput): the bits of every trie text that ends there. */
    private final int[][] outputs;
    /**
     * The texts of one character: per class, the bits of those of that class (null for the others), and
     * the classes that have some. Looked up from the classes a pass met, not tried in turn: a pass met
     * two or three of the ~30 classes of those texts ({@code ©}, {@code |}, {@code @}, {@code »}, ...), and
     * testing each after every paragraph was a tenth of a short one's pass.
     */
    private final int[][] singles;
    private final long singleClasses;
    private final int maskLongs;
    private final long[] exactBits;
    private final int states;

    private NeedleAutomaton(byte[] asciiClass, int classes, char[] next, int firstOutput, int[][] outputs, int[][] singles,
            long singleClasses, int maskLongs, long[] exactBits, int states) {
        this.asciiClass = asciiClass;
        this.scanClass = asciiClass.clone();
        for (char c = 'A'; c <= 'Z'; c++) {
            scanClass[c] = asciiClass[Needles.fold(c)];
        }
        this.classes = classes;
        this.next = next;
        this.firstOutput = firstOutput;
        this.outputs = outputs;
        this.singles = singles;
        this.singleClasses = singleClasses;
        this.maskLongs = maskLongs;
        this.exactBits = exactBits;
        this.states = states;
    }

    /** What one pass found: the texts' bits, and the classes met. */
    static final class Scan {
        final long[] bits;
        /** The classes of the characters met, as bits ({@link #mayHold}). */
        final long seen;

        Scan(long[] bits, long seen) {
            this.bits = bits;
            this.seen = seen;
        }

        /** Bit b: a text added with it is (or, for a bit not {@link #exact}, may be) in the paragraph. */
        boolean has(int b) {
            return b >>> 6 < bits.length && (bits[b >>> 6] & 1L << b) != 0;
        }
    }

    /** Collects texts (already folded) with their bits, then builds the automaton. */
    static final class Builder {
        private final Map<String, List<Integer>> bitsOf = new HashMap<>();
        private final List<String> order = new ArrayList<>();
        private final StringBuilder alphabet = new StringBuilder();
        private int maxBit = -1;

        /** Adds a folded, non-empty text: bit {@code bit} is set in a paragraph that contains it. */
        Builder add(String folded, int bit) {
            if (folded.isEmpty() || bit < 0) {
                throw new IllegalArgumentException("empty text or negative bit");
            }
            List<Integer> bits = bitsOf.get(folded);
            if (bits == null) {
                bits = new ArrayList<>(2);
                bitsOf.put(folded, bits);
                order.add(folded);
                alphabet.append(folded);
            }
            if (!bits.contains(bit)) {
                bits.add(bit);
            }
            maxBit = Math.max(maxBit, bit);
            return this;
        }

        /** Gives a folded character a class of its own if it can have one, so that {@link #mayHold} answers exactly for it. */
        Builder alphabet(char folded) {
            alphabet.append(folded);
            return this;
        }

        NeedleAutomaton build() {
            byte[] asciiClass = new byte[128];
            int classes = 2;
            for (int i = 0; i < alphabet.length(); i++) {
                char c = alphabet.charAt(i);
                if (c < 128 && asciiClass[c] == NONE) {
                    asciiClass[c] = (byte) (classes - 2 < MAX_EXACT ? classes++ : OTHER);
                }
            }
            int maskLongs = maxBit < 0 ? 1 : (maxBit >>> 6) + 1;
            long[] exactBits = new long[maskLongs];
            Arrays.fill(exactBits, -1L);
            List<Integer> singles = new ArrayList<>();
            // the trie, children as sparse lists while building
            List<int[]> childClass = new ArrayList<>();
            List<int[]> childState = new ArrayList<>();
            List<int[]> own = new ArrayList<>();
            childClass.add(new int[0]);
            childState.add(new int[0]);
            own.add(null);
            for (String t : order) {
                boolean exact = true;
                for (int i = 0; i < t.length(); i++) {
                    exact &= classOf(asciiClass, t.charAt(i)) != OTHER;
                }
                int[] bits = bitsOf.get(t).stream().mapToInt(Integer::intValue).toArray();
                if (!exact) {
                    for (int b : bits) {
                        exactBits[b >>> 6] &= ~(1L << b);
                    }
                }
                if (t.length() == 1) {
                    for (int b : bits) {
                        singles.add(classOf(asciiClass, t.charAt(0)));
                        singles.add(b);
                    }
                    continue;
                }
                int s = 0;
                for (int i = 0; i < t.length(); i++) {
                    int k = classOf(asciiClass, t.charAt(i));
                    int child = child(childClass.get(s), childState.get(s), k);
                    if (child < 0) {
                        child = childClass.size();
                        childClass.add(new int[0]);
                        childState.add(new int[0]);
                        own.add(null);
                        childClass.set(s, append(childClass.get(s), k));
                        childState.set(s, append(childState.get(s), child));
                    }
                    s = child;
                }
                own.set(s, own.get(s) == null ? bits : merge(own.get(s), bits));
            }
            int n = childClass.size();
            if (n > Character.MAX_VALUE) {
                throw new IllegalStateException("too many states: " + n);
            }
            // breadth first: failure links, the dense table (by trie state number) and each state's
            // output, its own texts and those of its failure chain
            int[] fail = new int[n];
            int[] delta = new int[n * classes];
            int[][] out = new int[n][];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            int[] rootClasses = childClass.get(0);
            int[] rootStates = childState.get(0);
            for (int j = 0; j < rootClasses.length; j++) {
                delta[rootClasses[j]] = rootStates[j];
                queue.add(rootStates[j]);
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                int f = fail[s];
                out[s] = own.get(s) == null ? out[f] : out[f] == null ? own.get(s) : merge(own.get(s), out[f]);
                System.arraycopy(delta, f * classes, delta, s * classes, classes);
                int[] cc = childClass.get(s);
                int[] cs = childState.get(s);
                for (int j = 0; j < cc.length; j++) {
                    int child = cs[j];
                    fail[child] = delta[f * classes + cc[j]];
                    delta[s * classes + cc[j]] = child;
                    queue.add(child);
                }
            }
            // renumber: states without output first (the root stays 0), then those with output
            int[] number = new int[n];
            int k = 0;
            for (int s = 0; s < n; s++) {
                if (out[s] == null) {
                    number[s] = k++;
                }
            }
            int firstOutput = k;
            int[][] outputs = new int[n - firstOutput][];
            for (int s = 0; s < n; s++) {
                if (out[s] != null) {
                    number[s] = k++;
                    outputs[number[s] - firstOutput] = out[s];
                }
            }
            char[] next = new char[n * classes];
            for (int s = 0; s < n; s++) {
                int row = number[s] * classes;
                for (int c = 0; c < classes; c++) {
                    next[row + c] = (char) number[delta[s * classes + c]];
                }
            }
            int[][] singleBits = new int[classes][];
            long singleClasses = 0;
            for (int j = 0; j < singles.size(); j += 2) {
                int cls = singles.get(j);
                singleBits[cls] = merge(singleBits[cls] == null ? new int[0] : singleBits[cls], new int[] {singles.get(j + 1)});
                singleClasses |= 1L << cls;
            }
            return new NeedleAutomaton(asciiClass, classes, next, firstOutput, outputs, singleBits, singleClasses, maskLongs,
                    exactBits, n);
        }

        private static int classOf(byte[] asciiClass, char folded) {
            return folded < 128 ? asciiClass[folded] : OTHER;
        }

        private static int child(int[] classes, int[] states, int k) {
            for (int j = 0; j < classes.length; j++) {
                if (classes[j] == k) {
                    return states[j];
                }
            }
            return -1;
        }

        private static int[] append(int[] a, int v) {
            int[] b = Arrays.copyOf(a, a.length + 1);
            b[a.length] = v;
            return b;
        }

        private static int[] merge(int[] a, int[] b) {
            int[] m = Arrays.copyOf(a, a.length + b.length);
            int k = a.length;
            outer:
            for (int v : b) {
                for (int j = 0; j < k; j++) {
                    if (m[j] == v) {
                        continue outer;
                    }
                }
                m[k++] = v;
            }
            return Arrays.copyOf(m, k);
        }
    }

    /**
     * One pass over the paragraph, its characters folded as {@link Needles#fold(char)} folds them (the
     * ASCII case by {@link #scanClass}: C1 code, which runs a batch, inlines little). A non-ASCII character that
     * folds to an ASCII one (the Kelvin sign, the dotless i, the long s) takes that one's class.
     */
    Scan scan(String text) {
        long[] mask = new long[maskLongs];
        byte[] ascii = scanClass;
        char[] nxt = next;
        int k = classes;
        int first = firstOutput;
        long seen = 0;
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int c = text.charAt(i);
            int cls;
            if (c < 128) {
                cls = ascii[c];
            } else {
                c = Needles.fold((char) c);
                cls = c < 128 ? ascii[c] : OTHER; // a folded char: a row the capitals did not change
            }
            seen |= 1L << cls;
            s = nxt[s * k + cls];
            if (s >= first) {
                for (int b : outputs[s - first]) {
                    mask[b >>> 6] |= 1L << b;
                }
            }
        }
        for (long m = seen & singleClasses; m != 0; m &= m - 1) {
            for (int b : singles[Long.numberOfTrailingZeros(m)]) {
                mask[b >>> 6] |= 1L << b;
            }
        }
        return new Scan(mask, seen);
    }

    /** True when bit b's answer is exact; false when it only says "maybe" (a text of it has a character without a class of its own). */
    boolean exact(int b) {
        return b >>> 6 >= exactBits.length || (exactBits[b >>> 6] & 1L << b) != 0;
    }

    /**
     * The classes a paragraph must have met to hold each of the folded characters: a mask for
     * {@link #mayHold}; the characters without a class of their own ask nothing.
     */
    long classesOf(char[] folded) {
        long m = 0;
        for (char c : folded) {
            int cls = c < 128 ? asciiClass[c] : OTHER;
            if (cls > OTHER) {
                m |= 1L << cls;
            }
        }
        return m;
    }

    /** False when the scanned paragraph lacks one of the characters of a mask of {@link #classesOf}. */
    static boolean mayHold(Scan scan, long classes) {
        return (scan.seen & classes) == classes;
    }

    /** The number of states (for tests and sizing). */
    int states() {
        return states;
    }

    /** The number of character classes, the two shared ones included. */
    int classes() {
        return classes;
    }
}
