package io.articlex.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** gzip-compressed text, pages and JSON Lines read as if they were not compressed, within the size limit. */
class CompressedInputTest {

    private static final String STORY = "PORTVALE, March 3 (Reuters) - The harbour reopened on Tuesday after a week of repairs, "
            + "officials said.\n\n\"We are ready for the season,\" said harbour master Ines Okafor.\n";

    @TempDir
    Path tmp;

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(data);
        }
        return b.toByteArray();
    }

    @Test
    void aGzippedStoryParsesLikeThePlainOne() throws Exception {
        Path plain = Files.writeString(tmp.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
        Path packed = Files.write(tmp.resolve("story.txt.gz"), gzip(STORY.getBytes(StandardCharsets.UTF_8)));
        CliRunner.Result a = CliRunner.run("parse", plain.toString());
        CliRunner.Result b = CliRunner.run("parse", packed.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out().replace(plain.toString(), packed.toString()));
        assertThat(b.out()).contains("\"location\":\"PORTVALE\"");
    }

    @Test
    void aGzippedPageIsStillAPage() throws Exception {
        String page = "<!doctype html><html><head><title>Harbour reopens</title></head><body><article>"
                + "<h1>Harbour reopens</h1><p>" + STORY.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        Path packed = Files.write(tmp.resolve("page.html.gz"), gzip(page.getBytes(StandardCharsets.UTF_8)));
        CliRunner.Result r = CliRunner.run("parse", packed.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"title\":\"Harbour reopens\"").doesNotContain("<p>");
    }

    @Test
    void gzipOnStandardInputIsToldByItsMagicBytes() throws Exception {
        byte[] packed = gzip(STORY.getBytes(StandardCharsets.UTF_8));
        CliRunner.Result plain = CliRunner.runWithStdin(STORY, "parse", "-");
        CliRunner.Result r = CliRunner.runWithBytes(packed, "parse", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(plain.out());
    }

    @Test
    void aJsonLinesGzGivesTheSameLinesAsTheJsonl() throws Exception {
        String records = "{\"id\": \"a\", \"text\": " + quote(STORY) + "}\n\n"
                + "{\"id\": \"b\", \"text\": \"ROME, May 2 (AP) - Trains ran late, the operator said.\"}\n"
                + "{\"text\": 7}\n";
        Path jsonl = Files.writeString(tmp.resolve("dump.jsonl"), records, StandardCharsets.UTF_8);
        Path gz = Files.write(tmp.resolve("dump.jsonl.gz"), gzip(records.getBytes(StandardCharsets.UTF_8)));
        CliRunner.Result a = CliRunner.run("parse", jsonl.toString());
        CliRunner.Result b = CliRunner.run("parse", gz.toString());
        assertThat(b.code()).isEqualTo(a.code()).isEqualTo(1);   // the third record has no string text
        assertThat(b.out().lines()).hasSize(3);
        assertThat(b.out()).isEqualTo(a.out().replace(jsonl.toString(), gz.toString()));
        CliRunner.Result stdin = CliRunner.runWithBytes(gzip(records.getBytes(StandardCharsets.UTF_8)),
                "parse", "--input-format", "jsonl", "-");
        assertThat(stdin.out().lines().limit(2)).containsExactlyElementsOf(a.out().lines().limit(2).toList());
    }

    @Test
    void aDecompressionBombIsRefusedAtTheLimit() throws Exception {
        byte[] big = new byte[3_000_000];
        Arrays.fill(big, (byte) 'a');
        Path bomb = Files.write(tmp.resolve("bomb.txt.gz"), gzip(big));
        assertThat(Files.size(bomb)).isLessThan(100_000);
        CliRunner.Result r = CliRunner.run("parse", "--max-bytes", "1000000", bomb.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("articlex: " + bomb + ": decompresses to more than 1000000 bytes"
                + " (a decompression bomb?); raise the limit with --max-bytes\n");
    }

    @Test
    void truncatedGzipIsAClearError() throws Exception {
        byte[] packed = gzip(STORY.repeat(20).getBytes(StandardCharsets.UTF_8));
        Path cut = Files.write(tmp.resolve("cut.txt.gz"), Arrays.copyOf(packed, packed.length / 2));
        CliRunner.Result r = CliRunner.run("parse", cut.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("articlex: " + cut + ": corrupt gzip data: it ends early (truncated)\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
