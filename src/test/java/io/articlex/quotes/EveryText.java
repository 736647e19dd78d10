package io.articlex.quotes;

import java.util.function.Consumer;

/** Exhaustive inputs for the tests that check a fast reading against the slow one it replaced. */
final class EveryText {

    private EveryText() {
    }

    /**
     * Hands {@code each} every text of length 0 to {@code maxLength} over {@code alphabet}, shortest
     * first, and returns how many there were.
     */
    static int upTo(char[] alphabet, int maxLength, Consumer<String> each) {
        int count = 0;
        char[] text = new char[maxLength];
        for (int len = 0; len <= maxLength; len++) {
            int total = (int) Math.pow(alphabet.length, len);
            for (int code = 0; code < total; code++) {
                for (int k = 0, c = code; k < len; k++, c /= alphabet.length) {
                    text[k] = alphabet[c % alphabet.length];
                }
                each.accept(new String(text, 0, len));
                count++;
            }
        }
        return count;
    }
}
