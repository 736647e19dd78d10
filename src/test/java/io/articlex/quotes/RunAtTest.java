package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A surname's question reads the run of name words around each place the word stands, found by a scan
 * that starts a few tokens back: that run must be the one a scan of the whole paragraph finds.
 */
class RunAtTest {

    @Test
    void theRunAroundAWordIsTheOneAWholeScanFinds() {
        String p = "On Monday, Mr. John Smith met President Donald Trump and Ludwig van Beethoven's heirs.";
        assertThat(text(p, p.indexOf("Smith"))).isEqualTo("Mr. John Smith");
        assertThat(text(p, p.indexOf("Trump"))).isEqualTo("President Donald Trump");
        assertThat(text(p, p.indexOf("Beethoven"))).isEqualTo("Ludwig van Beethoven's");
        assertThat(NameIndex.runAt(p.toCharArray(), p.indexOf("met"))).isEqualTo(-1L);
    }

    @Test
    void aRunOfSixWordsEndsThereAndTheNextStartsAfterIt() {
        String p = "the Aa Bb Cc Dd Ee Ff Gg Hh said";
        assertThat(text(p, p.indexOf("Ee"))).isEqualTo("Aa Bb Cc Dd Ee Ff");
        assertThat(text(p, p.indexOf("Hh"))).isEqualTo("Gg Hh");
    }

    @Test
    void marksAndPunctuationCloseRunsAsInTheWholeScan() {
        String p = "(\"Anna Berg,\" said Tom Reid) and “Mia Holt” and Qasim al-Araji.";
        assertThat(text(p, p.indexOf("Berg"))).isEqualTo("Anna Berg");
        assertThat(text(p, p.indexOf("Reid"))).isEqualTo("Tom Reid");
        assertThat(text(p, p.indexOf("Holt"))).isEqualTo("Mia Holt");
        assertThat(text(p, p.indexOf("al-Araji"))).isEqualTo("Qasim al-Araji.");
    }

    @Test
    void everyPositionOfRandomTextAgreesWithTheWholeScan() {
        Random r = new Random(7);
        String alphabet = "AB a de van.,\"“)('\n\u00a0\tSaid al-X";
        for (int x = 0; x < 20000; x++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String p = sb.toString();
            char[] a = p.toCharArray();
            List<int[]> runs = NameIndex.runs(a);
            for (int k = 1; k < p.length(); k++) {
                if (p.charAt(k) == ' ') {
                    continue;
                }
                long want = -1;
                for (int[] run : runs) {
                    if (run[0] <= k && k < run[1]) {
                        want = (long) run[0] << 32 | run[1];
                    }
                }
                assertThat(NameIndex.runAt(a, k)).as("[%s] at %d", p, k).isEqualTo(want);
            }
        }
    }

    private static String text(String p, int k) {
        long run = NameIndex.runAt(p.toCharArray(), k);
        return run < 0 ? null : p.substring((int) (run >>> 32), (int) run);
    }
}
