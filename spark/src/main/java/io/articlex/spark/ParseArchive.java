package io.articlex.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import static org.apache.spark.sql.functions.col;

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
        try {
            Summary s = run(spark, options);
            System.err.printf("articlex-spark: %d parsed, %d failed -> %s%n", s.parsed(), s.failed(), options.output());
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
            JavaRDD<Row> rows = options.inputFormat() == Options.InputFormat.TEXT
                    ? files(spark, options).mapPartitions(new ParsePartition<>(ParsePartition.FILES, ParsePartition.ROWS, parsed, failed))
                    : records(spark, options).mapPartitions(new ParsePartition<>(ParsePartition.RECORDS, ParsePartition.ROWS, parsed, failed));
            spark.createDataFrame(rows, ArticleRows.OUTPUT).write().mode(mode).parquet(options.output());
        } else {
            JavaRDD<String> lines = options.inputFormat() == Options.InputFormat.TEXT
                    ? files(spark, options).mapPartitions(new ParsePartition<>(ParsePartition.FILES, ParsePartition.JSON_LINES, parsed, failed))
                    : records(spark, options).mapPartitions(new ParsePartition<>(ParsePartition.RECORDS, ParsePartition.JSON_LINES, parsed, failed));
            var writer = spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(mode);
            if (options.compression() != null) {
                writer = writer.option("compression", options.compression());
            }
            writer.text(options.output());
        }
        return new Summary(parsed.value(), failed.value());
    }

    /** Whole files as (path, stream): bytes, not text, so charset detection is the CLI's own. */
    private static JavaRDD<Tuple2<String, PortableDataStream>> files(SparkSession spark, Options options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String paths = String.join(",", options.inputs());
        var pairs = options.partitions() > 0 ? jsc.binaryFiles(paths, options.partitions()) : jsc.binaryFiles(paths);
        return pairs.rdd().toJavaRDD();
    }

    /** JSON Lines records reduced to (id, text); only the two named fields are read from each line. */
    private static JavaRDD<Row> records(SparkSession spark, Options options) {
        StructType schema = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
                DataTypes.createStructField(options.idField(), DataTypes.StringType, true),
                DataTypes.createStructField(options.textField(), DataTypes.StringType, true)});
        Dataset<Row> records = spark.read().schema(schema).json(options.inputs().toArray(String[]::new))
                .select(col(options.idField()), col(options.textField()));
        if (options.partitions() > 0 && options.partitions() != records.rdd().getNumPartitions()) {
            records = records.repartition(options.partitions());
        }
        return records.javaRDD();
    }
}
