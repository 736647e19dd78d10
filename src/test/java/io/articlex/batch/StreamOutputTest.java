package io.articlex.batch;

import io.articlex.model.Article;
import io.articlex.output.LineWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch's lines reach standard output as the workers' UTF-8 bytes, and read the same as through the PrintWriter. */
class StreamOutputTest {

    private static String run(boolean bytes, int threads) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        LineWriter lines = new LineWriter(sink, null);
        PrintWriter out = bytes ? new LineWriter.Printer(lines) : new PrintWriter(lines, false);
        InputProcessor p = new InputProcessor(b -> null, text -> new Article("T " + text, null, null, List.of(text),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "en"),
                new RecordFields("text", "id"), false, () -> new ByteArrayInputStream(new byte[0]));
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = i % 7 == 0 ? "caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\ud800 " + i : i % 11 == 0 ? "x".repeat(20_000) : "story " + i;
            inputs.add(new Input.Record("in.jsonl", i + 1, "{\"id\":\"r" + i + "\",\"text\":\"" + text + "\"}"));
        }
        inputs.add(new Input.Record("in.jsonl", 301, "{\"id\":1}"));
        StreamOutput output = new StreamOutput(out);
        assertThat(output.storesUtf8()).isEqualTo(bytes);
        Batch.Summary s = Batch.run(inputs.iterator(), p, threads, output, o -> { });
        out.close();
        assertThat(s.inputs()).isEqualTo(301);
        assertThat(s.stopped()).isFalse();
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bytesFromTheWorkersGiveTheLinesThePrintWriterGave() throws Exception {
        String viaText = run(false, 1);
        assertThat(viaText.lines()).hasSize(301);
        assertThat(viaText).contains("\"paragraphs\":[\"café \uD83D\uDE00 \\\"q\\\" ? 0\"]");
        assertThat(run(true, 1)).isEqualTo(viaText);
        assertThat(run(true, 2)).isEqualTo(viaText);
    }
}
