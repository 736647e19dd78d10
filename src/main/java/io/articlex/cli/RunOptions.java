package io.articlex.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.math.BigDecimal;
import java.time.Duration;

/** How a batch runs: threads, progress and the closing summary. */
final class RunOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Integer jobs;

    /** Validated as it is parsed: zero or a negative number of threads is a usage error, not "all cores". */
    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parse on N threads, N >= 1 (default: one per core); output order is kept.")
    void jobs(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "-j/--jobs must be at least 1, not " + n);
        }
        jobs = n;
    }

    @Option(names = {"-v", "--verbose"}, description = "End with a one-line summary on standard error.")
    boolean verbose;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error (default: when it is a terminal).")
    Boolean progress;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", converter = SecondsConverter.class,
            description = "Give up on an input after this many seconds (decimals allowed) and write an error "
                    + "record for it instead; 0 for no limit (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    int threads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return jobs == null ? cores : jobs;
    }

    /**
     * Progress only on a terminal: the launcher tells (articlex.stderr.tty), as Java alone cannot
     * ask whether stderr is a terminal.
     */
    boolean showProgress() {
        return progress != null ? progress : Boolean.getBoolean("articlex.stderr.tty");
    }

    static final class SecondsConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                BigDecimal s = new BigDecimal(value.strip());
                if (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                    throw new TypeConversionException("--timeout must be between 0 and 1000000000 seconds: '" + value + "'");
                }
                return Duration.ofNanos(s.movePointRight(9).longValue());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a number of seconds: '" + value + "' (use e.g. 30 or 0.5)");
            }
        }
    }
}
