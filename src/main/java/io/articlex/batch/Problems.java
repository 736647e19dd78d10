package io.articlex.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Short, stable error sentences: the per-input error records, and the command's own one-line messages
 * on stderr, which word an exception the same way.
 */
public final class Problems {

    private Problems() {
    }

    static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return "cannot read: " + oneLine(e);
    }

    /** A message fit for one line: the exception's own message with its white space folded, else its type. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s+", " ").strip();
    }
}
