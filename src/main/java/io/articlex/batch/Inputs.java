package io.articlex.batch;

import io.articlex.input.InputError;
import io.articlex.input.InputFiles;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The inputs of a batch, produced lazily in a fixed order: the command-line names first, then the
 * names read from {@code --files-from}. A directory is walked depth-first with the entries of each
 * directory in name order (hidden entries, whose name starts with a dot, are skipped; symbolic links to
 * directories are not followed, so a walk cannot loop); a JSON Lines file gives one input per non-blank
 * line. Nothing is listed or read ahead beyond one directory listing and one line, so memory stays
 * bounded for archives of any size.
 */
public final class Inputs extends Lookahead<Input> implements Closeable {

    private final Iterator<String> names;
    private final FileFilter filter;
    private final InputFormat format;
    private final StdinSupplier stdin;
    private Iterator<Input> current;
    private final Deque<Closeable> open = new ArrayDeque<>();
    private Path excluded;

    /** Standard input, asked for at most once. */
    @FunctionalInterface
    public interface StdinSupplier {
        InputStream get();
    }

    /**
     * @param names  input names in order ({@code -} is standard input); may be lazy
     * @param filter which files found by walking a directory are kept
     * @param format how each named input is read
     * @param stdin  standard input
     */
    public Inputs(Iterator<String> names, FileFilter filter, InputFormat format, StdinSupplier stdin) {
        this.names = names;
        this.filter = filter;
        this.format = format;
        this.stdin = stdin;
    }

    /**
     * Leaves {@code file} out of directory walks: the run's own output file ({@code -o} inside the
     * walked directory), which would otherwise be read back as an input on the next run.
     */
    public Inputs excluding(Path file) {
        this.excluded = file;
        return this;
    }

    @Override
    protected Input advance() {
        while (true) {
            if (current != null && current.hasNext()) {
                return current.next();
            }
            if (!names.hasNext()) {
                return null;
            }
            current = expand(names.next());
        }
    }

    private Iterator<Input> expand(String name) {
        if (name.equals("-")) {
            if (format.isJsonLines(name)) {
                return lines("-", stdin.get());
            }
            return java.util.List.<Input>of(new Input.Stdin()).iterator();
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            return new DirectoryWalk(name, path, filter, this::ofWalkedFile);
        }
        return ofFile(name, path);
    }

    private Iterator<Input> ofWalkedFile(String name, Path path) {
        return isExcluded(path) ? java.util.Collections.emptyIterator() : ofFile(name, path);
    }

    /** Compares names first, so only a file named like the output costs a look at the disk. */
    private boolean isExcluded(Path path) {
        if (excluded == null || !path.getFileName().equals(excluded.getFileName())) {
            return false;
        }
        try {
            return Files.isSameFile(path, excluded);
        } catch (IOException e) {
            return false;
        }
    }

    private Iterator<Input> ofFile(String name, Path path) {
        if (format.isJsonLines(name)) {
            try {
                return lines(name, InputFiles.open(path));
            } catch (InputError e) {
                return java.util.List.<Input>of(new Input.Failed(name, e.getMessage())).iterator();
            }
        }
        return java.util.List.<Input>of(new Input.File(name, path)).iterator();
    }

    private Iterator<Input> lines(String source, InputStream in) {
        JsonLinesReader reader = new JsonLinesReader(source, in);
        open.push(reader);
        return reader;
    }

    @Override
    public void close() {
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (IOException e) {
                // Closing a file we only read: nothing is lost.
            }
        }
    }

    /** Reads the lines of a names list: one per line, or NUL-separated. Blank entries are skipped. */
    public static Iterator<String> namesList(BufferedReader reader, boolean nulSeparated) {
        return new Iterator<>() {
            private String pending;

            @Override
            public boolean hasNext() {
                try {
                    while (pending == null) {
                        String s = nulSeparated ? readUntilNul(reader) : reader.readLine();
                        if (s == null) {
                            return false;
                        }
                        if (!s.isBlank()) {
                            pending = s;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String s = pending;
                pending = null;
                return s;
            }
        };
    }

    private static String readUntilNul(BufferedReader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = r.read()) != -1) {
            if (c == 0) {
                return sb.toString();
            }
            sb.append((char) c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
