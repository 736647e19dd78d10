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
}
