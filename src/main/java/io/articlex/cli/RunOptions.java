package io.articlex.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.math.BigDecimal;
import java.time.Duration;

/** How a batch runs: threads, progress and the closing summary. */
final class RunOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parse on N threads (default: one per core); output order is kept.")
    Integer jobs;

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
        return jobs == null || jobs <= 0 ? cores : jobs;
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
