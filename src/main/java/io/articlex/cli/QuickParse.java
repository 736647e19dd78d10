package io.articlex.cli;

import io.articlex.batch.Batch;
import io.articlex.batch.Input;
import io.articlex.batch.InputFormat;
import io.articlex.batch.InputProcessor;
import io.articlex.batch.Inputs;
import io.articlex.batch.Outcome;
import io.articlex.batch.Problems;
import io.articlex.batch.RecordFields;
import io.articlex.batch.StreamOutput;
import io.articlex.input.InputRules;
import io.articlex.language.LanguageDetector;
import io.articlex.output.ArticleWriter;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shell-loop case, {@code articlex parse story.txt} with no option, run without building the
 * picocli model. picocli is compiled for Java 5, so class-data sharing cannot archive it and each run
 * loads and verifies its ~170 classes from the jar: about a third of the start-up of one parse (see
 * the bench's start-up figure). This path goes through the same {@link Batch} run as
 * {@link ParseCommand} with one input, so the line, the stderr message and the exit code are the same;
 * every other command line (options, directories, stdin, JSON Lines, @files) goes to picocli.
 */
final class QuickParse {

    private QuickParse() {
    }

    /** True for exactly {@code parse FILE} where FILE is a regular file read as an article. */
    static boolean handles(String[] args) {
        if (args.length != 2 || !args[0].equals("parse")) {
            return false;
        }
        String name = args[1];
        if (name.isEmpty() || name.startsWith("-") || name.startsWith("@")
                || InputFormat.AUTO.isJsonLines(name) || InputFormat.AUTO.isArchive(name)) {
            return false;
        }
        return Files.isRegularFile(Path.of(name));
    }

    /**
     * Builds, on a second thread, what the parse needs later and every text needs: the boilerplate
     * rules' pre-check table, the built-in rules and the outlet table (needed once the boilerplate
     * rule set is made, at the first paragraph), the
     * language detector's tables for this file ({@link LanguageDetector#prepare} on its first bytes: the
     * function words, and the n-gram profiles when they cannot settle the language, as for a short
     * Turkish or Portuguese story; needed once the text is segmented), the timestamp check with the
     * month and weekday names, the date reader's and byline patterns, the quote lexicon and the quote
     * stage's own patterns (needed last) and the JSON line's writer. Built by class initialisers, so the
     * parse's own thread takes each as it is or waits for it to be finished; none of these initialisers
     * needs a class whose initialiser needs one of them, so the two threads cannot wait for each other.
     * A one-file parse is mostly such start-up work, done on one core while the other waits for the
     * compiler: this moves about a fifth of the parse's own thread to the other core. Named classes,
     * not calls: the holders are private to their packages.
     */
    static final class Prepare extends Thread {
        /** Built before the language detector's tables. */
        static final String[] FIRST = {
            "io.articlex.boilerplate.RuleIndex$Holder",
            // the rules themselves: the outlet table no longer reads them (the build made it), and the
            // boilerplate rule set on the parse's own thread needs them soon after the index
            "io.articlex.rules.Rules$Holder",
            "io.articlex.rules.OutletTable$Holder",
        };
        /** Built after them. */
        static final String[] THEN = {
            "io.articlex.boilerplate.Timestamps",
            "io.articlex.dates.DateReader",
            "io.articlex.dateline.Bylines",
            "io.articlex.quotes.Lexicon$Holder",
            "io.articlex.quotes.AttributionFinder",
            "io.articlex.quotes.LocalAttribution",
            "io.articlex.output.CompactJson",
        };
        /** The language detector's sample: no more of the file than its prefix can take in UTF-8. */
        static final int SAMPLE_BYTES = 4 * 3000;

        private final Path file;

        private Prepare(Path file) {
            super("articlex-prepare");
            setDaemon(true);
            this.file = file;
        }

        /**
         * The first initialiser failure this thread met (a built-in data file missing from the jar,
         * say): the parse's own thread then meets only "Could not initialize class", without the cause.
         */
        static volatile Throwable failure;

        static Prepare begin(Path file) {
            Prepare p = new Prepare(file);
            p.start();
            return p;
        }

        @Override
        public void run() {
            prepareAll(file);
        }

        /**
         * Initialises each class in turn, and the language detector's tables for {@code file} (null:
         * none); false at a failure, where it stops (the parse meets the failure itself, where it is
         * reported).
         */
        static boolean prepareAll(Path file) {
            ClassLoader loader = QuickParse.class.getClassLoader();
            try {
                for (String holder : FIRST) {
                    Class.forName(holder, true, loader);
                }
                if (file != null) {
                    prepareLanguage(file);
                }
                for (String holder : THEN) {
                    Class.forName(holder, true, loader);
                }
            } catch (Throwable e) {
                if (failure == null) {
                    failure = e;
                }
                return false;
            }
            return true;
        }

        /** The detector's tables for the file's first bytes read as UTF-8; nothing when it cannot be read. */
        private static void prepareLanguage(Path file) {
            byte[] head;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SAMPLE_BYTES);
            } catch (java.io.IOException e) {
                return; // the parse reports it
            }
            LanguageDetector.prepare(new String(head, StandardCharsets.UTF_8));
        }
    }

    static int run(PrintWriter out, PrintWriter err, String name) {
        return run(out, err, name, Prepare.begin(Path.of(name)));
    }

    /** {@link #run(PrintWriter, PrintWriter, String)} with the preparing thread already started for {@code name}. */
    static int run(PrintWriter out, PrintWriter err, String name, Prepare prepare) {
        try {
            // anonymous classes, not lambdas: the launcher's class-data archive is trained on a batch, so
            // lambdas of this path were spun at run time (bytecode generated) in every one-file parse
            InputProcessor processor = new InputProcessor(InputFormat.AUTO.articleReader(), null,
                    new RecordFields("text", "id"), ArticleWriter.json(false), new Inputs.StdinSupplier() {
                        @Override
                        public java.io.InputStream get() {
                            return System.in;
                        }
                    },
                    InputRules.DEFAULT.forHeapShare(1), InputProcessor.DEFAULT_TIMEOUT);
            Batch.Summary s = Batch.run(List.<Input>of(new Input.File(name, Path.of(name))).iterator(),
                    processor, 1, new StreamOutput(out), new java.util.function.Consumer<Outcome>() {
                        @Override
                        public void accept(Outcome o) {
                            if (o.failed()) {
                                err.println("articlex: " + StderrWriter.oneLine(o.name() + ": " + o.error()));
                            }
                        }
                    });
            return s.failed() == 0 ? Errors.OK : Errors.SOME_FAILED;
        } catch (Exception e) {
            err.println("articlex: internal error: " + Problems.oneLine(e));
            return Errors.INTERNAL;
        } catch (LinkageError e) {
            // a built-in table that could not be built (its data file missing from the jar): one line
            // naming the cause, not a stack trace
            try {
                prepare.join(1000); // its failure, if it met the cause first, is recorded as it ends
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            err.println("articlex: internal error: " + Problems.oneLine(cause(e, Prepare.failure)));
            return Errors.INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * What to report for {@code e}, a class that could not be initialised: the deepest cause of the
     * initialiser's failure. When this thread met only the later "Could not initialize class", the
     * failure the preparing thread recorded ({@code prepared}, null: none), whose causes are the real
     * ones (the later error carries at most a summary of the first, of a nested initialiser's failure
     * only the outer one's).
     */
    static Throwable cause(LinkageError e, Throwable prepared) {
        Throwable t = e instanceof NoClassDefFoundError && prepared != null ? prepared : e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
