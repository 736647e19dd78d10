package io.articlex.input;

import java.io.IOException;

/**
 * An input that cannot be read or is not text. The message is the one sentence the user sees after
 * the file name ({@code articlex: FILE: MESSAGE}) and in the error record; it never carries a stack
 * trace or an exception class name.
 */
public final class InputError extends IOException {

    /** Why the input was refused; lets callers and tests tell the cases apart without parsing messages. */
    public enum Kind { MISSING, PERMISSION, DIRECTORY, NOT_REGULAR, SYMLINK_LOOP, TOO_LARGE, BINARY, UNREADABLE }

    private final Kind kind;

    public InputError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** No stack trace: this is an expected outcome for bad input, not a bug, and batches may produce many. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
