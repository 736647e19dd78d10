package io.articlex.batch;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON Lines records and names lists are read within --max-bytes, whatever the stream holds. */
class BoundedReadsTest {

    private static List<Input> records(InputStream in, long maxBytes) {
        List<Input> out = new ArrayList<>();
        new JsonLinesReader("in.jsonl", in, maxBytes).forEachRemaining(out::add);
        return out;
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRecordOverTheLimitIsAnErrorAndReadingGoesOnAtTheNextLine() {
        String big = "{\"text\":\"" + "x".repeat(200_000) + "\"}";
        List<Input> got = records(bytes("{\"text\":\"a\"}\n" + big + "\n\n{\"text\":\"b\"}"), 1000);
        assertThat(got).hasSize(3);
        assertThat(got.get(0)).isEqualTo(new Input.Record("in.jsonl", 1, "{\"text\":\"a\"}"));
        assertThat(got.get(1)).isEqualTo(new Input.Failed("in.jsonl:2",
                "record too large: more than 1000 bytes (raise the limit with --max-bytes)"));
        assertThat(got.get(2)).isEqualTo(new Input.Record("in.jsonl", 4, "{\"text\":\"b\"}"));
    }

    @Test
    void aRecordTooLargeForTheHeapShareIsRefusedAsItIsRead() {
        List<Input> got = records(bytes("{\"text\":\"" + "x".repeat(5000) + "\"}\n{\"text\":\"a\"}\n"), 1000);
        List<Input> share = new ArrayList<>();
        new JsonLinesReader("in.jsonl", bytes("{\"text\":\"" + "x".repeat(5000) + "\"}\n{\"text\":\"a\"}\n"),
                1_000_000, 1000).forEachRemaining(share::add);
        assertThat(got.get(0)).isInstanceOf(Input.Failed.class);
        assertThat(((Input.Failed) share.get(0)).error()).startsWith("record too large for the memory of one worker");
        assertThat(share.get(1)).isEqualTo(new Input.Record("in.jsonl", 2, "{\"text\":\"a\"}"));
    }

    @Test
    void aStreamWithNoNewlineGivesItsErrorRecordAfterReadingOnlyTheLimit() {
        long[] served = new long[1];
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served[0] += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        Iterator<Input> it = new JsonLinesReader("-", zeros, 100_000);
        assertThat(it.next()).isInstanceOf(Input.Failed.class);
        assertThat(served[0]).isLessThan(300_000);
    }

    @Test
    void aByteOrderMarkIsSkippedAndInvalidUtf8IsMarked() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = "{\"text\":\"a\"}\n{\"text\":\"b\u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(rest, 0, all, 3, rest.length);
        all[all.length - 4] = (byte) 0xFF; // the second byte of é: now invalid
        List<Input> got = records(new ByteArrayInputStream(all), 1000);
        assertThat(got.get(0)).isEqualTo(new Input.Record("in.jsonl", 1, "{\"text\":\"a\"}"));
        Input.Record second = (Input.Record) got.get(1);
        assertThat(second.invalidUtf8()).isTrue();
        assertThat(second.json()).contains("\uFFFD");
    }

    @Test
    void aReplacementCharacterWrittenInTheInputIsValidAndBadSequencesAreNot() {
        String valid = "{\"text\":\"a \uFFFD b \u00e9 \u4e2d \uD83D\uDE00\"}";
        List<Input> ok = records(new ByteArrayInputStream((valid + "\n").getBytes(StandardCharsets.UTF_8)), 1000);
        assertThat(ok).containsExactly(new Input.Record("in.jsonl", 1, valid));
        // a lone continuation byte, an overlong slash, an encoded surrogate, a truncated sequence at the end
        for (byte[] bad : new byte[][] {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE4, (byte) 0xB8}}) {
            byte[] head = "{\"text\":\"x".getBytes(StandardCharsets.UTF_8);
            byte[] tail = "\"}\n".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(bad, 0, all, head.length, bad.length);
            System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
            Input.Record r = (Input.Record) records(new ByteArrayInputStream(all), 1000).get(0);
            assertThat(r.invalidUtf8()).isTrue();
            assertThat(r.json()).isEqualTo(StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(all, 0, all.length - 1)).toString());
        }
    }

    @Test
    void aRecordThatWasNotUtf8IsWarnedLikeAFile() {
        InputProcessor p = new InputProcessor(b -> null, io.articlex.Articlex.parser()::parse, new RecordFields("text", "id"),
                false, () -> null);
        Outcome o = p.process(new Input.Record("in.jsonl", 1, "{\"text\":\"PARIS (AFP) - A caf\uFFFD opened.\"}", true));
        assertThat(o.failed()).isFalse();
        assertThat(o.line()).contains("\"warnings\":[\"" + InputProcessor.INVALID_UTF8 + "\"");
    }

    @Test
    void anOverLongNameInAListIsAnErrorAndTheNextNameIsRead() throws Exception {
        String list = "a.txt\n" + "d/".repeat(500) + "x.txt\nb.txt\n";
        Iterator<String> names = Inputs.namesList(new BufferedReader(new StringReader(list)), false, 100);
        Inputs inputs = new Inputs(names, FileFilter.ALL, InputFormat.TEXT, () -> null)
                .limits(new io.articlex.input.InputRules(100, null));
        List<Input> got = new ArrayList<>();
        inputs.forEachRemaining(got::add);
        assertThat(got).hasSize(3);
        assertThat(got.get(0).name()).isEqualTo("a.txt");
        assertThat(got.get(1)).isInstanceOf(Input.Failed.class);
        assertThat(((Input.Failed) got.get(1)).error()).isEqualTo("name too long: more than 100 bytes in the list of names");
        assertThat(got.get(2).name()).isEqualTo("b.txt");
    }

    @Test
    void aRecordStringLongerThanJacksonsDefaultLimitIsReadWithinMaxBytes() throws Exception {
        String text = "w".repeat(21_000_000);
        RecordFields.Fields f = new RecordFields("text", "id", 50L << 20).read("{\"text\":\"" + text + "\"}");
        assertThat(f.text()).hasSize(21_000_000);
    }
}
