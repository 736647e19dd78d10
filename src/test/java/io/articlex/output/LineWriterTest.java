package io.articlex.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineWriterTest {

    /** Records every write call as one chunk, as the kernel would see them. */
    private static final class Chunks extends OutputStream {
        final List<String> chunks = new ArrayList<>();

        @Override
        public void write(int b) {
            chunks.add(String.valueOf((char) b));
        }

        @Override
        public void write(byte[] b, int off, int len) {
            chunks.add(new String(b, off, len, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyChunkHandedDownEndsAtALineEndEvenForHugeLines() throws Exception {
        Chunks sink = new Chunks();
        PrintWriter out = new PrintWriter(new LineWriter(sink, null));
        String big = "x".repeat(200_000);
        for (int i = 0; i < 20; i++) {
            out.println("{\"n\":" + i + ",\"s\":\"" + (i % 5 == 0 ? big : "short") + "\"}");
        }
        out.print("{\"unfinished\":");
        out.flush();
        assertThat(sink.chunks).isNotEmpty().allMatch(c -> c.endsWith("\n"));
        assertThat(String.join("", sink.chunks).lines()).hasSize(20);
        out.print("true}");
        out.close();
        assertThat(sink.chunks.get(sink.chunks.size() - 1)).isEqualTo("{\"unfinished\":true}");
    }

    @Test
    void aClosedStreamIsReportedOnceAndLaterWritesAreDropped() {
        AtomicInteger broken = new AtomicInteger();
        OutputStream closed = brokenPipe();
        PrintWriter out = new PrintWriter(new LineWriter(closed, broken::incrementAndGet));
        out.println("{}");
        out.flush();
        out.println("{}");
        out.flush();
        assertThat(out.checkError()).isTrue();
        assertThat(broken.get()).isEqualTo(1);
    }

    @Test
    void linesGivenAsBytesKeepTheirPlaceAmongTextAndEndsOfLines() throws Exception {
        Chunks sink = new Chunks();
        LineWriter lines = new LineWriter(sink, null);
        PrintWriter out = new LineWriter.Printer(lines);
        String big = "y".repeat(100_000);
        out.println("{\"text\":1}");
        lines.writeLine("{\"bytes\":\"é\"}".getBytes(StandardCharsets.UTF_8));
        out.print("{\"half\":");
        lines.writeLine(("2," + big + "}").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 40; i++) {
            lines.writeLine(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        out.println("{\"text\":3}");
        out.flush();
        assertThat(sink.chunks).isNotEmpty().allMatch(c -> c.endsWith("\n"));
        List<String> all = String.join("", sink.chunks).lines().toList();
        assertThat(all).hasSize(44);
        assertThat(all.subList(0, 3)).containsExactly("{\"text\":1}", "{\"bytes\":\"é\"}", "{\"half\":2," + big + "}");
        assertThat(all.get(43)).isEqualTo("{\"text\":3}");
        out.print("{\"unfinished\":");
        lines.flush();
        assertThat(String.join("", sink.chunks)).doesNotContain("unfinished");
        out.close();
        assertThat(sink.chunks.get(sink.chunks.size() - 1)).isEqualTo("{\"unfinished\":");
    }

    @Test
    void aClosedStreamFailsAByteLineOnceAndDropsTheRest() {
        AtomicInteger broken = new AtomicInteger();
        OutputStream closed = brokenPipe();
        LineWriter lines = new LineWriter(closed, broken::incrementAndGet);
        byte[] line = "x".repeat(70_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> lines.writeLine(line)).isInstanceOf(IOException.class);
        assertThatCode(() -> lines.writeLine(line)).doesNotThrowAnyException();
        assertThat(broken.get()).isEqualTo(1);
        assertThat(lines.failure()).hasMessage("Broken pipe");
    }

    @Test
    void textIsUtf8() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(new LineWriter(bytes, null))) {
            out.print("“вЂ™” \uD83D\uDE00\n");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("“вЂ™” \uD83D\uDE00\n");
    }

    /** A stream whose reader has gone: every write fails as a closed pipe does. */
    private static OutputStream brokenPipe() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
    }
}
