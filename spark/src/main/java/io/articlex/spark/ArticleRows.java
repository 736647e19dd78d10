package io.articlex.spark;

import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.model.Removed;
import io.articlex.model.Source;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's JSON object as a Spark row: the same members in the same order, with nested structs for
 * {@code dateline}, {@code source}, {@code quotes}, {@code removed}, {@code people} and {@code sources}, so a Parquet
 * table and {@code articlex parse} output describe an article with the same names. A row for an input
 * that failed carries only {@code file} and {@code error}, as the CLI's error line does; {@code error}
 * is null on every parsed row.
 *
 * <p>Stateless: every method is a pure function, so executors call it without any set-up.
 */
public final class ArticleRows {

    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    public static final StructType DATELINE = struct(
            nullable("text", DataTypes.StringType),
            nullable("location", DataTypes.StringType),
            nullable("date", DataTypes.StringType),
            nullable("agency", DataTypes.StringType));

    public static final StructType SOURCE = struct(
            nullable("name", DataTypes.StringType),
            nullable("code", DataTypes.StringType));

    public static final StructType QUOTE = struct(
            nullable("text", DataTypes.StringType),
            nullable("speaker", DataTypes.StringType),
            nullable("mention", DataTypes.StringType),
            nullable("cue", DataTypes.StringType),
            required("paragraph", DataTypes.IntegerType),
            required("closed", DataTypes.BooleanType),
            required("partial", DataTypes.BooleanType));

    public static final StructType REMOVED = struct(
            nullable("text", DataTypes.StringType),
            nullable("reason", DataTypes.StringType));

    public static final StructType PERSON = struct(
            nullable("name", DataTypes.StringType),
            required("roles", STRINGS),
            required("quotes", DataTypes.IntegerType));

    /** The fields of one parsed article, without {@code file}: what {@code articlex_parse(text)} returns. */
    public static final StructType ARTICLE = struct(
            nullable("title", DataTypes.StringType),
            nullable("dateline", DATELINE),
            nullable("source", SOURCE),
            nullable("paragraphs", STRINGS),
            nullable("quotes", DataTypes.createArrayType(QUOTE, false)),
            nullable("related", STRINGS),
            nullable("removed", DataTypes.createArrayType(REMOVED, false)),
            nullable("warnings", STRINGS),
            nullable("people", DataTypes.createArrayType(PERSON, false)),
            nullable("sources", DataTypes.createArrayType(PERSON, false)),
            nullable("byline", DataTypes.StringType),
            nullable("published", DataTypes.StringType),
            nullable("language", DataTypes.StringType));

    /** One output row of {@link ParseArchive}: {@code file}, the article's fields, {@code url}, then {@code error}. */
    public static final StructType OUTPUT = withFileAndError();

    private ArticleRows() {
    }

    /** The article's fields in {@link #ARTICLE} order. */
    public static Row article(Article a) {
        return RowFactory.create(articleValues(a));
    }

    /** A parsed input as an {@link #OUTPUT} row; {@code url} is a WARC page's address, else null. */
    public static Row output(String file, String url, Article a) {
        Object[] fields = articleValues(a);
        Object[] values = new Object[fields.length + 3];
        values[0] = file;
        System.arraycopy(fields, 0, values, 1, fields.length);
        values[values.length - 2] = url;
        values[values.length - 1] = null;
        return RowFactory.create(values);
    }

    /** A failed input as an {@link #OUTPUT} row: only {@code file} and {@code error} are set. */
    public static Row error(String file, String message) {
        Object[] values = new Object[OUTPUT.size()];
        values[0] = file;
        values[values.length - 1] = message;
        return RowFactory.create(values);
    }

    private static Object[] articleValues(Article a) {
        return new Object[] {
                a.title(),
                dateline(a.dateline()),
                source(a.source()),
                seq(a.paragraphs()),
                seq(quotes(a.quotes())),
                seq(a.related()),
                seq(removed(a.removed())),
                seq(a.warnings()),
                seq(people(a.people())),
                seq(people(a.sources())),
                a.byline(),
                a.published(),
                a.language()};
    }

    private static Row dateline(Dateline d) {
        return d == null ? null : RowFactory.create(d.text(), d.location(), d.date(), d.agency());
    }

    private static Row source(Source s) {
        return s == null ? null : RowFactory.create(s.name(), s.code());
    }

    private static List<Row> quotes(List<Quote> quotes) {
        List<Row> rows = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            rows.add(RowFactory.create(q.text(), q.speaker(), q.mention(), q.cue(), q.paragraph(), q.closed(),
                    q.partial()));
        }
        return rows;
    }

    private static List<Row> removed(List<Removed> removed) {
        List<Row> rows = new ArrayList<>(removed.size());
        for (Removed r : removed) {
            rows.add(RowFactory.create(r.text(), r.reason()));
        }
        return rows;
    }

    private static List<Row> people(List<Person> people) {
        List<Row> rows = new ArrayList<>(people.size());
        for (Person p : people) {
            rows.add(RowFactory.create(p.name(), seq(p.roles()), p.quotes()));
        }
        return rows;
    }

    /**
     * Arrays go into rows as Scala sequences: Spark's row encoder (DataFrame creation, Parquet writing)
     * accepts only those, although its UDF path would take a Java list too.
     */
    private static <T> Seq<T> seq(List<T> list) {
        return JavaConverters.asScalaBuffer(list);
    }

    private static StructType withFileAndError() {
        List<StructField> fields = new ArrayList<>();
        fields.add(required("file", DataTypes.StringType));
        fields.addAll(List.of(ARTICLE.fields()));
        fields.add(nullable("url", DataTypes.StringType));
        fields.add(nullable("error", DataTypes.StringType));
        return DataTypes.createStructType(fields);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField nullable(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField required(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }
}
