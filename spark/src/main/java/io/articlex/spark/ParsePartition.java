package io.articlex.spark;

import io.articlex.Articlex;
import io.articlex.Parser;
import io.articlex.model.Article;
import io.articlex.output.ArticleJson;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Parses one Spark partition of inputs, lazily, one article at a time, so a partition never has to
 * fit in memory at once. The per-partition set-up is only fetching the shared parser: the parser is
 * immutable and thread-safe, so every task thread of an executor uses the same instance and nothing
 * is serialized but this small function object.
 *
 * <p>An input that cannot be read or parsed becomes an error record ({@code {"file", "error"}}, like
 * the CLI's line for a failed input) instead of failing the task: one bad article in ten million must
 * not cost a job its retries.
 *
 * @param <I> what a partition holds: a (path, file stream) pair or a JSON Lines record
 * @param <O> what it becomes: the CLI's JSON line or an {@link ArticleRows#OUTPUT} row
 */
public final class ParsePartition<I, O> implements FlatMapFunction<Iterator<I>, O> {

    private static final long serialVersionUID = 1L;

    /** Where an input's name and text come from. */
    public interface Input<I> extends Serializable {
        String name(I in);

        Article parse(Parser parser, I in) throws IOException;
    }

    /** What a parsed or failed input is written as. */
    public interface Output<O> extends Serializable {
        O parsed(String file, Article article);

        O failed(String file, String message);
    }

    /** Whole files from {@code binaryFiles}: bytes go to the parser exactly as the CLI reads a file. */
    public static final Input<Tuple2<String, PortableDataStream>> FILES = new Input<>() {
        @Override
        public String name(Tuple2<String, PortableDataStream> in) {
            return FileNames.display(in._1());
        }

        @Override
        public Article parse(Parser parser, Tuple2<String, PortableDataStream> in) {
            return parser.parse(in._2().toArray());
        }
    };

    /** JSON Lines records selected as (id, text): the text is already decoded. */
    public static final Input<Row> RECORDS = new Input<>() {
        @Override
        public String name(Row in) {
            return in.isNullAt(0) ? null : in.getString(0);
        }

        @Override
        public Article parse(Parser parser, Row in) throws IOException {
            if (in.isNullAt(1)) {
                throw new IOException("record has no text");
            }
            return parser.parse(in.getString(1));
        }
    };

    /** The CLI's exact line for each input. */
    public static final Output<String> JSON_LINES = new Output<>() {
        @Override
        public String parsed(String file, Article article) {
            return ArticleJson.write(file, article, false);
        }

        @Override
        public String failed(String file, String message) {
            return ArticleJson.error(file, message);
        }
    };

    /** Nested rows for Parquet or further Spark SQL. */
    public static final Output<Row> ROWS = new Output<>() {
        @Override
        public Row parsed(String file, Article article) {
            return ArticleRows.output(file, article);
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
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public O next() {
                I in = inputs.next();
                String name = input.name(in);
                try {
                    O out = output.parsed(name, input.parse(parser, in));
                    count(parsed);
                    return out;
                } catch (IOException e) {
                    count(failed);
                    return output.failed(name, "cannot read: " + oneLine(e));
                } catch (RuntimeException | StackOverflowError e) {
                    count(failed);
                    return output.failed(name, "internal error: " + e.getClass().getName() + ": " + oneLine(e));
                }
            }
        };
    }

    private static void count(LongAccumulator counter) {
        if (counter != null) {
            counter.add(1);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
