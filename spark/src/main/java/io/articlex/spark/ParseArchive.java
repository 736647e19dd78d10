package io.articlex.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.util.Iterator;

/**
 * The spark-submit job: parse every article of an archive and write one record per article.
 *
 * <pre>
 * spark-submit --class io.articlex.spark.ParseArchive articlex-spark.jar [options] INPUT... OUTPUT
 * </pre>
 *
 * Inputs are whole text files (one article per file, read as bytes exactly as the CLI reads them) or
 * JSON Lines records with a text field and an id field. Parsing happens in {@code mapPartitions}
 * ({@link ParsePartition}); the output is the CLI's JSON line per article, or Parquet with the same
 * members as nested columns ({@link ArticleRows#OUTPUT}). See {@link Options} for the flags.
 */
public final class ParseArchive {

    private ParseArchive() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("articlex-spark: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("articlex ParseArchive").getOrCreate();
        long start = System.nanoTime();
        try {
            Summary s = run(spark, options);
            System.err.printf("articlex-spark: %d parsed, %d failed in %.1f s -> %s%n", s.parsed(), s.failed(),
                    (System.nanoTime() - start) / 1e9, options.output());
        } finally {
            spark.stop();
        }
    }

    /** What a run did, from the job's accumulators. */
    public record Summary(long parsed, long failed) {
    }

    /** Runs the job on an existing session (tests and notebooks call this; {@link #main} wraps it). */
    public static Summary run(SparkSession spark, Options options) {
        LongAccumulator parsed = spark.sparkContext().longAccumulator("articlex parsed");
        LongAccumulator failed = spark.sparkContext().longAccumulator("articlex failed");
        SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (options.outputFormat() == Options.OutputFormat.PARQUET) {
            JavaRDD<Row> rows = options.inputFormat() != Options.InputFormat.JSONL
                    ? files(spark, options).mapPartitions(new ParsePartition<>(ParsePartition.files(options.coreFormat()), ParsePartition.ROWS, parsed, failed))
                    : records(spark, options).mapPartitions(new ParsePartition<>(records(options), ParsePartition.ROWS, parsed, failed));
            spark.createDataFrame(rows, ArticleRows.OUTPUT).write().mode(mode).parquet(options.output());
        } else {
            JavaRDD<String> lines = options.inputFormat() != Options.InputFormat.JSONL
                    ? files(spark, options).mapPartitions(new ParsePartition<>(ParsePartition.files(options.coreFormat()), ParsePartition.JSON_LINES, parsed, failed))
                    : records(spark, options).mapPartitions(new ParsePartition<>(records(options), ParsePartition.JSON_LINES, parsed, failed));
            var writer = spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(mode);
            if (options.compression() != null) {
                writer = writer.option("compression", options.compression());
            }
            writer.text(options.output());
        }
        return new Summary(parsed.value(), failed.value());
    }

    private static ParsePartition.Input<Tuple2<String, String>> records(Options options) {
        return ParsePartition.records(options.textField(), options.idField());
    }

    /**
     * Whole files as (path, content) rows from Spark's binaryFile source: bytes, not text, so the
     * charset detection is the CLI's own. The source packs small files into tasks counting an open
     * cost per file (spark.sql.files.openCostInBytes), so an archive of small articles is spread over
     * the cores by default; the RDD {@code binaryFiles} packs by bytes alone and puts up to 128 MB of
     * small files into one task. Spark turns each file a glob matches into a root path and lists more
     * than 32 root paths with a distributed job of one task per path: on bench.sh's 6,950 articles
     * that job cost more than the parsing. The root paths are listed on the driver instead (one status
     * call per matched file); a folder given as input is listed recursively in one go.
     */
    private static JavaRDD<Row> files(SparkSession spark, Options options) {
        String threshold = "spark.sql.sources.parallelPartitionDiscovery.threshold";
        String saved = spark.conf().get(threshold);
        spark.conf().set(threshold, Integer.MAX_VALUE);
        try {
            Dataset<Row> files = spark.read().format("binaryFile")
                    .option("recursiveFileLookup", "true")
                    .load(options.inputs().toArray(String[]::new))
                    .select("path", "content");
            return sized(files.javaRDD(), options);
        } finally {
            spark.conf().set(threshold, saved);
        }
    }

    /** Applies {@code --partitions}: fewer tasks by merging (no shuffle), more by redistributing. */
    private static <T> JavaRDD<T> sized(JavaRDD<T> rdd, Options options) {
        int want = options.partitions();
        int have = rdd.getNumPartitions();
        if (want <= 0 || want == have) {
            return rdd;
        }
        return want < have ? rdd.coalesce(want) : rdd.repartition(want);
    }

    /**
     * JSON Lines as (name, line) pairs, read with Hadoop's line reader so a large file is split across
     * tasks. Blank lines are not records, as in the CLI. A record without an id is named
     * {@code SOURCE@BYTE} (the byte offset of its line): a split does not know its line numbers, which
     * is what the CLI uses ({@code SOURCE:LINE}).
     */
    private static JavaRDD<Tuple2<String, String>> records(SparkSession spark, Options options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        var lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(String.join(",", options.inputs()),
                TextInputFormat.class, LongWritable.class, Text.class, conf);
        return sized(lines.mapPartitionsWithInputSplit(new SplitLines(), false), options);
    }

    /** Pairs each non-blank line of a split with its fallback name; the Hadoop objects are copied at once. */
    private static final class SplitLines
            implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Tuple2<String, String>>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Tuple2<String, String>> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
            String source = FileNames.display(((FileSplit) split).getPath().toString());
            Iterator<Tuple2<LongWritable, Text>> it = lines;
            return new Iterator<>() {
                private Tuple2<String, String> next;

                @Override
                public boolean hasNext() {
                    while (next == null && it.hasNext()) {
                        Tuple2<LongWritable, Text> l = it.next();
                        String line = l._2().toString();
                        if (!line.isBlank()) {
                            next = new Tuple2<>(source + "@" + l._1().get(), line);
                        }
                    }
                    return next != null;
                }

                @Override
                public Tuple2<String, String> next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Tuple2<String, String> n = next;
                    next = null;
                    return n;
                }
            };
        }
    }
}
