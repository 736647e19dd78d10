package io.articlex.spark;

import io.articlex.Articlex;
import io.articlex.Parser;
import io.articlex.batch.InputFormat;
import io.articlex.batch.RecordFields;
import io.articlex.batch.Skipped;
import io.articlex.batch.WarcRecords;
import io.articlex.input.Gzip;
import io.articlex.input.InputError;
import io.articlex.input.InputFiles;
import io.articlex.model.Article;
import io.articlex.output.ArticleJson;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Parses one Spark partition of inputs, lazily, one article at a time, so a partition never has to
 * fit in memory at once. The per-partition set-up is only fetching the shared parser: the parser is
 * immutable and thread-safe, so every task thread of an executor uses the same instance and nothing
 * is serialized but this small function object.
 *
 * <p>An input that cannot be read or parsed becomes an error record ({@code {"file", "error"}}, the
 * CLI's line for a failed input, with the CLI's sentences) instead of failing the task: one bad
 * article in ten million must not cost a job its retries.
 *
 * @param <I> what a partition holds: a (path, content) row or a (name, JSON Lines line) pair
 * @param <O> what it becomes: the CLI's JSON line or an {@link ArticleRows#OUTPUT} row
 */
public final class ParsePartition<I, O> implements FlatMapFunction<Iterator<I>, O> {

    private static final long serialVersionUID = 1L;

    /** One article's outcome: the parsed article (with its page's address, for a WARC record), or the error sentence. */
    public record Result(String file, String url, Article article, String error) {
        static Result parsed(String file, Article article) {
            return new Result(file, null, article, null);
        }

        static Result failed(String file, String error) {
            return new Result(file, null, null, error);
        }
    }

    /** Where inputs come from. {@code parse} reports read and record errors as results, never throws them. */
    public interface Input<I> extends Serializable {
        /** The name used when the input fails before it could be named better. */
        String name(I in);

        Result parse(Parser parser, I in);

        /** The articles one input holds: one, or a WARC archive's pages. */
        default Iterator<Result> parseAll(Parser parser, I in) {
            return List.of(parse(parser, in)).iterator();
        }
    }

    /** What a parsed or failed input is written as. */
    public interface Output<O> extends Serializable {
        O parsed(String file, String url, Article article);

        O failed(String file, String message);
    }

    /**
     * Whole files as (path, content) rows. The reader is the one the CLI picks for the same
     * {@code --input-format} ({@link InputFormat#articleReader()}), so the bytes are decoded and
     * parsed exactly as {@code articlex parse FILE} does.
     */
    public static Input<Row> files(InputFormat format) {
        return new Input<>() {
            @Override
            public String name(Row in) {
                return FileNames.display(in.getString(0));
            }

            /** A WARC archive gives one result per HTML or text response record, as in the CLI. */
            @Override
            public Iterator<Result> parseAll(Parser parser, Row in) {
                String name = name(in);
                if (format != InputFormat.AUTO || !WarcRecords.isWarc(name)) {
                    return Input.super.parseAll(parser, in);
                }
                Iterator<io.articlex.batch.Input> pages;
                try {
                    pages = new WarcRecords(name, new ByteArrayInputStream((byte[]) in.get(1)),
                            InputFiles.DEFAULT_MAX_BYTES, new Skipped());
                } catch (IOException e) {
                    return List.of(Result.failed(name, "cannot read: " + oneLine(e))).iterator();
                }
                java.util.function.Function<byte[], Article> reader = format.articleReader();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return pages.hasNext();
                    }

                    @Override
                    public Result next() {
                        io.articlex.batch.Input page = pages.next();
                        if (page instanceof io.articlex.batch.Input.Page p) {
                            return new Result(name, p.url(), p.article(reader), null);
                        }
                        return Result.failed(name, ((io.articlex.batch.Input.Failed) page).error());
                    }
                };
            }

            @Override
            public Result parse(Parser parser, Row in) {
                byte[] bytes;
                try {
                    // gzip is read as the CLI reads it: told by its magic bytes, inflated within the limit.
                    bytes = Gzip.inflateIfGzip((byte[]) in.get(1), InputFiles.DEFAULT_MAX_BYTES);
                } catch (InputError e) {
                    return Result.failed(name(in), e.getMessage());
                }
                return Result.parsed(name(in), format.articleReader().apply(bytes));
            }
        };
    }

    /**
     * JSON Lines records as (name if the record has no id, line). The record is read by the CLI's own
     * {@link RecordFields}, so ids, the fields' meaning and the error sentences are the CLI's.
     */
    public static Input<Tuple2<String, String>> records(String textField, String idField) {
        return new Input<>() {
            @Override
            public String name(Tuple2<String, String> in) {
                return in._1();
            }

            @Override
            public Result parse(Parser parser, Tuple2<String, String> in) {
                RecordFields.Fields got;
                try {
                    got = new RecordFields(textField, idField).read(in._2());
                } catch (RecordFields.BadRecord e) {
                    return Result.failed(e.id() != null ? e.id() : in._1(), e.getMessage());
                }
                String name = got.id() != null ? got.id() : in._1();
                return Result.parsed(name, parser.parse(got.text()));
            }
        };
    }

    /** The CLI's exact line for each input. */
    public static final Output<String> JSON_LINES = new Output<>() {
        @Override
        public String parsed(String file, String url, Article article) {
            return ArticleJson.write(file, url, article, false);
        }

        @Override
        public String failed(String file, String message) {
            return ArticleJson.error(file, message);
        }
    };

    /** Nested rows for Parquet or further Spark SQL. */
    public static final Output<Row> ROWS = new Output<>() {
        @Override
        public Row parsed(String file, String url, Article article) {
            return ArticleRows.output(file, url, article);
        }

        @Override
        public Row failed(String file, String message) {
            return ArticleRows.error(file, message);
        }
    };

    private final Input<I> input;
    private final Output<O> output;
    private final LongAccumulator parsed;
    private final LongAccumulator failed;

    /** The accumulators may be null; when given they count parsed and failed inputs for the job's summary. */
    public ParsePartition(Input<I> input, Output<O> output, LongAccumulator parsed, LongAccumulator failed) {
        this.input = input;
        this.output = output;
        this.parsed = parsed;
        this.failed = failed;
    }

    @Override
    public Iterator<O> call(Iterator<I> inputs) {
        Parser parser = Articlex.parser();
        return new Iterator<>() {
            private I in;
            private Iterator<Result> results = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!results.hasNext()) {
                    if (!inputs.hasNext()) {
                        return false;
                    }
                    in = inputs.next();
                    try {
                        results = input.parseAll(parser, in);
                    } catch (RuntimeException | StackOverflowError e) {
                        results = List.of(Result.failed(input.name(in), "internal error: " + oneLine(e))).iterator();
                    }
                }
                return true;
            }

            @Override
            public O next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Result r;
                try {
                    r = results.next();
                } catch (RuntimeException | StackOverflowError e) {
                    r = Result.failed(input.name(in), "internal error: " + oneLine(e));
                }
                if (r.error() != null) {
                    count(failed);
                    return output.failed(r.file(), r.error());
                }
                count(parsed);
                return output.parsed(r.file(), r.url(), r.article());
            }
        };
    }

    private static void count(LongAccumulator counter) {
        if (counter != null) {
            counter.add(1);
        }
    }

    /** The CLI's one-line form of an exception message. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s+", " ").strip();
    }
}
