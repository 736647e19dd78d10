package io.articlex.cli;

import io.articlex.Corpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A directory walk reads article files and skips, counts and names the rest. */
class DirectoryWalkSelectionTest {

    private static final String STORY = "ROME, May 2 (AP) - Trains ran late on Friday, the operator said.\n";

    @TempDir
    Path tmp;

    private Path folder() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), STORY, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.gold.json"), "{\"title\": \"not an article\"}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.HTML"), "<html><body><p>" + STORY + "</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.ndjson"), "{\"id\": \"c1\", \"text\": \"" + STORY.strip() + "\"}\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("d.txt.gz"), CompressedInputTest.gzip(STORY.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("notes.md"), "# notes\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("STORY"), STORY, StandardCharsets.UTF_8);   // no extension, text
        Files.write(dir.resolve("IMAGE"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/e.htm"), "<p>" + STORY + "</p>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("sub/e.gold.json"), "{}", StandardCharsets.UTF_8);
        return dir;
    }

    private static List<String> files(String out) {
        return out.lines().map(l -> l.replaceAll("^\\{\"file\":\"([^\"]*)\".*", "$1")).toList();
    }

    @Test
    void byDefaultOnlyArticleFilesAreReadAndTheRestIsCounted() throws Exception {
        Path dir = folder();
        CliRunner.Result r = CliRunner.run("parse", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(files(r.out())).containsExactly(dir + "/STORY", dir + "/a.txt", dir + "/b.HTML", "c1",
                dir + "/d.txt.gz", dir + "/sub/e.htm");
        assertThat(r.err()).isEqualTo("articlex: skipped 4 inputs that are not articles: 2 *.json files, 1 *.md file, "
                + "1 file without an extension, not text; --glob chooses other files\n");
    }

    @Test
    void aGlobOverridesTheDefaultAndANamedFileIsAlwaysRead() throws Exception {
        Path dir = folder();
        CliRunner.Result r = CliRunner.run("parse", "--glob", "*.json", dir.toString(), dir.resolve("notes.md").toString());
        assertThat(files(r.out())).containsExactly(dir + "/a.gold.json", dir + "/sub/e.gold.json", dir + "/notes.md");
        assertThat(r.err()).as("the user chose: no notice without -v").isEmpty();
        CliRunner.Result v = CliRunner.run("parse", "-v", "--glob", "*.json", dir.toString());
        assertThat(v.err()).startsWith("articlex: skipped 8 inputs: 8 files not matching --glob\n");
    }

    @Test
    void oneSkippedFileIsSpokenOfInTheSingular() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("one"));
        Files.writeString(dir.resolve("a.txt"), STORY, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.gold.json"), "{}", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("parse", dir.toString());
        assertThat(r.err()).isEqualTo("articlex: skipped 1 input that is not an article: 1 *.json file; "
                + "--glob chooses other files\n");
        Files.writeString(dir.resolve("b.gold.json"), "{}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.md"), "# notes\n", StandardCharsets.UTF_8);
        CliRunner.Result several = CliRunner.run("parse", dir.toString());
        assertThat(several.err()).isEqualTo("articlex: skipped 3 inputs that are not articles: 2 *.json files, 1 *.md file; "
                + "--glob chooses other files\n");
        CliRunner.Result glob = CliRunner.run("parse", "-v", "--glob", "*.txt", dir.toString(), "-o", tmp.resolve("o.jsonl").toString());
        assertThat(glob.err()).startsWith("articlex: skipped 3 inputs: 3 files not matching --glob\n");
        Files.delete(dir.resolve("b.gold.json"));
        Files.delete(dir.resolve("c.md"));
        CliRunner.Result globOne = CliRunner.run("parse", "-v", "--glob", "*.txt", dir.toString(), "-o", tmp.resolve("o.jsonl").toString());
        assertThat(globOne.err()).startsWith("articlex: skipped 1 input: 1 file not matching --glob\n");
    }

    /** The corpus layout: NAME.txt beside NAME.gold.json, and a README.md. */
    @Test
    void aCorpusFolderGivesOneLinePerStoryAndNoGoldFiles() throws Exception {
        Path corpus = Corpora.corpus("synthetic-dev");
        long stories;
        long others;
        try (Stream<Path> s = Files.list(corpus)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            stories = names.stream().filter(n -> n.endsWith(".txt") || n.endsWith(".html")).count();
            others = names.size() - stories;
        }
        assertThat(stories).isPositive();
        CliRunner.Result r = CliRunner.run("parse", corpus.toString());
        assertThat(r.out().lines().count()).isEqualTo(stories);
        assertThat(r.out()).doesNotContain(".gold.json\"");
        assertThat(r.err()).startsWith("articlex: skipped " + others + " inputs that are not articles: ");
    }

    @Test
    void aFolderWithNothingToParseSaysSoAndIsNoFailure() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("empty"));
        Files.createDirectory(dir.resolve("sub"));
        CliRunner.Result r = CliRunner.run("parse", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("articlex: found nothing to parse in " + dir + "\n");
        Files.writeString(dir.resolve("a.txt"), STORY, StandardCharsets.UTF_8);
        CliRunner.Result one = CliRunner.run("parse", dir.toString());
        assertThat(one.err()).as("a folder with an article is quiet").isEmpty();
    }
}
