package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WARC archives written here, record by record, as crawlers write them: one article per HTML or text
 * response record, the archive as {@code file} and the record's target as {@code url}; other records
 * counted and skipped; a truncated archive keeps the records before the cut and ends with an error.
 */
class WarcInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static final String DATED_PAGE = "<!doctype html><html lang=\"en\"><head><title>Harbour reopens</title>"
            + "<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\"></head><body><article>"
            + "<h1>Harbour reopens</h1><p>PORTVALE, March 5 (Reuters) - The harbour reopened on Tuesday after a week "
            + "of repairs, officials said.</p><p>\"We are ready for the season,\" said harbour master Ines Okafor.</p>"
            + "</article></body></html>";

    private static final String UNDATED_PAGE = "<html><head><title>Trains late</title></head><body><article><h1>Trains late</h1>"
            + "<p>ROME (AP) - Trains ran late on Friday across the north of the country, the operator said.</p>"
            + "<p>Repairs to the signals will take until the weekend, a spokeswoman said.</p></article></body></html>";

    static byte[] record(String type, String uri, String date, String contentType, byte[] block, String... extra) {
        StringBuilder h = new StringBuilder("WARC/1.1\r\n")
                .append("WARC-Type: ").append(type).append("\r\n")
                .append("WARC-Record-ID: <urn:uuid:").append(java.util.UUID.nameUUIDFromBytes((uri + type).getBytes(StandardCharsets.UTF_8))).append(">\r\n")
                .append("WARC-Date: ").append(date).append("\r\n");
        if (uri != null) {
            h.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        for (String e : extra) {
            h.append(e).append("\r\n");
        }
        h.append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(block.length).append("\r\n\r\n");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        b.writeBytes(block);
        b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    static byte[] response(String uri, String date, String mediaType, byte[] body, String... extra) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + mediaType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        return record("response", uri, date, "application/http; msgtype=response", http, extra);
    }

    /** warcinfo, a request, an HTML page, an image, an undated Latin-1 page, a JSON response, metadata. */
    private static List<byte[]> records() {
        return List.of(
                record("warcinfo", null, "2024-03-06T10:00:00Z", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
                record("request", "https://news.example/harbour", "2024-03-06T10:00:01Z", "application/http; msgtype=request",
                        "GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
                response("https://news.example/harbour", "2024-03-06T10:00:02Z", "text/html; charset=utf-8",
                        DATED_PAGE.getBytes(StandardCharsets.UTF_8)),
                response("https://news.example/logo.png", "2024-03-06T10:00:03Z", "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}),
                response("https://news.example/trains", "2024-03-06T10:00:04Z", "text/html; charset=iso-8859-1",
                        UNDATED_PAGE.replace("Friday", "Friday \u00e0 Milano").getBytes(StandardCharsets.ISO_8859_1)),
                response("https://news.example/api.json", "2024-03-06T10:00:05Z", "application/json",
                        "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)),
                record("metadata", "https://news.example/trains", "2024-03-06T10:00:06Z", "application/warc-fields",
                        "via: https://news.example/\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        parts.forEach(b::writeBytes);
        return b.toByteArray();
    }

    private void checkTheTwoPages(Path archive, CliRunner.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode harbour = JSON.readTree(lines.get(0));
        assertThat(harbour.get("file").asText()).isEqualTo(archive.toString());
        assertThat(harbour.get("url").asText()).isEqualTo("https://news.example/harbour");
        assertThat(harbour.get("title").asText()).isEqualTo("Harbour reopens");
        assertThat(harbour.at("/dateline/location").asText()).isEqualTo("PORTVALE");
        assertThat(harbour.get("published").asText()).as("the page's own date wins").startsWith("2024-03-05");
        assertThat(harbour.get("warnings").toString()).doesNotContain("WARC-Date");
        JsonNode trains = JSON.readTree(lines.get(1));
        assertThat(trains.get("url").asText()).isEqualTo("https://news.example/trains");
        assertThat(trains.get("published").asText()).isEqualTo("2024-03-06T10:00:04Z");
        assertThat(trains.get("warnings").toString()).contains("the page states no date; this is the archive's capture date (WARC-Date)");
        assertThat(trains.get("paragraphs").get(0).asText()).as("charset from the HTTP header").contains("Friday \u00e0 Milano");
        assertThat(r.err()).isEqualTo("articlex: skipped 2 inputs that are not articles: 1 WARC response not HTML or text "
                + "(application/json), 1 WARC response not HTML or text (image/png); --glob chooses other files\n");
    }

    @Test
    void aWarcFileGivesOneArticlePerHtmlResponse() throws Exception {
        Path warc = Files.write(tmp.resolve("crawl.warc"), concat(records()));
        checkTheTwoPages(warc, CliRunner.run("parse", warc.toString()));
    }

    @Test
    void aWarcGzWithOneGzipMemberPerRecordReadsTheSame() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] r : records()) {
            b.writeBytes(CompressedInputTest.gzip(r));
        }
        Path warc = Files.write(tmp.resolve("crawl.warc.gz"), b.toByteArray());
        checkTheTwoPages(warc, CliRunner.run("parse", warc.toString()));
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheCutAndEndsWithAnError() throws Exception {
        List<byte[]> all = records();
        byte[] whole = concat(all.subList(0, 5));
        byte[] cut = Arrays.copyOf(whole, whole.length - 120);   // inside the undated page's record
        Path warc = Files.write(tmp.resolve("cut.warc"), cut);
        CliRunner.Result r = CliRunner.run("parse", warc.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("url").asText()).isEqualTo("https://news.example/harbour");
        JsonNode error = JSON.readTree(lines.get(1));
        assertThat(error.get("file").asText()).isEqualTo(warc.toString());
        assertThat(error.get("error").asText()).startsWith("WARC record at byte ")
                .contains("cannot be read (a truncated or corrupt archive; the records before it were read)");
        assertThat(r.err()).contains("articlex: " + warc + ": WARC record at byte ");
    }

    @Test
    void aRecordTheCrawlerMarkedTruncatedIsParsedWithAWarning() throws Exception {
        Path warc = Files.write(tmp.resolve("marked.warc"), response("https://news.example/harbour", "2024-03-06T10:00:02Z",
                "text/html", DATED_PAGE.getBytes(StandardCharsets.UTF_8), "WARC-Truncated: length"));
        CliRunner.Result r = CliRunner.run("parse", warc.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("warnings").toString())
                .contains("the archive marks this record truncated (length): the page may be incomplete");
    }

    @Test
    void filesAndRecordsHaveANullUrl() throws Exception {
        Path story = Files.writeString(tmp.resolve("s.txt"), "ROME (AP) - Trains ran late, the operator said.\n");
        assertThat(JSON.readTree(CliRunner.run("parse", story.toString()).out()).get("url").isNull()).isTrue();
    }
}
