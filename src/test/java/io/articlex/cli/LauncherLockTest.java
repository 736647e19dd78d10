package io.articlex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launchers started together on a fresh checkout must build once: each used to run Maven into the
 * same {@code target/} at once (replaced artifacts, broken zips, no jar). The launcher is run from a
 * copy of the checkout whose {@code mvn} is a stand-in that counts its runs and takes a while, so
 * that the four launchers overlap; the jar it leaves is not runnable, which does not matter here.
 */
class LauncherLockTest {

    @Test
    void fourLaunchersStartedTogetherBuildOnce(@TempDir Path dir) throws Exception {
        Path count = dir.resolve("builds.txt");
        Path checkout = checkout(dir, "echo build >> '" + count + "'\nsleep 2\n");
        Path bin = dir.resolve("bin");

        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ProcessBuilder pb = new ProcessBuilder(checkout.resolve("articlex").toString(), "--version")
                    .directory(dir.toFile())
                    .redirectOutput(dir.resolve("out" + i).toFile())
                    .redirectError(dir.resolve("err" + i).toFile());
            pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            pb.environment().put("ARTICLEX_NO_CDS", "1");
            runs.add(pb.start());
        }
        for (Process p : runs) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        }
        assertThat(Files.readAllLines(count)).as("Maven runs of four launchers started together").hasSize(1);
        for (int i = 0; i < 4; i++) {
            assertThat(read(dir.resolve("err" + i))).doesNotContain("build failed");
        }
    }

    /**
     * Standard input is the story of {@code cat story.txt | ./articlex parse -}: a build on the first run
     * must not read it. The stand-in Maven copies whatever it can read of its input.
     */
    @Test
    void aBuildLeavesStandardInputToTheParse(@TempDir Path dir) throws Exception {
        Path seen = dir.resolve("maven-stdin.txt");
        Path checkout = checkout(dir, "cat > '" + seen + "'\n");
        Path bin = dir.resolve("bin");
        Path story = Files.writeString(dir.resolve("story.txt"), "PARIS, May 3 (Reuters) - The talks resumed.\n");
        ProcessBuilder pb = new ProcessBuilder(checkout.resolve("articlex").toString(), "parse", "-")
                .directory(dir.toFile())
                .redirectInput(story.toFile())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("ARTICLEX_NO_CDS", "1");
        assertThat(pb.start().waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        assertThat(read(seen)).as("what the build read of the parse's input").isEmpty();
    }

    /**
     * A copy of the launcher in {@code dir/checkout} with a source newer than any jar, and in {@code
     * dir/bin} a stand-in {@code mvn} that runs {@code script} and leaves a jar that is not runnable.
     */
    private static Path checkout(Path dir, String script) throws IOException {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Paths.get("articlex").toAbsolutePath(), checkout.resolve("articlex"));
        checkout.resolve("articlex").toFile().setExecutable(true);
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(checkout.resolve("src/main"));
        Files.writeString(checkout.resolve("src/main/Placeholder.txt"), "x\n");
        Path mvn = Files.createDirectories(dir.resolve("bin")).resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n" + script
                + "mkdir -p target && echo 'not a jar' > target/articlex-cli.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return checkout;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
