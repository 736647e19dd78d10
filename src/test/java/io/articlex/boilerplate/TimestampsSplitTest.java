package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The token loop of {@link Timestamps#isTimestamp} cuts where the split pattern it replaced did. */
class TimestampsSplitTest {

    @Test
    void splitsExactlyOnThePatternsClass() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat(Timestamps.splits((char) c)).as("U+%04X", c)
                    .isEqualTo(Timestamps.SPLIT.matcher(String.valueOf((char) c)).matches());
        }
    }

    @Test
    void stampsAndNonStampsAsBefore() {
        assertThat(Timestamps.isTimestamp("26 October 2021 - 11:42")).isTrue();
        assertThat(Timestamps.isTimestamp("13:52 | 2023-11-04")).isTrue();
        assertThat(Timestamps.isTimestamp("vandaag, 14:32 • Aangepast vandaag, 15:10")).isTrue();
        assertThat(Timestamps.isTimestamp("[ 12/02/2016 ]")).isTrue();
        assertThat(Timestamps.isTimestamp("Pay March 31")).isFalse();
        assertThat(Timestamps.isTimestamp("Shares rose 3 percent")).isFalse();
    }

    /** A word of ASCII letters is taken by one look-up: the same words as the month, weekday, day and stamp-word tests take. */
    @Test
    void asciiWordsAsTheFourTests() {
        io.articlex.dates.CalendarNames names = io.articlex.dates.CalendarNames.get();
        java.util.List<String> words = new java.util.ArrayList<>(names.monthForms().keySet());
        words.addAll(names.weekdayForms());
        words.addAll(Timestamps.DAYS);
        words.addAll(Timestamps.STAMP_WORDS);
        words.addAll(java.util.List.of("shr", "cts", "vs", "net", "revs", "avg", "shrs", "pay", "record", "qtly", "div"));
        for (char a = 'a'; a <= 'z'; a++) {
            words.add("" + a);
            for (char b = 'a'; b <= 'z'; b++) {
                words.add("" + a + b);
                for (char c = 'a'; c <= 'z'; c++) {
                    words.add("" + a + b + c);
                }
            }
        }
        int months = 0;
        int taken = 0;
        // one token each (a form with a space or an edge's punctuation is more than the word)
        words.removeIf(w -> w.chars().anyMatch(ch -> Timestamps.splits((char) ch) || "-\u2013\u2014:.".indexOf(ch) >= 0));
        for (String w : words) {
            boolean month = names.month(w) != 0;
            boolean allowed = month || Timestamps.DAYS.contains(w) || names.isWeekday(w) || Timestamps.STAMP_WORDS.contains(w);
            // a date with the word: a stamp when the word is allowed; the word and a number: when it is a month
            assertThat(Timestamps.isTimestamp("12/02/2016 " + w)).as(w).isEqualTo(allowed);
            assertThat(Timestamps.isTimestamp(w + " 5")).as(w).isEqualTo(month);
            String upper = w.toUpperCase(java.util.Locale.ROOT);
            if (Timestamps.asciiLetters(w)) {
                assertThat(Timestamps.isTimestamp("12/02/2016 " + upper)).as(upper).isEqualTo(allowed);
            }
            months += month ? 1 : 0;
            taken += allowed ? 1 : 0;
        }
        assertThat(months).isGreaterThan(100);
        assertThat(taken).isGreaterThan(months);
    }

    /**
     * The pre-check of {@link Timestamps#filingDate} passes every text whose split the stamp reading
     * would look at (a last token of two digits after two more tokens), on random texts of stamp-like
     * pieces and every kind of white space, and rules out sign-offs that end otherwise.
     */
    @Test
    void filingDateCheckPassesEveryTwoDigitEnding() {
        String[] pieces = {"ANP", "141200", "mrt", "24", "2", "243", "\u0662\u0663", "(AGI)", "x", " ", "\t", "\n", "\u00a0",
                "\u2003", "\u001c", "\u000b", "\uD835\uDFCE"};
        java.util.Random rnd = new java.util.Random(15);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = rnd.nextInt(8); n >= 0; n--) {
                b.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String s = b.toString();
            String[] tok = s.strip().split("\\s+");
            int n = tok.length;
            boolean shape = n >= 3 && tok[n - 1].length() == 2 && Character.isDigit(tok[n - 1].charAt(0))
                    && Character.isDigit(tok[n - 1].charAt(1));
            if (shape) {
                assertThat(Timestamps.endsInTwoDigitToken(s)).as(s).isTrue();
            }
        }
        assertThat(Timestamps.endsInTwoDigitToken("ANP 141200 mrt 24 \n")).isTrue();
        assertThat(Timestamps.filingDate("ANP 141200 mrt 24 \n")).isEqualTo("2024-03-14");
        assertThat(Timestamps.endsInTwoDigitToken("(Reporting by Jane Doe; Editing by Tom Hals)")).isFalse();
        assertThat(Timestamps.endsInTwoDigitToken("Reuters 2024")).isFalse();
        assertThat(Timestamps.endsInTwoDigitToken("mrt\u00a024")).isFalse();
    }
}
