package io.articlex.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.articlex.model.Article;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * One CSV row per article for spreadsheets (RFC 4180: a header row, comma-separated fields, fields
 * holding a comma, a quote or a line break quoted with quotes doubled, CRLF after every record). The
 * body is the paragraphs joined by blank lines inside one quoted field; the JSON stays the contract.
 * Written by Jackson's CSV module, the same family as the JSON writer, with no further dependencies.
 */
final class CsvWriter implements ArticleWriter {

    static final List<String> COLUMNS = List.of("file", "url", "title", "dateline_location", "dateline_date",
            "dateline_agency", "source_name", "source_code", "byline", "published", "language", "body", "quotes", "error");

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final ObjectWriter ROW;
    private static final String HEADER;

    static {
        CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        // Quote only the fields that need it (a comma, a quote, a line break), as RFC 4180 writes them.
        ROW = MAPPER.writerFor(String[].class).with(schema.build().withoutHeader())
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        HEADER = row(COLUMNS.toArray(String[]::new));
    }

    @Override
    public String header() {
        return HEADER;
    }

    @Override
    public String article(String file, Article a) {
        return article(file, null, a);
    }

    @Override
    public String article(String file, String url, Article a) {
        var d = a.dateline();
        var s = a.source();
        return row(new String[] {file, url, a.title(),
                d == null ? null : d.location(), d == null ? null : d.date(), d == null ? null : d.agency(),
                s == null ? null : s.name(), s == null ? null : s.code(),
                a.byline(), a.published(), a.language(), String.join("\n\n", a.paragraphs()),
                Integer.toString(a.quotes().size()), null});
    }

    @Override
    public String error(String file, String message) {
        String[] row = new String[COLUMNS.size()];
        row[0] = file;
        row[row.length - 1] = message;
        return row(row);
    }

    /** One record without its final LF (the output adds the line end), so records end in CRLF. */
    private static String row(String[] values) {
        try {
            String r = ROW.writeValueAsString(values);
            return r.endsWith("\n") ? r.substring(0, r.length() - 1) : r;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
