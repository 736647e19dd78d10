package io.articlex.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Lines to a file that appears only once complete: they are written to a temporary file beside the
 * target (same directory, so the rename cannot cross file systems) which is renamed over the target
 * on {@link #commit()}. A run that fails or is interrupted leaves the previous target untouched and
 * no temporary file behind, so a reader never sees half a batch.
 *
 * <p>The rename replaces whatever the path names, so the path is resolved first
 * ({@link #resolve}): a symbolic link is followed to the file it points at (the link stays a link),
 * and anything that is not a regular file or absent is refused, since renaming over
 * {@code /dev/null} or a FIFO would replace the device or pipe with a plain file. A file that exists
 * keeps its permissions and, where the user may set them, its owner and group; a new file gets the
 * mode the user's umask gives any new file.
 *
 * <p>The lines are forced to the disk before the rename, so a crash never leaves the target empty or
 * half written. On a machine with gigabytes of memory nothing makes the kernel write a few hundred
 * megabytes back before that, so the one force at the end wrote the whole output while the run
 * waited (50-180 ms of a 100,000-story batch of a few seconds). Every {@link #FLUSH_EVERY} bytes a
 * thread of its own ({@link Flusher}) forces what was written so far, while the parse goes on; the
 * force at the end then writes only the rest.
 */
public final class AtomicFileOutput implements LineOutput {

    /** Longest chain of symbolic links followed, as the kernel allows. */
    private static final int MAX_LINKS = 40;

    private final Path target;
    private Path temp;
    private FileChannel channel;
    private BufferedOutputStream writer;
    private boolean committed;
    private boolean abandoned;
    /** Bytes between two forces ahead of the commit's. */
    static final long FLUSH_EVERY = 16L << 20;
    private final long flushEvery;
    /** Bytes written since the last force was asked for. */
    private long unforced;
    /** Started at the first {@link #flushEvery} bytes; null before. */
    private Flusher flusher;
    /** Removes the temporary file when the JVM exits on SIGINT or SIGTERM before the run ends. */
    private final Thread cleanup;

    /** The output path cannot be written to: one sentence saying why. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    public AtomicFileOutput(Path target) throws IOException {
        this(target, FLUSH_EVERY);
    }

    /** As above, asking for a force ahead of the commit's every {@code flushEvery} bytes (tests: a few). */
    AtomicFileOutput(Path target, long flushEvery) throws IOException {
        this.flushEvery = flushEvery;
        this.target = resolve(target);
        this.cleanup = new Thread(this::abandon, "articlex-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            synchronized (this) {
                // Under the lock the shutdown hook takes: it either sees the file to remove or has
                // run already, and then no file is made.
                if (abandoned) {
                    throw new IOException("the run was interrupted");
                }
                this.temp = createTemp(this.target);
            }
            keepAttributes(this.target, temp);
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            this.writer = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The real file the output goes to: symbolic links followed (a dangling one names the file to
     * create), refused unless it is a regular file or absent in an existing directory.
     */
    public static Path resolve(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new Refused("symbolic link loop");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            Path dir = p.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new Refused("no such directory: " + (dir == null ? p : dir));
            }
            return p;
        }
        if (attrs.isDirectory()) {
            throw new Refused("is a directory (give a file name)");
        }
        if (!attrs.isRegularFile()) {
            throw new Refused("not a regular file (a device, FIFO or socket); use standard output to write to it");
        }
        return p;
    }

    /**
     * A new hidden file beside the target, created with no explicit mode so that the umask applies as
     * for any new file ({@link Files#createTempFile} would make it 0600 whatever the umask).
     */
    private static Path createTemp(Path target) throws IOException {
        while (true) {
            Path p = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return p;
            } catch (FileAlreadyExistsException e) {
                // A name already taken: draw another.
            }
        }
    }

    /** An existing target's mode, group and owner on the temporary file, so the rename keeps them. */
    private static void keepAttributes(Path target, Path temp) throws IOException {
        PosixFileAttributes was;
        try {
            was = Files.readAttributes(target, PosixFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException | UnsupportedOperationException e) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        view.setPermissions(was.permissions());
        try {
            view.setGroup(was.group());
            view.setOwner(was.owner());
        } catch (IOException e) {
            // Only the owner's own groups, and only root, may be given away: the file becomes the user's.
        }
    }

    @Override
    public boolean write(String line) throws IOException {
        return write(line, encode(line));
    }

    /**
     * UTF-8, as a {@code Writer} over the file would encode it: an unpaired surrogate becomes {@code ?},
     * as the encoder's replacement does (the newline after a line never completes a pair).
     */
    @Override
    public byte[] encode(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean storesUtf8() {
        return true;
    }

    @Override
    public boolean write(String line, byte[] encoded) throws IOException {
        writer.write(encoded);
        writer.write('\n');
        unforced += encoded.length + 1;
        if (unforced >= flushEvery) {
            unforced = 0;
            if (flusher == null) {
                flusher = new Flusher(channel);
                flusher.start();
            }
            flusher.ask();
        }
        return true;
    }

    /**
     * Forces the file's data to the disk when asked, until stopped, on a daemon thread: the bytes in
     * the page cache at the time, which the commit's force then need not write. Its failures are
     * dropped (the commit's own force reports one). Never interrupted: an interrupt closes the channel.
     */
    static final class Flusher extends Thread {
        private final FileChannel channel;
        private boolean asked;
        private boolean stopped;

        Flusher(FileChannel channel) {
            super("articlex-output-flush");
            setDaemon(true);
            this.channel = channel;
        }

        synchronized void ask() {
            asked = true;
            notifyAll();
        }

        /** Ends the thread once a force under way is done. */
        synchronized void finish() {
            stopped = true;
            notifyAll();
        }

        @Override
        public void run() {
            while (true) {
                synchronized (this) {
                    while (!asked && !stopped) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (stopped) {
                        return;
                    }
                    asked = false;
                }
                try {
                    channel.force(false);
                } catch (IOException e) {
                    return;
                }
            }
        }
    }

    /** Stops the flushing thread, if any; with {@code wait}, after its force under way is done. */
    private void stopFlusher(boolean wait) {
        if (flusher == null) {
            return;
        }
        flusher.finish();
        if (wait) {
            boolean interrupted = false;
            while (flusher.isAlive()) {
                try {
                    flusher.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean commit() throws IOException {
        if (abandoned) {
            throw new IOException("the run was interrupted");
        }
        writer.flush();
        stopFlusher(true);
        channel.force(true);
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        return true;
    }

    /** Removes the temporary file of a run that did not commit. */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // The JVM is exiting: the hook runs anyway.
        }
        discard();
    }

    private synchronized void discard() throws IOException {
        if (!committed) {
            abandoned = true;
            stopFlusher(false);
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    /**
     * The shutdown hook: the temporary file is removed and a commit that has not happened yet never
     * will, so the target stays as it was; a commit that already happened stands. The writing thread
     * may still be writing: it then writes to a file that is gone.
     */
    private void abandon() {
        try {
            discard();
        } catch (IOException e) {
            // The JVM is going down; nothing else can be done.
        }
    }

    /** The file the lines go to once committed, symbolic links resolved. */
    public Path target() {
        return target;
    }
}
