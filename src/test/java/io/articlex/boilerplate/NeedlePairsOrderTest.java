package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Needle pairs are tested rarest first; the set tested, and so every verdict, stays the same. */
class NeedlePairsOrderTest {

    @Test
    void samePairsRarestFirst() {
        String needle = "reporting by";
        int[] ranked = Needles.Text.pairs(needle);
        int[] inOrder = new int[needle.length() - 1];
        for (int i = 1; i < needle.length(); i++) {
            inOrder[i - 1] = Needles.Text.pairs(needle.substring(i - 1, i + 1))[0];
        }
        assertThat(Arrays.stream(ranked).sorted().toArray()).isEqualTo(Arrays.stream(inOrder).sorted().toArray());
        assertThat(ranked[0]).isEqualTo(Needles.Text.pairs("by")[0]);
    }

    @Test
    void foldedTextAnswersForACaselessRun() {
        Needles.Text t = new Needles.Text("Photo: REUTERS/Jo Lin");
        assertThat(t.contains("reuters/")).isTrue();
        assertThat(t.contains("reuters /")).isFalse();
        assertThat(t.mayContain(Needles.Text.pairs("photo:"))).isTrue();
    }
}
