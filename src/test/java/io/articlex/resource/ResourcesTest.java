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
    void theDataFilesCopiedOutOfTheJarAreReadFromTheCopy(@TempDir Path dir) throws IOException {
        Path jarPath = dir.resolve("data.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jarPath))) {
            z.putNextEntry(new ZipEntry("io/articlex/quotes/cues.txt"));
            z.write("from the jar\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("io/articlex/Parser.class"));
            z.write(new byte[] {1, 2, 3});
            z.closeEntry();
            z.putNextEntry(new ZipEntry("org/other/words.txt"));
            z.write("not ours\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path copy = dir.resolve("copy");
        try (JarFile jar = new JarFile(jarPath.toFile(), false)) {
            Resources.copyData(jar, copy);
        }
        // data files only: no classes, nothing outside io/articlex/
        try (var files = Files.walk(copy)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> copy.relativize(p).toString()))
                    .containsExactly("quotes/cues.txt");
        }
        assertThat(read(Resources.fromCopy(copy.toString(), "/io/articlex/quotes/cues.txt"))).isEqualTo("from the jar\n");
        // not in the copy, not ours, or no copy: the caller goes to the jar
        assertThat(Resources.fromCopy(copy.toString(), "/io/articlex/quotes/honorifics.txt")).isNull();
        assertThat(Resources.fromCopy(copy.toString(), "/io/articlex/../copy/quotes/cues.txt")).isNull();
        assertThat(Resources.fromCopy(copy.toString(), "/org/other/words.txt")).isNull();
        assertThat(Resources.fromCopy(null, "/io/articlex/quotes/cues.txt")).isNull();
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
