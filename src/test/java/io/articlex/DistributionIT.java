package io.articlex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution archives {@code mvn package} writes, used as a user would: unpacked into an empty
 * directory, run from another working directory (directly and through a symbolic link, as from
 * {@code ~/bin}), with the CDS archive made on first run in the user's cache. Runs after package
 * (failsafe), as it needs the archives.
 */
class DistributionIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path archive(String property) {
        String p = System.getProperty(property);
        assertThat(p).as("system property %s, set by the pom", property).isNotNull();
        Path path = Path.of(p);
        assertThat(path).as("written by mvn package").isRegularFile();
        return path;
    }

    @Test
    void theTarballUnpacksAndParsesFromAnotherDirectory() throws Exception {
        Path install = Files.createDirectory(tmp.resolve("opt"));
        assertThat(run(install, Map.of(), "tar", "-xzf", archive("articlex.tarball").toString()).code).isZero();
        Path home = single(install);
        assertThat(home.resolve("lib/articlex.jar")).isRegularFile();
        assertThat(home.resolve("completion/articlex")).isRegularFile();
        assertThat(home.resolve("man/man1/articlex-parse.1")).isRegularFile();
        Path launcher = home.resolve("bin/articlex");
        assertThat(Files.isExecutable(launcher)).isTrue();

        Path elsewhere = Files.createDirectory(tmp.resolve("work"));
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Path story = Files.writeString(elsewhere.resolve("story.txt"),
                "PORTVALE, March 3 (Reuters) - The harbour reopened on Tuesday, officials said.\n", StandardCharsets.UTF_8);

        Result r = run(elsewhere, env, launcher.toString(), "parse", "story.txt");
        assertThat(r.code).as(r.err).isZero();
        JsonNode o = JSON.readTree(r.out);
        assertThat(o.get("file").asText()).isEqualTo("story.txt");
        assertThat(o.at("/dateline/location").asText()).isEqualTo("PORTVALE");
        assertThat(o.at("/dateline/agency").asText()).isEqualTo("Reuters");
        try (Stream<Path> s = Files.walk(cache)) {
            assertThat(s.filter(p -> p.toString().endsWith(".jsa")).count())
                    .as("CDS archive made on first run in the user's cache").isEqualTo(1);
        }

        // A link on PATH to the launcher, as from ~/bin: the launcher finds its lib/ through the link.
        Path bin = Files.createDirectory(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("articlex"), launcher);
        Result linked = run(elsewhere, env, bin.resolve("articlex").toString(), "parse", story.toString());
        assertThat(linked.code).as(linked.err).isZero();
        assertThat(JSON.readTree(linked.out).at("/dateline/location").asText()).isEqualTo("PORTVALE");

        Result version = run(elsewhere, env, launcher.toString(), "--version");
        assertThat(version.out.strip()).isEqualTo("articlex " + Articlex.version());
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarball() throws Exception {
        Path install = Files.createDirectory(tmp.resolve("opt"));
        assertThat(run(install, Map.of(), "tar", "-xzf", archive("articlex.tarball").toString()).code).isZero();
        Path home = single(install);
        List<String> fromTar = new ArrayList<>();
        try (Stream<Path> s = Files.walk(home)) {
            s.filter(Files::isRegularFile).forEach(p -> fromTar.add(install.relativize(p).toString()));
        }
        List<String> fromZip = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive("articlex.zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(fromZip::add);
        }
        assertThat(fromZip).containsExactlyInAnyOrderElementsOf(fromTar)
                .contains(home.getFileName() + "/bin/articlex", home.getFileName() + "/lib/articlex.jar");
    }

    private static Path single(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.toList();
            assertThat(all).as("one top directory in the archive").hasSize(1);
            return all.get(0);
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("articlex-it", ".out");
        Path err = Files.createTempFile("articlex-it", ".err");
        try {
            int code = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
            return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
