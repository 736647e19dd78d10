package io.articlex.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlex.output.ArticleJson;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link ParseArchive} in Spark local mode ({@code local[2]}) on the dev corpora (text and saved
 * pages) and checks that every output row equals the CLI's line for the same article: JSON Lines
 * output byte for byte,
 * Parquet rows after rendering them back with the CLI's writer, JSON Lines input, and the SQL
 * functions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParseArchiveTest {

    private Path work;
    private SparkSession spark;
    private List<Path> files;
    private Map<String, String> cli;
    /** The plain-text articles and their CLI lines: what the JSON Lines and SQL tests carry as text. */
    private List<Path> textFiles;
    private Map<String, String> cliText;

    @BeforeAll
    void startSparkAndRunCli(@TempDir Path dir) throws Exception {
        work = dir;
        Path corpus = CliOutput.corpus();
        files = CliOutput.corpusFiles(corpus);
        cli = CliOutput.linesByFile(files, work);
        textFiles = files.stream().filter(f -> f.toString().endsWith(".txt")).toList();
        cliText = new HashMap<>(cli);
        cliText.keySet().retainAll(textFiles.stream().map(Path::toString).toList());
        assertThat(textFiles).hasSizeLessThan(files.size());
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("articlex-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.extensions", ArticlexSqlExtensions.class.getName())
                .getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void textFilesToJsonLinesEqualTheCliLineForEveryArticle() throws IOException {
        Path out = work.resolve("text-jsonl");
        ParseArchive.Summary s = ParseArchive.run(spark, Options.parse(argv(globs(), out.toString())));

        assertThat(s).isEqualTo(new ParseArchive.Summary(files.size(), 0));
        assertEqualToCli(readLines(out));
        assertThat(partFiles(out)).as("small files are spread over both cores by default").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFolderIsReadWithEverythingBelowItAsTheCliWalksIt() throws Exception {
        Path folder = work.resolve("archive");
        Files.createDirectories(folder.resolve("2024/06"));
        Files.copy(textFiles.get(0), folder.resolve("top.txt"));
        Files.copy(textFiles.get(1), folder.resolve("2024/06/nested.txt"));
        Files.copy(files.get(files.size() - 1), folder.resolve("2024/page.html"));
        Map<String, String> expected = new HashMap<>();
        for (String line : CliOutput.run(List.of(folder.toString()), work, 0)) {
            expected.put(JsonText.tree(line).path("file").textValue(), line);
        }
        Path out = work.resolve("folder-jsonl");
        ParseArchive.run(spark, Options.parse(folder.toString(), out.toString()));

        assertThat(expected).hasSize(3);
        assertThat(readLines(out)).isEqualTo(expected);
    }

    /** gzip-compressed files are read as the CLI reads them: decompressed, within the size limit. */
    @Test
    void gzippedFilesGiveTheCliLine() throws Exception {
        Path folder = work.resolve("gzipped");
        Files.createDirectories(folder);
        for (int i = 0; i < 2; i++) {
            try (var z = new java.util.zip.GZIPOutputStream(Files.newOutputStream(folder.resolve("story" + i + ".txt.gz")))) {
                z.write(Files.readAllBytes(textFiles.get(i)));
            }
        }
        Map<String, String> expected = new HashMap<>();
        for (String line : CliOutput.run(List.of(folder.toString()), work, 0)) {
            expected.put(JsonText.tree(line).path("file").textValue(), line);
        }
        Path out = work.resolve("gzipped-jsonl");
        ParseArchive.run(spark, Options.parse(folder.toString(), out.toString()));

        assertThat(expected).hasSize(2);
        assertThat(readLines(out)).isEqualTo(expected);
        assertThat(expected.values()).allSatisfy(l -> assertThat(JsonText.tree(l).path("paragraphs").size()).isPositive());
    }

    /** A WARC archive gives one line per HTML response record, the CLI's line, url included. */
    @Test
    void warcArchivesGiveTheCliLineForEveryPage() throws Exception {
        Path folder = Files.createDirectories(work.resolve("warc"));
        Path warc = folder.resolve("crawl.warc.gz");
        try (var out = Files.newOutputStream(warc)) {
            out.write(gzip(warcResponse("https://news.example/harbour", "text/html; charset=utf-8",
                    "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
                            + "<p>PORTVALE, March 5 (Reuters) - The harbour reopened on Tuesday, officials said.</p>"
                            + "<p>\"We are ready,\" said harbour master Ines Okafor.</p></article></body></html>")));
            out.write(gzip(warcResponse("https://news.example/logo.png", "image/png", "not really a png")));
            out.write(gzip(warcResponse("https://news.example/trains", "text/html",
                    "<html><body><article><p>ROME (AP) - Trains ran late on Friday, the operator said.</p>"
                            + "<p>Repairs will take until the weekend.</p></article></body></html>")));
        }
        List<String> cliLines = new ArrayList<>(CliOutput.run(List.of(warc.toString()), work, 0));
        Path out = work.resolve("warc-jsonl");
        ParseArchive.Summary s = ParseArchive.run(spark, Options.parse(warc.toString(), out.toString()));

        List<String> jobLines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                jobLines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        assertThat(s).isEqualTo(new ParseArchive.Summary(2, 0));
        assertThat(cliLines).hasSize(2);
        java.util.Collections.sort(cliLines);
        java.util.Collections.sort(jobLines);
        assertThat(jobLines).isEqualTo(cliLines);
        assertThat(jobLines).anySatisfy(l -> assertThat(l).contains("\"url\":\"https://news.example/harbour\""));
    }

    private static byte[] warcResponse(String uri, String type, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n";
        byte[] block = (http + body).getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "WARC-Date: 2024-03-06T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        return (head + http + body + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(b)) {
            z.write(data);
        }
        return b.toByteArray();
    }

    @Test
    void textFilesToParquetHoldTheSameArticleAsNestedColumns() throws IOException {
        Path out = work.resolve("text-parquet");
        ParseArchive.run(spark, Options.parse(argv(globs(), "--output-format", "parquet", "--partitions", "3",
                out.toString())));
        assertThat(partFiles(out)).as("--partitions 3").isEqualTo(3);

        Dataset<Row> table = spark.read().parquet(out.toString());
        StructType schema = table.schema();
        assertThat(schema.fieldNames()).containsExactly("file", "title", "dateline", "source", "paragraphs",
                "quotes", "related", "removed", "warnings", "people", "sources", "byline", "published", "language", "url", "error");
        assertThat(schema.apply("dateline").dataType()).isEqualTo(ArticleRows.DATELINE);
        assertThat(schema.apply("source").dataType()).isEqualTo(ArticleRows.SOURCE);

        Map<String, String> rendered = new HashMap<>();
        for (Row r : table.collectAsList()) {
            String file = r.getAs("file");
            assertThat((String) r.getAs("error")).as("error of %s", file).isNull();
            assertThat(rendered.put(file, ArticleJson.write(file, RowsToArticles.article(r), false)))
                    .as("one row for %s", file).isNull();
        }
        assertEqualToCli(rendered);

        long datelines = spark.sql("SELECT count(*) FROM parquet.`" + out + "` WHERE dateline.location IS NOT NULL")
                .first().getLong(0);
        long expected = cli.values().stream().filter(l -> !JsonText.tree(l).path("dateline").path("location").isNull()
                && !JsonText.tree(l).path("dateline").isNull()).count();
        assertThat(datelines).as("articles with a dateline location, queried through the nested column")
                .isEqualTo(expected).isPositive();
    }

    @Test
    void jsonLinesEqualTheCliOnTheSameFilesBadRecordsIncluded() throws Exception {
        Path in = writeJsonLines("url", "body");
        Path broken = in.resolve("zz-broken.jsonl");
        Files.writeString(broken, JsonText.record("url", "no-text-here", "body", null) + "\n"
                + "\n"
                + "{\"url\": 7, \"body\": 12}\n"
                + "not json at all\n");
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(in)) {
            s.sorted().forEach(p -> inputs.add(p.toString()));
        }
        List<String> cliLines = CliOutput.run(argvList(inputs, "--text-field", "body", "--id-field", "url"), work, 1);

        Path out = work.resolve("jsonl-jsonl");
        ParseArchive.Summary s = ParseArchive.run(spark, Options.parse(argv(inputs, "--input-format", "jsonl",
                "--id-field", "url", "--text-field", "body", "--partitions", "3", out.toString())));

        assertThat(s).isEqualTo(new ParseArchive.Summary(textFiles.size(), 3));
        Map<String, String> sparkLines = readLines(out);
        Map<String, String> expected = new HashMap<>();
        for (String line : cliLines) {
            expected.put(JsonText.tree(line).path("file").textValue(), line);
        }
        // The one record with no id: the CLI names it by line number, Spark by byte offset (documented).
        String noIdCli = broken + ":4";
        long offset = Files.readString(broken).indexOf("not json at all");
        String noIdSpark = broken + "@" + offset;
        assertThat(sparkLines).as("Spark names").containsKey(noIdSpark);
        assertThat(expected).as("CLI names").containsKey(noIdCli);
        assertThat(JsonText.tree(sparkLines.remove(noIdSpark)).path("error").textValue())
                .isEqualTo(JsonText.tree(expected.remove(noIdCli)).path("error").textValue())
                .startsWith("not valid JSON");
        assertThat(sparkLines.get("no-text-here")).isEqualTo(expected.get("no-text-here"))
                .isEqualTo("{\"file\":\"no-text-here\",\"error\":\"no member \\\"body\\\"\"}");
        assertThat(sparkLines.get("7")).isEqualTo(expected.get("7")).contains("is not a string");
        assertThat(sparkLines).isEqualTo(expected);
        expected.remove("no-text-here");
        expected.remove("7");
        assertThat(expected).isEqualTo(cliText);
    }

    @Test
    void sqlFunctionsGiveTheCliLineAndAStructThatSqlCanQuery() throws IOException {
        Path in = writeJsonLines("id", "text");
        spark.read().json(in.toString()).createOrReplaceTempView("articles");

        Map<String, String> lines = new HashMap<>();
        for (Row r : spark.sql("SELECT id, articlex_json(id, text) FROM articles").collectAsList()) {
            lines.put(r.getString(0), r.getString(1));
        }
        assertThat(lines).isEqualTo(cliText);

        Map<String, String> titles = new HashMap<>();
        for (Row r : spark.sql("SELECT id, articlex_parse(text).title FROM articles").collectAsList()) {
            titles.put(r.getString(0), r.getString(1));
        }
        assertThat(titles).hasSize(textFiles.size());
        titles.forEach((id, title) -> assertThat(title).as("title of %s", id)
                .isEqualTo(JsonText.tree(cli.get(id)).path("title").textValue()));

        assertThat(spark.sql("SELECT articlex_parse(CAST(NULL AS STRING))").first().isNullAt(0)).isTrue();
    }

    @Test
    void readmeQueryTopQuotedPeopleByOutletAgreesWithTheCliOutput() throws IOException {
        // The README's query as written there (less LIMIT), over a folder of JSON Lines.
        Path in = writeJsonLines("id", "text");
        List<Row> rows = spark.sql("""
                SELECT a.source.name AS outlet, p.name AS person, sum(p.quotes) AS quotes
                FROM (SELECT articlex_parse(text) AS a FROM json.`%s`)
                LATERAL VIEW explode(a.people) AS p
                WHERE a.source IS NOT NULL
                GROUP BY a.source.name, p.name
                ORDER BY quotes DESC, outlet, person
                """.formatted(in)).collectAsList();

        Map<String, Long> expected = new LinkedHashMap<>();
        for (String line : cliText.values()) {
            JsonNode a = JsonText.tree(line);
            if (a.path("source").isNull()) {
                continue;
            }
            for (JsonNode p : a.path("people")) {
                expected.merge(a.path("source").path("name").asText() + " | " + p.path("name").asText(),
                        p.path("quotes").asLong(), Long::sum);
            }
        }
        Map<String, Long> actual = new LinkedHashMap<>();
        rows.forEach(r -> actual.put(r.getString(0) + " | " + r.getString(1), r.getLong(2)));
        assertThat(actual).isEqualTo(expected);
    }

    private void assertEqualToCli(Map<String, String> sparkLines) {
        assertThat(sparkLines.keySet()).as("one output row per input, named as the CLI names it")
                .containsExactlyInAnyOrderElementsOf(cli.keySet());
        List<String> differing = new ArrayList<>();
        cli.forEach((file, line) -> {
            if (!line.equals(sparkLines.get(file))) {
                differing.add(file);
            }
        });
        assertThat(differing).as("inputs whose Spark row differs from the CLI line").isEmpty();
    }

    /** One glob per corpus folder and kind: the job must name files the way the CLI was given them. */
    private List<String> globs() {
        return files.stream().map(f -> {
            String name = f.getFileName().toString();
            return f.getParent().resolve("*" + name.substring(name.lastIndexOf('.'))).toString();
        }).distinct().toList();
    }

    /** Options then inputs then the last of {@code rest} (the output directory). */
    private static String[] argv(List<String> inputs, String... rest) {
        List<String> all = new ArrayList<>(List.of(rest));
        all.addAll(all.size() - 1, inputs);
        return all.toArray(String[]::new);
    }

    private static List<String> argvList(List<String> inputs, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(inputs);
        return all;
    }

    /** The corpus as JSON Lines, ids being the files' paths, in two files; text decoded as strict UTF-8. */
    private Path writeJsonLines(String idField, String textField) throws IOException {
        Path dir = work.resolve("records");
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < textFiles.size(); i++) {
            Path f = textFiles.get(i);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
            (i % 2 == 0 ? a : b).add(JsonText.record(idField, f.toString(), textField, text));
        }
        Files.write(dir.resolve("part-a.jsonl"), a);
        Files.write(dir.resolve("part-b.jsonl"), b);
        return dir;
    }

    private static long partFiles(Path dir) throws IOException {
        try (Stream<Path> parts = Files.list(dir)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        }
    }

    /** Every line of a job's output directory, keyed by its {@code file} member. */
    private static Map<String, String> readLines(Path dir) throws IOException {
        Map<String, String> byFile = new HashMap<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    String file = JsonText.tree(line).path("file").textValue();
                    assertThat(byFile.put(file, line)).as("one line for %s", file).isNull();
                }
            }
        }
        return byFile;
    }
}
