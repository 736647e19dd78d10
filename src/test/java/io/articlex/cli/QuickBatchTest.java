package io.articlex.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuickBatchTest {

    /** Every option field, of the command and of each mixin, holds what picocli puts there for the same line. */
    @Test
    void fillsTheCommandAsPicocliDoes() throws Exception {
        for (String line : List.of("parse dir", "parse a b.jsonl c.txt", "parse -j 2 dir", "parse -j1 dir",
                "parse --jobs 3 dir", "parse --jobs=4 dir", "parse dir -o out.jsonl", "parse -o out.jsonl -j 2 dir x",
                "parse --output out.jsonl dir", "parse --output=out.jsonl dir", "parse -j 007 dir")) {
            String[] args = line.split(" ");
            ParseCommand quick = QuickBatch.command(args);
            assertThat(quick).as(line).isNotNull();
            CommandLine cl = new CommandLine(new ArticlexCommand());
            ParseCommand full = (ParseCommand) cl.parseArgs(args).subcommand().commandSpec().userObject();
            assertThat(options(quick)).as(line).isEqualTo(options(full));
        }
    }

    @Test
    void leavesEveryOtherLineToPicocli() {
        for (String line : List.of("parse", "parse -", "parse dir -", "parse @list", "parse --pretty dir", "parse -v dir",
                "parse -j 0 dir", "parse -j dir", "parse -j", "parse -j2 -j 2 dir", "parse -j +2 dir", "parse -jx dir",
                "parse -j 9999999999 dir", "parse -o a -o b dir", "parse -o", "parse -o -x dir", "parse -oout dir",
                "parse -o @f dir", "parse -- dir", "parse --timeout 30 dir", "bench dir", "eval dir")) {
            assertThat(QuickBatch.command(line.split(" "))).as(line).isNull();
        }
        assertThat(QuickBatch.command(new String[] {"parse", ""})).isNull();
        assertThat(QuickBatch.command(new String[] {"parse", "dir", "-o", ""})).isNull();
    }

    @Test
    void givesExactlyWhatTheFullCommandGives(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), "LONDON (Reuters) - Prices rose.\n\n\"It is early,\" said Ann Lee.\n");
        Files.write(in.resolve("b.txt"), new byte[] {(byte) 0xff, 0, 'a', '\n'});
        Files.writeString(in.resolve("notes.md"), "# not an article\n");
        Path records = Files.writeString(dir.resolve("r.jsonl"),
                "{\"id\": \"x\", \"text\": \"PARIS (AFP) - Rain fell.\"}\nnot json\n");
        String missing = dir.resolve("missing.txt").toString();
        for (List<String> line : List.of(List.of("parse", dir.resolve("in").toString()),
                List.of("parse", "-j", "2", dir.resolve("in").toString(), records.toString(), missing),
                List.of("parse", "-j1", records.toString()))) {
            assertSame(line.toArray(new String[0]));
        }
        // -o: the same file contents and messages; a directory that does not exist is a usage error
        for (String out : List.of(dir.resolve("quick.jsonl").toString(), dir.resolve("no/such/out.jsonl").toString())) {
            String[] args = {"parse", "-o", out, dir.resolve("in").toString(), records.toString()};
            StringWriter qOut = new StringWriter();
            StringWriter qErr = new StringWriter();
            int code = QuickBatch.run(new PrintWriter(qOut), new PrintWriter(qErr), QuickBatch.command(args));
            String quick = Files.exists(Path.of(out)) ? Files.readString(Path.of(out)) : null;
            Files.deleteIfExists(Path.of(out));
            CliRunner.Result full = CliRunner.run(args);
            String fullFile = Files.exists(Path.of(out)) ? Files.readString(Path.of(out)) : null;
            assertThat(quick).isEqualTo(fullFile);
            assertThat(qOut.toString()).isEqualTo(full.out()).isEmpty();
            assertThat(qErr.toString()).isEqualTo(full.err());
            assertThat(code).isEqualTo(full.code());
        }
    }

    private static void assertSame(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = QuickBatch.run(new PrintWriter(out), new PrintWriter(err), QuickBatch.command(args));
        CliRunner.Result full = CliRunner.run(args);
        assertThat(out.toString()).isEqualTo(full.out()).isNotEmpty();
        assertThat(err.toString()).isEqualTo(full.err());
        assertThat(code).isEqualTo(full.code());
    }

    /** The value of every field of the command and its mixins, by name, but picocli's own (the specs). */
    private static List<String> options(ParseCommand c) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        add(out, "", c);
        return out;
    }

    private static void add(List<String> out, String prefix, Object o) throws IllegalAccessException {
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType() == CommandLine.Model.CommandSpec.class) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(o);
            if (v != null && !(v instanceof Enum) && v.getClass().getName().startsWith("io.articlex.cli.")) {
                add(out, prefix + f.getName() + ".", v);
            } else {
                out.add(prefix + f.getName() + "=" + (v instanceof List<?> l ? new ArrayList<>(l) : v));
            }
        }
    }
}
