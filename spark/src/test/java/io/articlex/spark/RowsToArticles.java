package io.articlex.spark;

import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.model.Removed;
import io.articlex.model.Source;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads an {@link ArticleRows#OUTPUT} row back into the model, by field name, so a Parquet row can be
 * rendered with the CLI's own writer and compared with the CLI's line character for character.
 */
final class RowsToArticles {

    static Article article(Row r) {
        return new Article(
                r.getAs("title"),
                struct(r, "dateline", d -> new Dateline(d.getAs("text"), d.getAs("location"), d.getAs("date"),
                        d.getAs("agency"))),
                struct(r, "source", s -> new Source(s.getAs("name"), s.getAs("code"))),
                r.getList(r.fieldIndex("paragraphs")),
                rows(r, "quotes", q -> new Quote(q.getAs("text"), q.getAs("speaker"), q.getAs("mention"), q.getAs("cue"),
                        q.<Integer>getAs("paragraph"), q.<Boolean>getAs("closed"), q.<Boolean>getAs("partial"))),
                r.getList(r.fieldIndex("related")),
                rows(r, "removed", x -> new Removed(x.getAs("text"), x.getAs("reason"))),
                r.getList(r.fieldIndex("warnings")),
                rows(r, "people", p -> new Person(p.getAs("name"), p.getList(p.fieldIndex("roles")),
                        p.<Integer>getAs("quotes"))),
                rows(r, "sources", p -> new Person(p.getAs("name"), p.getList(p.fieldIndex("roles")),
                        p.<Integer>getAs("quotes"))),
                r.getAs("byline"),
                r.getAs("published"),
                r.getAs("language"));
    }

    private static <T> T struct(Row r, String field, Function<Row, T> f) {
        Row v = r.getAs(field);
        return v == null ? null : f.apply(v);
    }

    private static <T> List<T> rows(Row r, String field, Function<Row, T> f) {
        List<Row> rows = r.getList(r.fieldIndex(field));
        List<T> out = new ArrayList<>(rows.size());
        for (Row x : rows) {
            out.add(f.apply(x));
        }
        return out;
    }

    private RowsToArticles() {
    }
}
