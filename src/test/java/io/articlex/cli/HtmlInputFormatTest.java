package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A saved page is told by its content, whatever its name, and {@code --input-format} overrides. */
class HtmlInputFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<!doctype html><html lang=\"fr\"><head><title>Grève au port</title></head><body>"
            + "<nav><a href='/'>Accueil</a></nav><article><h1>Grève au port</h1>"
            + "<p>Les grues sont restées immobiles mardi pour le deuxième jour de grève des dockers du port.</p>"
            + "<p>Le syndicat et l'exploitant doivent se retrouver jeudi devant un médiateur désigné par la région.</p>"
            + "</article></body></html>";

    @Test
    void pageSavedAsTxtIsStillReadAsHtml(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("story.txt"), PAGE);
        CliRunner.Result r = CliRunner.run("parse", f.toString());
        assertThat(r.code()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("title").asText()).isEqualTo("Grève au port");
        assertThat(o.get("language").asText()).isEqualTo("fr");
        assertThat(o.get("paragraphs")).hasSize(2);
        assertThat(o.get("paragraphs").get(0).asText()).startsWith("Les grues");
    }

    @Test
    void inputFormatTextKeepsTheMarkupAsText(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("story.html"), PAGE);
        CliRunner.Result r = CliRunner.run("parse", "--input-format", "text", f.toString());
        assertThat(r.code()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("paragraphs").toString()).contains("<article>");
        assertThat(o.get("title").isNull() || !o.get("title").asText().equals("Grève au port")).isTrue();
    }

    @Test
    void inputFormatHtmlReadsAFragmentTheSnifferWouldNotTake(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("frag.txt"), "Saved fragment follows. <p>The ferry to the island "
                + "will run twice a day from June, the operator said on Friday.</p><p>Tickets go on sale next week "
                + "at the harbour office and online, with a discount for residents.</p>");
        CliRunner.Result auto = CliRunner.run("parse", f.toString());
        assertThat(JSON.readTree(auto.out()).get("paragraphs").toString()).contains("<p>");
        CliRunner.Result html = CliRunner.run("parse", "--input-format", "html", f.toString());
        assertThat(html.code()).isZero();
        assertThat(JSON.readTree(html.out()).get("paragraphs").toString()).doesNotContain("<p>").contains("ferry");
    }
}
