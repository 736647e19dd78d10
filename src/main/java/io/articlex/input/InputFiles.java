package io.articlex.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads one named input into bytes, or refuses it with an {@link InputError} whose message is one
 * clear sentence. The file's type is checked before it is opened, because opening a FIFO blocks until
 * a writer appears: a batch given a named pipe by mistake must not hang. Reads are bounded by
 * {@code maxBytes} even when the size on disk lies (a growing file, standard input).
 */
public final class InputFiles {

    /** Default limit for one input: 50 MiB, far above any article, low enough to keep memory bounded. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** The name that stands for standard input. */
    public static final String STDIN = "-";

    private InputFiles() {
    }

    /** Reads {@code name}, or standard input when it is {@code -}. */
    public static byte[] read(String name, long maxBytes) throws InputError {
        if (STDIN.equals(name)) {
            return readStream(System.in, maxBytes);
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new InputError(InputError.Kind.MISSING, "no such file (the name is not a valid path)");
        }
        return read(path, maxBytes);
    }

    public static byte[] read(Path path, long maxBytes) throws InputError {
        return read(path, maxBytes, Long.MAX_VALUE);
    }

    /**
     * Reads a regular file of at most {@code maxBytes} ({@code --max-bytes}) and {@code memoryBytes}
     * (what the heap can parse), refused from its size before anything is read.
     */
    public static byte[] read(Path path, long maxBytes, long memoryBytes) throws InputError {
        long size = regularFile(path).size();
        if (size > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (size > memoryBytes) {
            throw tooLargeForMemory(memoryBytes);
        }
        try (InputStream in = Files.newInputStream(path)) {
            if (size > 0) {
                // Read into an array of the right size: growing a buffer by doubling, then copying it,
                // needs three times a large file's size at the peak.
                byte[] bytes = in.readNBytes((int) size);
                if (bytes.length == size && in.read() < 0) {
                    return bytes;
                }
                // The file changed size while it was read: read it again as a stream.
            }
        } catch (IOException e) {
            throw describe(path, e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readStream(in, maxBytes, memoryBytes);
        } catch (InputError e) {
            throw e;
        } catch (IOException e) {
            throw describe(path, e);
        }
    }

    /**
     * Reads a file a directory walk has just seen as a regular file (not a link) of {@code size}
     * bytes, within the same limits as {@link #read(Path, long, long)}. The walk's look at the file
     * stands for the one {@code read} takes before opening (a file that is a FIFO by now is a race
     * this does not guard against), and the bytes are read with one call for one byte more than the
     * size: a short read of a regular file ends at its end, so no second call is needed to see it.
     * For a story of a few kilobytes that is two of the five system calls and the stream's layers;
     * a file whose size changed meanwhile is read again as {@code read} reads it.
     */
    public static byte[] readRegular(Path path, long size, long maxBytes, long memoryBytes) throws InputError {
        if (size > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (size > memoryBytes) {
            throw tooLargeForMemory(memoryBytes);
        }
        if (size < Integer.MAX_VALUE - 16) {
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                byte[] bytes = new byte[(int) size + 1];
                int n = ch.read(ByteBuffer.wrap(bytes));
                if (n == size || n < 0 && size == 0) {
                    return n <= 0 ? new byte[0] : java.util.Arrays.copyOf(bytes, n);
                }
            } catch (IOException e) {
                throw describe(path, e);
            }
        }
        return read(path, maxBytes, memoryBytes);
    }

    /**
     * Opens a file to be read as a stream (a JSON Lines input, a list of names, a rules file) once
     * it is known to be a regular file: opening a FIFO would block until a writer appears.
     */
    public static InputStream open(Path path) throws InputError {
        regularFile(path);
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw describe(path, e);
        }
    }

    private static BasicFileAttributes regularFile(Path path) throws InputError {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw describe(path, e);
        }
        if (attrs.isDirectory()) {
            throw new InputError(InputError.Kind.DIRECTORY, "is a directory");
        }
        if (!attrs.isRegularFile()) {
            throw new InputError(InputError.Kind.NOT_REGULAR,
                    "not a regular file (a FIFO, socket or device); use - to read standard input");
        }
        return attrs;
    }

    /** Reads a stream to its end, refusing it as soon as it passes {@code maxBytes}. */
    public static byte[] readStream(InputStream in, long maxBytes) throws InputError {
        return readStream(in, maxBytes, Long.MAX_VALUE);
    }

    /** Reads a stream to its end, refusing it as soon as it passes {@code maxBytes} or {@code memoryBytes}. */
    public static byte[] readStream(InputStream in, long maxBytes, long memoryBytes) throws InputError {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
        byte[] chunk = new byte[65536];
        long total = 0;
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                if (total > memoryBytes) {
                    throw tooLargeForMemory(memoryBytes);
                }
                buf.write(chunk, 0, n);
            }
        } catch (InputError e) {
            throw e;
        } catch (IOException e) {
            throw new InputError(InputError.Kind.UNREADABLE, "cannot read: " + reason(e));
        }
        return buf.toByteArray();
    }

    private static InputError tooLarge(long maxBytes) {
        return new InputError(InputError.Kind.TOO_LARGE,
                "too large: more than " + maxBytes + " bytes (raise the limit with --max-bytes)");
    }

    /** The input would not fit in the heap one worker may use; says how to give it more. */
    public static InputError tooLargeForMemory(long memoryBytes) {
        return new InputError(InputError.Kind.TOO_LARGE, "too large for the memory of one worker: more than "
                + memoryBytes + " bytes (give Java more heap, e.g. ARTICLEX_JAVA_OPTS=-Xmx2g, or use fewer --jobs)");
    }

    /** Turns the JDK's exception for a failed file access into one of the fixed sentences. */
    static InputError describe(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return Files.isSymbolicLink(path)
                    ? new InputError(InputError.Kind.MISSING, "broken symbolic link (its target does not exist)")
                    : new InputError(InputError.Kind.MISSING, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputError(InputError.Kind.PERMISSION, "permission denied");
        }
        if (e instanceof NotDirectoryException) {
            return new InputError(InputError.Kind.MISSING, "no such file (a part of the path is not a directory)");
        }
        if (e instanceof FileSystemException fse) {
            String r = fse.getReason() == null ? "" : fse.getReason();
            if (r.contains("symbolic links")) {
                return new InputError(InputError.Kind.SYMLINK_LOOP, "symbolic link loop");
            }
            if (r.contains("Not a directory")) {
                return new InputError(InputError.Kind.MISSING, "no such file (a part of the path is not a directory)");
            }
            if (r.contains("Is a directory")) {
                return new InputError(InputError.Kind.DIRECTORY, "is a directory");
            }
        }
        return new InputError(InputError.Kind.UNREADABLE, "cannot read: " + reason(e));
    }

    private static String reason(IOException e) {
        String m = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s+", " ").strip();
    }
}
