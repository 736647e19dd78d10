package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneCompactLinePerInputInOrderWithFixedKeys(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "LONDON (Reuters) - Prices rose on Monday.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Just a sentence.\n");
        CliRunner.Result r = CliRunner.run("parse", a.toString(), b.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("file").asText()).isEqualTo(a.toString());
        assertThat(JSON.readTree(lines.get(1)).get("file").asText()).isEqualTo(b.toString());
        assertThat(first.fieldNames()).toIterable().containsExactly("file", "title", "dateline", "source",
                "paragraphs", "quotes", "related", "removed", "warnings", "people", "sources", "byline", "published", "language", "url");
        assertThat(first.at("/dateline/location").asText()).isEqualTo("LONDON");
        assertThat(first.at("/source/name").asText()).isEqualTo("Reuters");
    }

    @Test
    void missingFileGivesErrorRecordAndExitOneButOthersAreStillWritten(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "Some text.\n");
        String missing = dir.resolve("missing.txt").toString();
        CliRunner.Result r = CliRunner.run("parse", missing, ok.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("error").asText()).isEqualTo("no such file");
        assertThat(JSON.readTree(lines.get(1)).get("paragraphs").get(0).asText()).isEqualTo("Some text.");
        assertThat(r.err().strip()).isEqualTo("articlex: " + missing + ": no such file");
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        CliRunner.Result r = CliRunner.runWithStdin("Tehran (IP): Officials met.\n", "parse", "-");
        assertThat(r.code()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("file").asText()).isEqualTo("-");
        assertThat(o.at("/source/name").asText()).isEqualTo("Iran Press");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner.Result r = CliRunner.run("parse", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("articlex: Unknown option");
    }

    @Test
    void versionAndHelpGoToStdout() {
        assertThat(CliRunner.run("--version").out()).startsWith("articlex ");
        CliRunner.Result help = CliRunner.run("parse", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: articlex parse").contains("--pretty");
    }

    @Test
    void yearAndDateHintDateAYearlessDateline(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("efe.txt"), "Hallan una necrópolis romana\n\n"
                + "Sevilla, 28 dic (EFE).- Las obras de una rotonda han sacado a la luz una necrópolis romana.\n\n"
                + "Las obras quedarán paralizadas al menos tres meses, según el Ayuntamiento.\n");
        assertThat(JSON.readTree(CliRunner.run("parse", f.toString()).out()).get("published").isNull()).isTrue();
        assertThat(JSON.readTree(CliRunner.run("parse", "--year", "2023", f.toString()).out()).get("published").asText())
                .isEqualTo("2023-12-28");
        assertThat(JSON.readTree(CliRunner.run("parse", "--date-hint", "2024-01-02", f.toString()).out()).get("published").asText())
                .isEqualTo("2023-12-28");
        assertThat(CliRunner.run("parse", "--year", "tomorrow", f.toString()).code()).isEqualTo(2);
    }
}
