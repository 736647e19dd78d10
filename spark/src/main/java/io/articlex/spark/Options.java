package io.articlex.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link ParseArchive}. Hand-parsed on purpose: the job jar carries no CLI library,
 * and spark-submit passes everything after the jar through unchanged.
 */
public record Options(List<String> inputs, String output, InputFormat inputFormat, OutputFormat outputFormat,
                      String textField, String idField, int partitions, boolean overwrite, String compression,
                      boolean help) {

    /**
     * As the CLI's {@code --input-format}: {@code auto} reads JSON Lines when every input ends in
     * {@code .jsonl} or {@code .ndjson} and otherwise whole files, each a saved web page when its first
     * bytes are markup and article text when not; {@code text} and {@code html} force the reader.
     */
    public enum InputFormat { AUTO, TEXT, HTML, JSONL }

    public enum OutputFormat { JSONL, PARQUET }

    public static final String USAGE = """
            Usage: spark-submit --class io.articlex.spark.ParseArchive articlex-spark.jar [OPTIONS] INPUT... OUTPUT
            Parse every article under INPUT (local paths, globs or any Hadoop file system URI) and write
            one record per article to the directory OUTPUT.
              --input-format auto|text|html|jsonl
                                          text, html: one article per file; jsonl: one JSON object per
                                          line; auto (default): jsonl when every INPUT ends in .jsonl or
                                          .ndjson, else one article per file, HTML told by its first bytes
              --text-field NAME           jsonl: the field holding the article text (default: text)
              --id-field NAME             jsonl: the field written as "file" (default: id)
              --output-format jsonl|parquet
                                          jsonl: the CLI's exact line per article (default);
                                          parquet: the same members as nested columns, plus "error"
              --partitions N              how many tasks to split the input into (default: Spark's choice)
              --compression CODEC         jsonl output codec, e.g. gzip (default: none)
              --overwrite                 replace OUTPUT if it exists (default: fail)
              -h, --help                  print this and exit""";

    public Options {
        inputs = List.copyOf(inputs);
    }

    /** Parses the arguments; throws IllegalArgumentException with a one-line reason on a usage error. */
    public static Options parse(String... args) {
        List<String> positional = new ArrayList<>();
        InputFormat in = InputFormat.AUTO;
        OutputFormat out = OutputFormat.JSONL;
        String textField = "text";
        String idField = "id";
        int partitions = 0;
        boolean overwrite = false;
        String compression = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    return new Options(List.of(), null, in, out, textField, idField, 0, false, null, true);
                }
                case "--input-format" -> in = InputFormat.valueOf(choice(a, value(args, ++i, a), "auto", "text", "html", "jsonl"));
                case "--output-format" -> out = OutputFormat.valueOf(choice(a, value(args, ++i, a), "jsonl", "parquet"));
                case "--text-field" -> textField = value(args, ++i, a);
                case "--id-field" -> idField = value(args, ++i, a);
                case "--partitions" -> partitions = positive(a, value(args, ++i, a));
                case "--compression" -> compression = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() < 2) {
            throw new IllegalArgumentException("need at least one INPUT and the OUTPUT directory");
        }
        if (textField.equals(idField)) {
            throw new IllegalArgumentException("--text-field and --id-field must differ");
        }
        String output = positional.remove(positional.size() - 1);
        if (in == InputFormat.AUTO && positional.stream().allMatch(Options::looksLikeJsonLines)) {
            in = InputFormat.JSONL;
        }
        return new Options(positional, output, in, out, textField, idField, partitions, overwrite, compression, false);
    }

    private static boolean looksLikeJsonLines(String input) {
        String n = input.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** The core's name for a whole-file format, which picks the same reader as the CLI. */
    io.articlex.batch.InputFormat coreFormat() {
        return io.articlex.batch.InputFormat.valueOf(inputFormat.name());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String choice(String option, String value, String... allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v.toUpperCase(Locale.ROOT);
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ": " + value);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number: " + value);
    }
}
