package io.articlex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        Path checkout = checkout(dir);
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

    /**
     * The build makes the start-up archives by running the launcher with ARTICLEX_PREPARE=1 right after
     * the jar: that run must neither build (the build running may be the launcher's own, holding the
     * build lock, with target/.building still present) nor parse, only start the JVM for training. A
     * stand-in java records its command lines.
     */
    @Test
    void thePrepareRunOfTheBuildOnlyTrains(@TempDir Path dir) throws Exception {
        Path checkout = checkout(dir);
        Path source = Files.createDirectories(checkout.resolve("src/main/java/x")).resolve("A.java");
        Files.writeString(source, "class A {}\n");
        Path jar = Files.createDirectories(checkout.resolve("target")).resolve("articlex-cli.jar");
        Files.writeString(jar, "a jar\n");
        Files.writeString(checkout.resolve("target/.building"), "");
        newerThan(source, jar);
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
        Path count = dir.resolve("builds.txt");
        Path calls = dir.resolve("java.txt");
        Files.writeString(count, "");
        Files.writeString(calls, "");
        script(bin.resolve("mvn"), "echo build >> '" + count + "'\n");
        script(bin.resolve("java"), "echo \"$*\" >> '" + calls + "'\n");

        assertThat(launch(checkout, bin, dir, true, "parse", "-j", "2", "in")).as("exit code").isZero();
        assertThat(launch(checkout, bin, dir, true, "parse", "story.txt")).as("exit code").isZero();
        assertThat(builds(count)).as("no build").isZero();
        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).as("training runs").isNotEmpty()
                .allMatch(l -> l.contains("ArchiveClassesAtExit") || l.contains("DumpLoadedClassList")
                        || l.contains("-Xshare:dump") || l.contains("io.articlex.resource.Resources"), "a training run")
                .anyMatch(l -> l.contains("ArchiveClassesAtExit"))
                .anyMatch(l -> l.contains("DumpLoadedClassList"))
                .noneMatch(l -> l.contains("story.txt") || l.endsWith(" in"));

        assertThat(launch(checkout, bin, dir, false, "parse", "story.txt")).as("exit code").isZero();
        assertThat(builds(count)).as("an ordinary run of a stale checkout builds").isEqualTo(1);
        assertThat(Files.readAllLines(calls)).as("and parses").anyMatch(l -> l.endsWith("parse story.txt"));
    }

    /** A checkout of the launcher alone: the launcher and a pom.xml. */
    private static Path checkout(Path dir) throws Exception {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Paths.get("articlex").toAbsolutePath(), checkout.resolve("articlex"));
        checkout.resolve("articlex").toFile().setExecutable(true);
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        return checkout;
    }

    private static void script(Path file, String body) throws Exception {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int launch(Path checkout, Path bin, Path dir, boolean prepare, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(checkout.resolve("articlex").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("ARTICLEX_NO_CDS");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        if (prepare) {
            pb.environment().put("ARTICLEX_PREPARE", "1");
        } else {
            pb.environment().remove("ARTICLEX_PREPARE");
        }
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return p.exitValue();
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
