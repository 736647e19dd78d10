package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --format csv}: RFC 4180, a header row, one record per article, errors in their own column. */
class CsvOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aHeaderThenOneQuotedRecordPerArticleEndingInCrlf() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "PORTVALE, March 3 (Reuters) - The harbour reopened, officials said.\n\n"
                + "\"We are ready, finally,\" said harbour master Ines Okafor.\n", StandardCharsets.UTF_8);
        Path missing = tmp.resolve("missing.txt");
        CliRunner.Result r = CliRunner.run("parse", "--format", "csv", a.toString(), missing.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(CliRunner.run("parse", a.toString()).out());
        String expected = "file,url,title,dateline_location,dateline_date,dateline_agency,source_name,source_code,"
                + "byline,published,language,body,quotes,error\r\n"
                + a + ",,," + j.at("/dateline/location").asText() + "," + j.at("/dateline/date").asText() + ","
                + j.at("/dateline/agency").asText() + "," + j.at("/source/name").asText() + "," + j.at("/source/code").asText("")
                + ",,," + j.path("language").asText("") + ",\"The harbour reopened, officials said.\n\n"
                + "\"\"We are ready, finally,\"\" said harbour master Ines Okafor.\",1,\r\n"
                + missing + ",,,,,,,,,,,,,no such file\r\n";
        assertThat(j.at("/dateline/location").asText()).isEqualTo("PORTVALE");
        assertThat(j.get("paragraphs")).hasSize(2);
        assertThat(r.out()).isEqualTo(expected);
    }
}
