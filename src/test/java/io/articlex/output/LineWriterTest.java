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
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        PrintWriter out = new PrintWriter(new LineWriter(closed, broken::incrementAndGet));
        out.println("{}");
        out.flush();
        out.println("{}");
        out.flush();
        assertThat(out.checkError()).isTrue();
        assertThat(broken.get()).isEqualTo(1);
    }

    @Test
    void textIsUtf8() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(new LineWriter(bytes, null))) {
            out.print("“вЂ™” \uD83D\uDE00\n");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("“вЂ™” \uD83D\uDE00\n");
    }
}
