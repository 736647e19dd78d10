package io.articlex.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --version} and {@code --help} must not pay for the parser: no Jackson, jsoup, rules or
 * stages loaded. Checked in a fresh JVM, since this test JVM has loaded everything already.
 */
class LazyStartTest {

    @Test
    void versionAndHelpLoadNoParserClasses() throws Exception {
        for (List<String> args : List.of(List.of("--version"), List.of("parse", "--help"), List.of("bench", "--help"))) {
            List<String> loaded = loadedClasses(args);
            assertThat(loaded).as("classes loaded by %s", args).anyMatch(l -> l.contains("io.articlex.cli.Main"));
            assertThat(loaded).as("classes loaded by %s", args)
                    .noneMatch(l -> l.contains("com.fasterxml.jackson") || l.contains("org.jsoup")
                            || l.contains("io.articlex.Parser ") || l.contains("io.articlex.pipeline."));
        }
    }

    private static List<String> loadedClasses(List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xlog:class+load=info", "-Xshare:off",
                "-cp", System.getProperty("java.class.path"), "io.articlex.cli.Main"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.lines().filter(l -> l.contains("[class,load]")).toList();
    }
}
