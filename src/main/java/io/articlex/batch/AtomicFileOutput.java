package io.articlex.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Lines to a file that appears only once complete: they are written to a temporary file beside the
 * target (same directory, so the rename cannot cross file systems) which is renamed over the target
 * on {@link #commit()}. A run that fails or is interrupted leaves the previous target untouched and
 * no temporary file behind, so a reader never sees half a batch.
 */
public final class AtomicFileOutput implements LineOutput {

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final BufferedWriter writer;
    private boolean committed;

    public AtomicFileOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
        readableLikeAnyNewFile(temp);
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.writer = new BufferedWriter(new OutputStreamWriter(
                java.nio.channels.Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
    }

    /** A temporary file is private (0600); the output is not, so it gets the usual rw-r--r--. */
    private static void readableLikeAnyNewFile(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: its defaults stand.
        }
    }

    @Override
    public boolean write(String line) throws IOException {
        writer.write(line);
        writer.write('\n');
        return true;
    }

    @Override
    public boolean commit() throws IOException {
        writer.flush();
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

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
