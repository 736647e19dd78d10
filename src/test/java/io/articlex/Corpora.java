package io.articlex;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared research material beside the checkout ({@code ../shared}). Tests that need it fail
 * loudly when it is missing: a green run that silently skipped the corpora would prove nothing.
 */
public final class Corpora {

    public static final Path SHARED = Path.of("..", "shared");

    private Corpora() {
    }

    /** {@code ../shared/corpus/NAME}, or an AssertionError saying where it was looked for. */
    public static Path corpus(String name) {
        return existing(SHARED.resolve("corpus").resolve(name));
    }

    /** {@code ../shared/seed}. */
    public static Path seed() {
        return existing(SHARED.resolve("seed"));
    }

    /** {@code ../shared/tools/score.py}, the reference scorer. */
    public static Path scorePy() {
        return existing(SHARED.resolve("tools").resolve("score.py"));
    }

    private static Path existing(Path p) {
        if (!Files.exists(p)) {
            throw new AssertionError("research material missing: " + p.toAbsolutePath().normalize()
                    + " (the tests read ../shared beside the checkout; see README)");
        }
        return p;
    }
}
