package io.articlex.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuickParseTest {

    @Test
    void givesExactlyWhatTheFullCommandGives(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"),
                "LONDON (Reuters) - Prices rose.\n\n\"It is early,\" said Ann Lee.\n");
        assertSame(story.toString());
        Path binary = Files.write(dir.resolve("odd.txt"), new byte[] {(byte) 0xff, 'a', '\n'});
        assertSame(binary.toString());
    }

    @Test
    void leavesEverythingButALonePlainFileToPicocli(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Text.\n");
        Path dump = Files.writeString(dir.resolve("d.jsonl"), "{}\n");
        assertThat(QuickParse.handles(new String[] {"parse", story.toString()})).isTrue();
        assertThat(QuickParse.handles(new String[] {"parse", dir.toString()})).isFalse();
        assertThat(QuickParse.handles(new String[] {"parse", dump.toString()})).isFalse();
        assertThat(QuickParse.handles(new String[] {"parse", "-"})).isFalse();
        assertThat(QuickParse.handles(new String[] {"parse", "@" + story})).isFalse();
        assertThat(QuickParse.handles(new String[] {"parse", dir.resolve("missing.txt").toString()})).isFalse();
        assertThat(QuickParse.handles(new String[] {"parse", "--pretty", story.toString()})).isFalse();
        assertThat(QuickParse.handles(new String[] {"bench", story.toString()})).isFalse();
    }

    @Test
    void theClassesBuiltAheadExist() throws Exception {
        // named by string (the holders are private to their packages): a rename must show here
        for (String[] names : List.of(QuickParse.Prepare.FIRST, QuickParse.Prepare.THEN)) {
            for (String name : names) {
                assertThat(Class.forName(name, false, QuickParseTest.class.getClassLoader()).getName()).isEqualTo(name);
            }
        }
        assertThat(QuickParse.Prepare.prepareAll(null)).isTrue();
    }

    /** The language step reads the file's first bytes; a file it cannot read leaves the rest to be built. */
    @Test
    void preparesForAFileAndPastOneItCannotRead(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("kisa.txt");
        Files.writeString(story, "Köprü açıldı\n\nSAKARYA (AA) - Yeni köprü bugün açıldı.\n");
        assertThat(QuickParse.Prepare.prepareAll(story)).isTrue();
        assertThat(QuickParse.Prepare.prepareAll(dir.resolve("missing.txt"))).isTrue();
        assertThat(QuickParse.Prepare.prepareAll(dir)).isTrue();
    }

    /** A table that could not be built is reported by its cause, also when the other thread met it first. */
    @Test
    void reportsTheCauseOfATableThatCouldNotBeBuilt() {
        IllegalStateException missing = new IllegalStateException("missing resource io/articlex/quotes/cues.txt");
        ExceptionInInitializerError first = new ExceptionInInitializerError(missing);
        NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class io.articlex.quotes.Lexicon$Holder");
        assertThat(QuickParse.cause(later, first)).isSameAs(missing);
        assertThat(QuickParse.cause(first, null)).isSameAs(missing);
        assertThat(QuickParse.cause(later, null)).isSameAs(later);
    }

    private static void assertSame(String file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = QuickParse.run(new PrintWriter(out), new PrintWriter(err), file);
        CliRunner.Result full = CliRunner.run("parse", file);
        assertThat(out.toString()).isEqualTo(full.out()).isNotEmpty();
        assertThat(err.toString()).isEqualTo(full.err());
        assertThat(code).isEqualTo(full.code());
    }
}
