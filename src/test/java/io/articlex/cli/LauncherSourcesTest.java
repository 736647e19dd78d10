package io.articlex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout launcher rebuilds the jar whenever a source is newer than it, also when it checks the
 * sources from its list (target/cds/sources) instead of running find: a file edited in place, a file
 * added in a new directory, a file removed, and a jar rebuilt by hand (the list is then made again).
 * Run from a copy of the checkout whose {@code mvn} is a stand-in that counts its runs and leaves a jar
 * that is no jar; the java run afterwards fails, which does not matter here.
 */
class LauncherSourcesTest {

    @Test
    void aSourceChangedAfterTheListWasMadeStillRebuilds(@TempDir Path dir) throws Exception {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Paths.get("articlex").toAbsolutePath(), checkout.resolve("articlex"));
        checkout.resolve("articlex").toFile().setExecutable(true);
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Path pkg = Files.createDirectories(checkout.resolve("src/main/java/x"));
        Path source = pkg.resolve("A.java");
        Files.writeString(source, "class A {}\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path count = dir.resolve("builds.txt");
        Files.writeString(count, "");
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
                + "echo build >> '" + count + "'\n"
                + "mkdir -p target && echo 'not a jar' > target/articlex-cli.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = checkout.resolve("target/articlex-cli.jar");
        Path list = checkout.resolve("target/cds/sources");

        run(checkout, bin, dir);
        assertThat(builds(count)).as("no jar yet").isEqualTo(1);
        run(checkout, bin, dir);
        assertThat(builds(count)).as("jar fresh, checked by find").isEqualTo(1);
        assertThat(list).as("the list made by that find").exists();
        assertThat(Files.readAllLines(list)).contains(source.toString(), pkg.toString(), checkout.resolve("pom.xml").toString());
        run(checkout, bin, dir);
        assertThat(builds(count)).as("jar fresh, checked from the list").isEqualTo(1);

        Files.writeString(source, "class A { int x; }\n");
        newerThan(source, jar);
        run(checkout, bin, dir);
        assertThat(builds(count)).as("a source edited in place").isEqualTo(2);
        run(checkout, bin, dir);
        run(checkout, bin, dir);
        assertThat(builds(count)).as("fresh again, list made again").isEqualTo(2);

        Path added = Files.createDirectories(pkg.resolve("deeper")).resolve("B.java");
        Files.writeString(added, "class B {}\n");
        newerThan(added, jar);
        newerThan(pkg, jar);
        run(checkout, bin, dir);
        assertThat(builds(count)).as("a file added in a new directory").isEqualTo(3);
        run(checkout, bin, dir);

        Files.delete(added);
        newerThan(added.getParent(), jar);
        run(checkout, bin, dir);
        assertThat(builds(count)).as("a file removed").isEqualTo(4);
        run(checkout, bin, dir);

        // a jar replaced behind the launcher's back: the list no longer has its mtime, find runs again
        Files.writeString(jar, "another jar\n");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.writeString(source, "class A { int y; }\n");
        run(checkout, bin, dir);
        assertThat(builds(count)).as("a source newer than a jar replaced by an older one").isEqualTo(5);
    }

    private static void newerThan(Path p, Path jar) throws Exception {
        Files.setLastModifiedTime(p, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusMillis(1)));
    }

    private static int builds(Path count) throws Exception {
        return Files.readAllLines(count).size();
    }

    private static void run(Path checkout, Path bin, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(checkout.resolve("articlex").toString(), "--version")
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("ARTICLEX_NO_CDS", "1");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    }
}
