package io.articlex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GoldenUpdateTest {

    @Test
    void withoutTheSecondFlagTheDiffIsShownAndNothingWritten(@TempDir Path dir) throws Exception {
        Path expected = dir.resolve("x.expected.json");
        Files.writeString(expected, "{\n  \"speaker\" : null,\n  \"cue\" : null\n}\n");

        String diff = GoldenUpdate.update(expected, "{\n  \"speaker\" : \"Alan Brody\",\n  \"cue\" : null\n}\n", false);

        assertThat(diff).contains("-  \"speaker\" : null,\n+  \"speaker\" : \"Alan Brody\",\n");
        assertThat(Files.readString(expected)).contains("\"speaker\" : null");
    }

    @Test
    void withTheSecondFlagTheFileIsWrittenOnce(@TempDir Path dir) throws Exception {
        Path expected = dir.resolve("x.expected.json");
        Files.writeString(expected, "{ }\n");

        assertThat(GoldenUpdate.update(expected, "{\n  \"title\" : \"A\"\n}\n", true)).isNotEmpty();
        assertThat(Files.readString(expected)).isEqualTo("{\n  \"title\" : \"A\"\n}\n");
        assertThat(GoldenUpdate.update(expected, "{\n  \"title\" : \"A\"\n}\n", true)).isEmpty();
    }

    @Test
    void aNewFileShowsAsAllAdded(@TempDir Path dir) throws Exception {
        Path expected = dir.resolve("new.expected.json");

        String diff = GoldenUpdate.update(expected, "{\n}\n", false);

        assertThat(diff).contains("@@ -1,0 +1,2 @@\n+{\n+}\n");
        assertThat(expected).doesNotExist();
    }

    @Test
    void theDiffIsUnifiedWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n";
        String after = before.replace("\n2\n", "\ntwo\n").replace("\n18\n", "\n");

        assertThat(GoldenUpdate.diff("f", before, after)).isEqualTo("""
                --- f
                +++ f (new output)
                @@ -1,5 +1,5 @@
                 1
                -2
                +two
                 3
                 4
                 5
                @@ -15,6 +15,5 @@
                 15
                 16
                 17
                -18
                 19
                 20
                """);
        assertThat(GoldenUpdate.diff("f", before, before)).isEmpty();
    }

    @Test
    void changesCloseTogetherShareOneHunk() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nB\nc\nd\ne\nf\nG\nh\n";

        assertThat(GoldenUpdate.diff("f", before, after)).containsOnlyOnce("\n@@ ").contains("\n@@ -1,8 +1,8 @@\n");
    }
}
