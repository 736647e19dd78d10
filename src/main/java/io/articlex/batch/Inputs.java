package io.articlex.batch;

import io.articlex.input.Gzip;
import io.articlex.input.InputError;
import io.articlex.input.InputFiles;
import io.articlex.input.InputRules;

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
 * line, a WARC archive one per HTML or text response record, a URL one fetched page. Nothing is listed
 * or read ahead beyond one directory listing and one line or record, so memory stays bounded for
 * archives of any size.
 */
public final class Inputs extends Lookahead<Input> implements Closeable {

    private final Iterator<String> names;
    private final FileFilter filter;
    private final InputFormat format;
    private final StdinSupplier stdin;
    private Iterator<Input> current;
    private final Deque<Closeable> open = new ArrayDeque<>();
    private Path excluded;
    private long maxBytes = InputFiles.DEFAULT_MAX_BYTES;
    private long memoryBytes = Long.MAX_VALUE;
    private final Skipped skipped = new Skipped();

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

    /**
     * The longest JSON Lines record or names-list entry read ({@code --max-bytes}), and the largest
     * record the heap share of a worker can parse; a longer one becomes an error record.
     */
    public Inputs limits(InputRules rules) {
        this.maxBytes = rules.maxBytes();
        this.memoryBytes = rules.memoryBytes();
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
        if (name.startsWith(TOO_LONG)) {
            return java.util.List.<Input>of(new Input.Failed(name.substring(TOO_LONG.length()),
                    "name too long: more than " + maxBytes + " bytes in the list of names")).iterator();
        }
        if (name.equals("-")) {
            if (format.isJsonLines(name)) {
                try {
                    return lines("-", Gzip.inflatingIfGzip(stdin.get()));
                } catch (IOException e) {
                    return java.util.List.<Input>of(new Input.Failed(name, Problems.cannotRead(e))).iterator();
                }
            }
            return java.util.List.<Input>of(new Input.Stdin()).iterator();
        }
        if (UrlFetch.isUrl(name)) {
            return java.util.List.<Input>of(new Input.Url(name)).iterator();
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            return new DirectoryWalk(name, path, filter, this::ofWalkedFile, skipped);
        }
        return ofFile(name, path);
    }

    private Iterator<Input> ofWalkedFile(String name, Path path, long size) {
        return isExcluded(path) ? java.util.Collections.emptyIterator() : ofFile(name, path, size);
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
        return ofFile(name, path, -1);
    }

    /** @param size the size of a regular file a walk saw, or -1 */
    private Iterator<Input> ofFile(String name, Path path, long size) {
        if (format == InputFormat.AUTO && WarcRecords.isWarc(name)) {
            try {
                WarcRecords records = new WarcRecords(name, Files.newInputStream(path), maxBytes, skipped);
                open.push(records);
                return records;
            } catch (IOException e) {
                return java.util.List.<Input>of(new Input.Failed(name, Problems.cannotRead(e))).iterator();
            }
        }
        if (format.isJsonLines(name)) {
            try {
                return lines(name, Gzip.inflatingIfGzip(InputFiles.open(path)));
            } catch (InputError e) {
                return java.util.List.<Input>of(new Input.Failed(name, e.getMessage())).iterator();
            } catch (IOException e) {
                return java.util.List.<Input>of(new Input.Failed(name, Problems.cannotRead(e))).iterator();
            }
        }
        return java.util.List.<Input>of(new Input.File(name, path, size)).iterator();
    }

    private Iterator<Input> lines(String source, InputStream in) {
        JsonLinesReader reader = new JsonLinesReader(source, in, maxBytes, memoryBytes);
        open.push(reader);
        return reader;
    }

    /** What was passed over so far: files found in directories (see {@link FileFilter}), WARC records that hold no page. */
    public Skipped skipped() {
        return skipped;
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

    /**
     * Marks an entry of a names list that was too long to keep: no path holds a NUL, so the mark
     * cannot be a real name. What follows it is the start of the entry, to name the error record.
     */
    private static final String TOO_LONG = "\0too long\0";

    /** Reads the lines of a names list: one per line, or NUL-separated. Blank entries are skipped. */
    public static Iterator<String> namesList(BufferedReader reader, boolean nulSeparated) {
        return namesList(reader, nulSeparated, InputFiles.DEFAULT_MAX_BYTES);
    }

    /**
     * As above, each entry read up to {@code maxChars}: a longer one is dropped up to its separator
     * and becomes an error record, so a list with no separator at all cannot fill the heap.
     */
    public static Iterator<String> namesList(BufferedReader reader, boolean nulSeparated, long maxChars) {
        char separator = nulSeparated ? '\0' : '\n';
        return new Iterator<>() {
            private String pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                try {
                    while (pending == null && !done) {
                        String s = readEntry(reader, separator, maxChars);
                        if (s == null) {
                            done = true;
                        } else if (!s.isBlank()) {
                            pending = nulSeparated || s.startsWith(TOO_LONG) ? s : stripCr(s);
                        }
                    }
                    return pending != null;
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

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** One entry up to the separator (or the end); null at the end; {@link #TOO_LONG} and its start when over the limit. */
    private static String readEntry(BufferedReader r, char separator, long maxChars) throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int c;
        boolean any = false;
        while ((c = r.read()) != -1) {
            any = true;
            if (c == separator) {
                break;
            }
            if (!tooLong) {
                if (sb.length() >= maxChars) {
                    tooLong = true;
                    sb.setLength(Math.min(sb.length(), 60));
                    sb.insert(0, TOO_LONG).append("...");
                } else {
                    sb.append((char) c);
                }
            }
        }
        return any ? sb.toString() : null;
    }
}
