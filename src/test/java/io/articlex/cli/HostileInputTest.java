package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The robustness suite: bad inputs made by the test (no stored binaries), each with its expected
 * outcome, run through the command line in one batch so that each failure is shown to stay with its
 * own input.
 */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "LONDON (Reuters) - Officials met on Monday.\n\n"
            + "\u201cWe will act on prices this week,\u201d the minister said.\n";

    /** What one input must give: an error sentence (prefix), or an article whose warnings contain a phrase. */
    private record Expect(String errorPrefix, String warning, String paragraphPart) {
        static Expect error(String prefix) {
            return new Expect(prefix, null, null);
        }

        static Expect article(String warning, String paragraphPart) {
            return new Expect(null, warning, paragraphPart);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) v[i];
        }
        return out;
    }

    @Test
    void everyBadInputGetsItsOwnAnswerAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Map<String, Expect> cases = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] utf8 = STORY.getBytes(StandardCharsets.UTF_8);
        files.put("utf8.txt", utf8);
        cases.put("utf8.txt", Expect.article(null, "Officials met on Monday."));
        files.put("bom.txt", concat(b(0xEF, 0xBB, 0xBF), utf8));
        cases.put("bom.txt", Expect.article(null, "Officials met on Monday."));
        files.put("utf16le-bom.txt", concat(b(0xFF, 0xFE), STORY.getBytes(StandardCharsets.UTF_16LE)));
        cases.put("utf16le-bom.txt", Expect.article(null, "Officials met on Monday."));
        files.put("utf16be-bom.txt", concat(b(0xFE, 0xFF), STORY.getBytes(StandardCharsets.UTF_16BE)));
        cases.put("utf16be-bom.txt", Expect.article(null, "Officials met on Monday."));
        files.put("utf32le-bom.txt", concat(b(0xFF, 0xFE, 0, 0), STORY.getBytes(Charset.forName("UTF-32LE"))));
        cases.put("utf32le-bom.txt", Expect.article(null, "Officials met on Monday."));
        files.put("utf32be-bom.txt", concat(b(0, 0, 0xFE, 0xFF), STORY.getBytes(Charset.forName("UTF-32BE"))));
        cases.put("utf32be-bom.txt", Expect.article(null, "Officials met on Monday."));
        files.put("utf16le-nobom.txt", STORY.getBytes(StandardCharsets.UTF_16LE));
        cases.put("utf16le-nobom.txt", Expect.article("decoded as UTF-16LE", "Officials met on Monday."));
        files.put("utf16be-nobom.txt", STORY.getBytes(StandardCharsets.UTF_16BE));
        cases.put("utf16be-nobom.txt", Expect.article("decoded as UTF-16BE", "Officials met on Monday."));
        files.put("cp1252.txt", STORY.getBytes(Charset.forName("windows-1252")));
        cases.put("cp1252.txt", Expect.article("decoded as windows-1252", "Officials met on Monday."));
        files.put("mojibake.txt", io.articlex.input.DecoderTest.misread(STORY, Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_8));
        cases.put("mojibake.txt", Expect.article("read as windows-1252", "Officials met on Monday."));
        files.put("empty.txt", new byte[0]);
        cases.put("empty.txt", Expect.article("input is empty", null));
        files.put("blank.txt", "\n \t \r\n\n".getBytes(StandardCharsets.US_ASCII));
        cases.put("blank.txt", Expect.article("input holds only white space", null));
        files.put("image.png", concat(b(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13), "IHDR".getBytes(StandardCharsets.US_ASCII)));
        cases.put("image.png", Expect.error("not a text or HTML file"));
        files.put("doc.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        cases.put("doc.pdf", Expect.error("not a text or HTML file"));
        files.put("archive.zip", concat(b('P', 'K', 3, 4, 20, 0, 0, 0), utf8));
        cases.put("archive.zip", Expect.error("not a text or HTML file"));
        files.put("story.txt.gz", b(0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3));
        cases.put("story.txt.gz", Expect.error("corrupt gzip data: it ends early (truncated)"));
        files.put("program", concat(b(0x7F, 'E', 'L', 'F', 2, 1, 1, 0), new byte[64]));
        cases.put("program", Expect.error("not a text or HTML file"));
        byte[] noise = new byte[10000];
        new Random(42).nextBytes(noise);
        noise[0] = 'A';
        files.put("noise.bin", noise);
        cases.put("noise.bin", Expect.error("not a text or HTML file"));
        files.put("nuls.txt", new byte[100]);
        cases.put("nuls.txt", Expect.error("not a text or HTML file"));

        List<String> args = new ArrayList<>(List.of("parse"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            args.add(Files.write(dir.resolve(f.getKey()), f.getValue()).toString());
        }
        // File-system cases: the name is all that is needed.
        args.add(dir.resolve("missing.txt").toString());
        cases.put("missing.txt", Expect.error("no such file"));
        Files.createSymbolicLink(dir.resolve("loop-a"), dir.resolve("loop-b"));
        Files.createSymbolicLink(dir.resolve("loop-b"), dir.resolve("loop-a"));
        args.add(dir.resolve("loop-a").toString());
        cases.put("loop-a", Expect.error("symbolic link loop"));
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        args.add(dir.resolve("dangling").toString());
        cases.put("dangling", Expect.error("broken symbolic link"));
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        args.add(fifo.toString());
        cases.put("pipe", Expect.error("not a regular file"));
        args.add(dir.resolve("utf8.txt").resolve("child").toString());
        cases.put("child", Expect.error("no such file"));

        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));

        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(cases.size());
        List<String> names = new ArrayList<>(cases.keySet());
        int errors = 0;
        for (int i = 0; i < lines.size(); i++) {
            String name = names.get(i);
            Expect e = cases.get(name);
            JsonNode o = JSON.readTree(lines.get(i));
            assertThat(o.get("file").asText()).as(name).endsWith(name);
            if (e.errorPrefix() != null) {
                errors++;
                assertThat(o.get("error").asText()).as(name).startsWith(e.errorPrefix());
                assertThat(o.size()).as(name).isEqualTo(2);
            } else {
                assertThat(o.has("error")).as(name).isFalse();
                JsonNode warnings = o.get("warnings");
                if (e.warning() == null) {
                    assertThat(warnings).as(name).isEmpty();
                } else {
                    assertThat(warnings.toString()).as(name).contains(e.warning());
                }
                if (e.paragraphPart() == null) {
                    assertThat(o.get("paragraphs")).as(name).isEmpty();
                } else {
                    assertThat(o.get("paragraphs").toString()).as(name).contains(e.paragraphPart());
                }
            }
        }
        List<String> errLines = r.err().lines().toList();
        assertThat(errLines).hasSize(errors).allMatch(l -> l.startsWith("articlex: ") && !l.contains("Exception"));
    }

    @Test
    void unreadableFileIsPermissionDenied(@TempDir Path dir) throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads every file; the JDK mapping is unit-tested in InputFilesTest")
                .isNotEqualTo("root");
        Path p = Files.writeString(dir.resolve("secret.txt"), STORY);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        CliRunner.Result r = CliRunner.run("parse", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).get("error").asText()).isEqualTo("permission denied");
    }

    @Test
    void maxBytesRefusesLargerInputsFromFilesAndStandardInput(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("story.txt"), STORY);
        CliRunner.Result r = CliRunner.run("parse", "--max-bytes", "20", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).get("error").asText())
                .isEqualTo("too large: more than 20 bytes (raise the limit with --max-bytes)");
        CliRunner.Result in = CliRunner.runWithStdin(STORY, "parse", "--max-bytes", "20");
        assertThat(JSON.readTree(in.out()).get("error").asText()).startsWith("too large");
        assertThat(CliRunner.run("parse", "--max-bytes", "1K", p.toString()).code()).isZero();
        CliRunner.Result bad = CliRunner.run("parse", "--max-bytes", "lots", p.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("not a size: 'lots'");
    }

    @Test
    void encodingOptionOverridesDetection(@TempDir Path dir) throws Exception {
        String russian = "МОСКВА (ТАСС) - Министр заявил, что переговоры продолжатся.\n";
        Path p = Files.write(dir.resolve("koi8.txt"), russian.getBytes(Charset.forName("KOI8-R")));
        CliRunner.Result r = CliRunner.run("parse", "--encoding", "KOI8-R", p.toString());
        assertThat(r.code()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("paragraphs").toString()).contains("Министр заявил");
        assertThat(o.get("warnings")).isEmpty();
        CliRunner.Result bad = CliRunner.run("parse", "--encoding", "no-such-charset", p.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown charset 'no-such-charset'");
    }

    @Test
    void mojibakeIsRepairedByDefaultAndKeptOnRequest(@TempDir Path dir) throws Exception {
        String broken = io.articlex.input.DecoderTest.misread(STORY, Charset.forName("windows-1251"));
        Path p = Files.writeString(dir.resolve("moji.txt"), broken);
        JsonNode kept = JSON.readTree(CliRunner.run("parse", "--keep-mojibake", p.toString()).out());
        assertThat(kept.get("paragraphs").toString()).contains("вЂњWe will act");
        JsonNode fixed = JSON.readTree(CliRunner.run("parse", p.toString()).out());
        assertThat(fixed.get("quotes").get(0).get("text").asText()).isEqualTo("We will act on prices this week");
        assertThat(fixed.get("warnings").toString()).contains("windows-1251").contains("repaired");
    }

    @Test
    void closedStandardOutputEndsTheRunQuietly(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("story.txt"), STORY.repeat(200));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "parse"));
        for (int i = 0; i < 3000; i++) {
            cmd.add(p.toString());
        }
        // Reached only if the run went on after its reader left: it would then print an error and exit 1.
        cmd.add(dir.resolve("missing.txt").toString());
        Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
        proc.getInputStream().close();
        String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proc.waitFor()).isZero();
        assertThat(err).isEmpty();
    }
}
