package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Batch behaviour of {@code articlex parse}: walking, lists, JSON Lines, order, -o, closed stdout. */
class ParseBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A small article whose body names its number, so order and content can be checked. */
    private static String article(int i) {
        return "LONDON (Reuters) - Story number " + i + " says prices rose.\n\n"
                + "\"We expect more,\" said Ann Lee, an analyst.\n";
    }

    private static List<Path> writeArticles(Path dir, int n) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paths.add(Files.writeString(dir.resolve(String.format("a%04d.txt", i)), article(i)));
        }
        return paths;
    }

    private static List<String> files(String out) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : out.lines().toList()) {
            names.add(JSON.readTree(line).get("file").asText());
        }
        return names;
    }

    @Test
    void parallelRunKeepsInputOrder(@TempDir Path dir) throws Exception {
        List<Path> paths = writeArticles(dir, 300);
        CliRunner.Result r = CliRunner.run("parse", "-j", "4", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(files(r.out())).isEqualTo(paths.stream().map(Path::toString).toList());
        List<String> lines = r.out().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(JSON.readTree(lines.get(i)).at("/paragraphs/0").asText()).contains("number " + i + " ");
        }
    }

    @Test
    void directoryWalkIsRecursiveSortedAndFilteredByGlob(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve(".hidden"));
        for (String f : List.of("z.txt", "a/2.txt", "a/10.txt", "b/deeper/x.txt", "b/notes.md", ".hidden/h.txt", ".dot.txt")) {
            Files.writeString(dir.resolve(f), "Some text.\n");
        }
        String root = dir.toString();
        CliRunner.Result r = CliRunner.run("parse", "--glob", "*.txt", root);
        assertThat(r.code()).isZero();
        assertThat(files(r.out())).containsExactly(root + "/a/10.txt", root + "/a/2.txt",
                root + "/b/deeper/x.txt", root + "/z.txt");

        CliRunner.Result deep = CliRunner.run("parse", "--glob", "b/**", root);
        assertThat(files(deep.out())).containsExactly(root + "/b/deeper/x.txt", root + "/b/notes.md");

        CliRunner.Result named = CliRunner.run("parse", "--glob", "*.txt", dir.resolve("b/notes.md").toString());
        assertThat(files(named.out())).as("a named file is read whatever the glob").hasSize(1);
    }

    @Test
    void filesFromReadsNulSeparatedAndLineSeparatedLists(@TempDir Path dir) throws Exception {
        Path odd = Files.writeString(dir.resolve("name with\nnewline.txt"), "Odd name.\n");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "Plain.\n");
        Path nulList = Files.writeString(dir.resolve("list0"), odd + "\0" + plain + "\0");
        CliRunner.Result r = CliRunner.run("parse", "-0", "--files-from", nulList.toString());
        assertThat(r.code()).isZero();
        assertThat(files(r.out())).containsExactly(odd.toString(), plain.toString());

        CliRunner.Result stdin = CliRunner.runWithStdin(plain + "\n\n" + plain + "\n", "parse", "--files-from", "-");
        assertThat(files(stdin.out())).containsExactly(plain.toString(), plain.toString());
    }

    @Test
    void argFileSuppliesArguments(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "A.\n");
        Path args = Files.writeString(dir.resolve("args"), "parse\n-j\n2\n" + a + "\n");
        CliRunner.Result r = CliRunner.run("@" + args);
        assertThat(r.code()).isZero();
        assertThat(files(r.out())).containsExactly(a.toString());
    }

    @Test
    void jsonLinesGiveOneLinePerRecordWithTheIdAndBadLinesDoNotStopTheRun(@TempDir Path dir) throws Exception {
        Path dump = Files.writeString(dir.resolve("dump.jsonl"), String.join("\n",
                "{\"id\":\"r1\",\"text\":\"LONDON (Reuters) - Prices rose.\"}",
                "{not json",
                "",
                "{\"id\":7,\"body\":\"x\"}",
                "{\"text\":\"No id here.\",\"other\":{\"id\":\"inner\"}}",
                "[\"an array\"]",
                "{\"id\":\"r6\",\"text\":\"Last one.\"}") + "\n");
        CliRunner.Result r = CliRunner.run("parse", "-j", "2", dump.toString());
        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.out().lines().toList()) {
            lines.add(JSON.readTree(l));
        }
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("file").asText()).isEqualTo("r1");
        assertThat(lines.get(0).at("/dateline/location").asText()).isEqualTo("LONDON");
        assertThat(lines.get(1).get("file").asText()).isEqualTo(dump + ":2");
        assertThat(lines.get(1).get("error").asText()).startsWith("not valid JSON");
        assertThat(lines.get(2).get("file").asText()).isEqualTo("7");
        assertThat(lines.get(2).get("error").asText()).isEqualTo("no member \"text\"");
        assertThat(lines.get(3).get("file").asText()).isEqualTo(dump + ":5");
        assertThat(lines.get(3).at("/paragraphs/0").asText()).isEqualTo("No id here.");
        assertThat(lines.get(4).get("error").asText()).isEqualTo("record is not a JSON object");
        assertThat(lines.get(5).get("file").asText()).isEqualTo("r6");
        assertThat(r.err().lines().toList()).hasSize(3).allMatch(l -> l.startsWith("articlex: "));

        CliRunner.Result custom = CliRunner.runWithStdin("{\"key\":\"k1\",\"body\":\"Text.\"}\n",
                "parse", "--input-format", "jsonl", "--text-field", "body", "--id-field", "key", "-");
        assertThat(custom.code()).isZero();
        assertThat(files(custom.out())).containsExactly("k1");
    }

    @Test
    void outputFileIsWrittenWholeAndNothingGoesToStdout(@TempDir Path dir) throws Exception {
        writeArticles(Files.createDirectories(dir.resolve("in")), 20);
        Path out = dir.resolve("out.jsonl");
        CliRunner.Result r = CliRunner.run("parse", "-o", out.toString(), dir.resolve("in").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(20);
        assertThat(siblings(dir)).containsExactlyInAnyOrder("in", "out.jsonl");
    }

    @Test
    void failedRunLeavesNoOutputFile(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "A.\n");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "old\n");
        // The list is a directory: reading it fails in the middle of the run.
        Path list = Files.createDirectories(dir.resolve("list"));
        CliRunner.Result r = CliRunner.run("parse", "-o", out.toString(), "--files-from", list.toString(), a.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).startsWith("articlex: cannot read --files-from");
        assertThat(Files.readString(out)).isEqualTo("old\n");
        assertThat(siblings(dir)).containsExactlyInAnyOrder("a.txt", "out.jsonl", "list");
    }

    @Test
    void closedOutputStopsTheRunQuietly(@TempDir Path dir) throws Exception {
        writeArticles(dir, 400);
        StringWriter err = new StringWriter();
        OutputStream closedAfterALittle = new OutputStream() {
            private int n;

            @Override
            public void write(int b) throws IOException {
                if (++n > 2000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(closedAfterALittle, StandardCharsets.UTF_8));
        int code = Main.run(out, new PrintWriter(err), "parse", "-v", "-j", "2", dir.toString());
        assertThat(code).isZero();
        assertThat(err.toString()).startsWith("articlex: ").contains("stopped: output closed")
                .doesNotContain("Exception").doesNotContain("400 inputs");
    }

    @Test
    void closedStdoutOfARealProcessEndsQuietlyAndPromptly(@TempDir Path dir) throws Exception {
        writeArticles(dir, 3000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.articlex.cli.Main", "parse", dir.toString()).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).startsWith("{\"file\":");
        }
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("process ends once its stdout is closed").isTrue();
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(p.exitValue()).isZero();
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
