package io.articlex.batch;

import io.articlex.Parser;
import io.articlex.html.HtmlSniffer;
import io.articlex.input.Decoded;
import io.articlex.input.Decoder;
import io.articlex.input.InputRules;
import io.articlex.model.Article;
import io.articlex.output.ArticleWriter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What a batch costs beyond parsing: the batch machinery of {@code articlex parse DIR -o FILE} with
 * the pipeline replaced. Not a test. Run with the launcher's JIT flags (C1, serial GC):
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   io.articlex.batch.BatchOverheadBenchmark MODE JOBS INPUT OUT
 * </pre>
 * MODE: {@code walk} (the inputs only, no worker), {@code read} (walk, read, a fixed short line),
 * {@code decode} (read, sniff, decode, a fixed short line), {@code write} (read, sniff, decode, the
 * text as the one paragraph of an article written as JSON), {@code full} (the real parse).
 */
public final class BatchOverheadBenchmark {

    private BatchOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int jobs = Integer.parseInt(args[1]);
        String input = args[2];
        Path out = Path.of(args[3]);
        long t0 = System.nanoTime();
        Function<byte[], Article> bytes;
        Function<String, Article> text;
        switch (mode) {
            case "read" -> {
                bytes = b -> article("x");
                text = t -> article("x");
            }
            case "decode" -> {
                bytes = b -> {
                    HtmlSniffer.looksLikeHtml(b);
                    Decoded d = Decoder.decode(b);
                    return article(d.text().isEmpty() ? "" : "x");
                };
                text = t -> article(Decoder.ofText(t, io.articlex.input.DecodeOptions.DEFAULT).text().isEmpty() ? "" : "x");
            }
            case "write" -> {
                bytes = b -> {
                    HtmlSniffer.looksLikeHtml(b);
                    return article(Decoder.decode(b).text());
                };
                text = t -> article(Decoder.ofText(t, io.articlex.input.DecodeOptions.DEFAULT).text());
            }
            case "full", "walk" -> {
                Parser p = io.articlex.Articlex.parser();
                bytes = p::parse;
                text = p::parse;
            }
            default -> throw new IllegalArgumentException(mode);
        }
        InputRules rules = InputRules.DEFAULT.forHeapShare(jobs);
        long n = 0;
        try (Inputs inputs = new Inputs(List.of(input).iterator(), FileFilter.ARTICLES, InputFormat.AUTO, () -> System.in)
                .limits(rules)) {
            if (mode.equals("walk")) {
                while (inputs.hasNext()) {
                    inputs.next();
                    n++;
                }
            } else {
                InputProcessor processor = new InputProcessor(bytes, text, new RecordFields("text", "id", rules.maxBytes()),
                        ArticleWriter.json(false), () -> System.in, rules);
                try (AtomicFileOutput sink = new AtomicFileOutput(out)) {
                    inputs.excluding(sink.target());
                    n = Batch.run(inputs, processor, jobs, sink, o -> { }).inputs();
                }
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long main = mx.getCurrentThreadCpuTime();
        System.err.printf("%s -j %d: %d inputs, %.2f s wall, main thread %.2f s CPU%n", mode, jobs, n,
                (System.nanoTime() - t0) / 1e9, main / 1e9);
    }

    private static Article article(String paragraph) {
        return new Article(null, null, null, List.of(paragraph), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null);
    }
}
