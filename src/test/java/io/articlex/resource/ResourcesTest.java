package io.articlex.resource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ResourcesTest {

    @Test
    void ourNamesAreReadFromTheJarAndEverythingElseFromTheClassPath(@TempDir Path dir) throws IOException {
        Path jarPath = dir.resolve("data.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jarPath))) {
            z.putNextEntry(new ZipEntry("io/articlex/quotes/cues.txt"));
            z.write("from the jar\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("io/articlex/dir/"));
            z.closeEntry();
        }
        try (JarFile jar = new JarFile(jarPath.toFile(), false)) {
            assertThat(read(Resources.open(jar, ResourcesTest.class, "/io/articlex/quotes/cues.txt"))).isEqualTo("from the jar\n");
            // a name the jar lacks falls back to the class path, as does a directory entry
            assertThat(read(Resources.open(jar, ResourcesTest.class, "/io/articlex/quotes/honorifics.txt")))
                    .isEqualTo(read(ResourcesTest.class.getResourceAsStream("/io/articlex/quotes/honorifics.txt")));
            assertThat(Resources.open(jar, ResourcesTest.class, "/io/articlex/dir/")).isNull();
            assertThat(Resources.open(jar, ResourcesTest.class, "/io/articlex/no-such-file.txt")).isNull();
        }
    }

    @Test
    void withoutAJarEveryNameComesFromTheClassPath() throws IOException {
        // the tests run from the build's classes directory: the class path answers
        assertThat(read(Resources.open(ResourcesTest.class, "/io/articlex/quotes/cues.txt")))
                .isEqualTo(read(ResourcesTest.class.getResourceAsStream("/io/articlex/quotes/cues.txt")))
                .contains("said");
        assertThat(Resources.open(ResourcesTest.class, "/io/articlex/no-such-file.txt")).isNull();
    }

    private static String read(InputStream in) throws IOException {
        assertThat(in).isNotNull();
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
