package io.articlex.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputFilesTest {

    @Test
    void jdkExceptionsBecomeOneSentence() {
        Path p = Path.of("/nonexistent/x.txt");
        assertThat(InputFiles.describe(p, new AccessDeniedException(p.toString())).getMessage()).isEqualTo("permission denied");
        assertThat(InputFiles.describe(p, new AccessDeniedException(p.toString())).kind()).isEqualTo(InputError.Kind.PERMISSION);
        assertThat(InputFiles.describe(p, new NoSuchFileException(p.toString())).getMessage()).isEqualTo("no such file");
        assertThat(InputFiles.describe(p, new FileSystemException(p.toString(), null,
                "Too many levels of symbolic links or unable to access attributes of symbolic link")).kind())
                .isEqualTo(InputError.Kind.SYMLINK_LOOP);
        assertThat(InputFiles.describe(p, new IOException("Input/output error")).getMessage())
                .isEqualTo("cannot read: Input/output error");
    }

    @Test
    void aDirectoryWhereAFileWasExpected(@org.junit.jupiter.api.io.TempDir Path dir) {
        // The parse command walks directories it is given; the library's parse(Path) and other callers do not.
        assertThatThrownBy(() -> InputFiles.read(dir, 100)).isInstanceOf(InputError.class).hasMessage("is a directory");
        assertThatThrownBy(() -> InputFiles.read(dir.toString(), 100)).hasMessage("is a directory");
    }

    @Test
    void streamsAreReadUpToTheLimitAndNoFurther() throws Exception {
        byte[] ten = "0123456789".getBytes();
        assertThat(InputFiles.readStream(new ByteArrayInputStream(ten), 10)).isEqualTo(ten);
        assertThatThrownBy(() -> InputFiles.readStream(new ByteArrayInputStream(ten), 9))
                .isInstanceOf(InputError.class).hasMessageStartingWith("too large: more than 9 bytes");
    }

    @Test
    void inputErrorsCarryNoStackTrace() {
        assertThat(new InputError(InputError.Kind.BINARY, "x").getStackTrace()).isEmpty();
    }

    @Test
    void aWalkedFileIsReadWholeEvenWhenItsSizeChangedSinceTheWalk(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.txt");
        byte[] story = "GENEVA, March 3 (Reuters) - Talks resumed.\n".getBytes();
        java.nio.file.Files.write(f, story);
        long max = InputFiles.DEFAULT_MAX_BYTES;
        assertThat(InputFiles.readRegular(f, story.length, max, Long.MAX_VALUE)).isEqualTo(story);
        assertThat(InputFiles.readRegular(f, story.length - 5, max, Long.MAX_VALUE)).as("grew").isEqualTo(story);
        assertThat(InputFiles.readRegular(f, story.length + 5, max, Long.MAX_VALUE)).as("shrank").isEqualTo(story);
        assertThat(InputFiles.readRegular(f, 0, max, Long.MAX_VALUE)).as("was empty").isEqualTo(story);
        Path empty = java.nio.file.Files.createFile(dir.resolve("e.txt"));
        assertThat(InputFiles.readRegular(empty, 0, max, Long.MAX_VALUE)).isEmpty();
        assertThat(InputFiles.readRegular(empty, 3, max, Long.MAX_VALUE)).as("emptied").isEmpty();
    }

    @Test
    void aWalkedFileIsRefusedAsAReadOneIs(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = java.nio.file.Files.write(dir.resolve("a.txt"), "0123456789".getBytes());
        assertThatThrownBy(() -> InputFiles.readRegular(f, 10, 9, Long.MAX_VALUE))
                .hasMessage("too large: more than 9 bytes (raise the limit with --max-bytes)");
        assertThatThrownBy(() -> InputFiles.readRegular(f, 10, 100, 9)).hasMessageStartingWith("too large for the memory of one worker");
        Path gone = dir.resolve("gone.txt");
        assertThatThrownBy(() -> InputFiles.readRegular(gone, 10, 100, Long.MAX_VALUE)).hasMessage("no such file");
    }
}
