package io.articlex.batch;

import io.articlex.Articlex;
import io.articlex.input.DecodeOptions;
import io.articlex.input.InputRules;
import io.articlex.limits.Deadline;
import io.articlex.model.Article;
import io.articlex.output.ArticleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-input limits: a time budget, the heap's share, and an OutOfMemoryError kept to its input. */
class InputLimitsTest {

    private static final Pattern CATASTROPHIC = Pattern.compile("(?:(?=a)(a|a)+)+b");

    private static InputProcessor processor(Function<byte[], Article> parser, InputRules rules, Duration timeout) {
        return new InputProcessor(parser, text -> parser.apply(text.getBytes(StandardCharsets.UTF_8)),
                new RecordFields("text", "id"), ArticleWriter.json(false),
                () -> new ByteArrayInputStream(new byte[0]), rules, timeout);
    }

    /** A parser whose rule backtracks for ages on a line of a's, reading the line through the deadline. */
    private static Article slowRule(byte[] bytes) {
        String line = new String(bytes, StandardCharsets.UTF_8);
        CATASTROPHIC.matcher(Deadline.chars(line)).matches();
        return Articlex.parser().parse(bytes);
    }

    @Test
    void anInputOverItsTimeBudgetBecomesAnErrorRecordAndTheNextOneIsParsed(@TempDir Path dir) throws Exception {
        Path slow = Files.writeString(dir.resolve("slow.txt"), "a".repeat(42));
        Path fine = Files.writeString(dir.resolve("fine.txt"), "LONDON (Reuters) - Officials met on Monday.\n");
        InputProcessor p = processor(InputLimitsTest::slowRule, InputRules.DEFAULT, Duration.ofSeconds(2));
        Articlex.parser().parse(Files.readAllBytes(fine)); // loads the rules outside the budget

        Outcome first = p.process(new Input.File("slow.txt", slow));
        Outcome second = p.process(new Input.File("fine.txt", fine));

        assertThat(first.error()).isEqualTo("took longer than 2 s (raise the limit with --timeout)");
        assertThat(second.failed()).isFalse();
        assertThat(second.line()).contains("\"location\":\"LONDON\"");
    }

    @Test
    void withoutADeadlineTheTextIsTheStringItself() {
        String s = "text";
        assertThat(Deadline.chars(s)).isSameAs(s);
        try (Deadline none = Deadline.start(Duration.ZERO)) {
            assertThat(Deadline.chars(s)).isSameAs(s);
        }
        try (Deadline some = Deadline.start(Duration.ofSeconds(5))) {
            assertThat(Deadline.chars(s)).isNotSameAs(s).hasToString(s);
        }
        assertThat(Deadline.chars(s)).isSameAs(s);
    }

    @Test
    void anInputTooLargeForTheHeapShareIsRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(1000));
        boolean[] parsed = new boolean[1];
        InputRules small = new InputRules(InputRules.DEFAULT.maxBytes(), DecodeOptions.DEFAULT, 1000);
        InputProcessor p = processor(b -> {
            parsed[0] = true;
            return Articlex.parser().parse(b);
        }, small, Duration.ZERO);

        Outcome o = p.process(new Input.File("big.txt", big));
        Outcome record = p.process(new Input.Record("in.jsonl", 1, "{\"text\":\"" + "word ".repeat(300) + "\"}"));

        assertThat(o.error()).startsWith("too large for the memory of one worker: more than 1000 bytes");
        assertThat(record.error()).startsWith("too large for the memory of one worker");
        assertThat(parsed[0]).isFalse();
    }

    @Test
    void theHeapShareShrinksWithTheNumberOfWorkers() {
        long one = InputRules.DEFAULT.forHeapShare(1).memoryBytes();
        long four = InputRules.DEFAULT.forHeapShare(4).memoryBytes();
        assertThat(one).isEqualTo(Runtime.getRuntime().maxMemory() / InputRules.HEAP_PER_BYTE);
        assertThat(four).isEqualTo(Runtime.getRuntime().maxMemory() / 4 / InputRules.HEAP_PER_BYTE);
    }

    @Test
    void anOutOfMemoryErrorEndsOnlyItsInput(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "first");
        Path b = Files.writeString(dir.resolve("b.txt"), "LONDON (Reuters) - Officials met on Monday.\n");
        InputProcessor p = processor(bytes -> {
            if (new String(bytes, StandardCharsets.UTF_8).equals("first")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return Articlex.parser().parse(bytes);
        }, InputRules.DEFAULT, Duration.ZERO);

        List<Outcome> out = List.of(p.process(new Input.File("a.txt", a)), p.process(new Input.File("b.txt", b)));

        assertThat(out.get(0).error()).startsWith("out of memory");
        assertThat(out.get(1).failed()).isFalse();
    }
}
