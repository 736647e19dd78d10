package io.articlex.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Man pages and shell completion come from the command model: the build writes them
 * ({@code target/man/adoc/*.adoc} by picocli-codegen, rendered to troff in {@code target/man/man1} by
 * Asciidoctor, {@code target/articlex_completion} by picocli's
 * AutoComplete, both in the process-classes phase, before tests run), and
 * {@code articlex generate-completion} prints the script at run time.
 */
class CodegenTest {

    @Test
    void generateCompletionPrintsTheScriptForEverySubcommand() {
        CliRunner.Result r = CliRunner.run("generate-completion");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_articlex")
                .contains("parse").contains("eval").contains("schema").contains("rules")
                .contains("--explain").contains("--format").contains("--rules");
    }

    @Test
    void theBuildWroteTheCompletionScript() throws IOException {
        Path script = Path.of("target", "articlex_completion");
        assertThat(script).as("written by the build (mvn process-classes)").exists();
        assertThat(Files.readString(script, StandardCharsets.UTF_8)).contains("_complete_articlex").contains("--explain");
    }

    /** The script really completes in bash: subcommands, options and an option's values. */
    @Test
    void theScriptCompletesInBash() throws Exception {
        String probe = "source target/articlex_completion\n"
                + "c() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMPREPLY=(); _complete_articlex; echo \"${COMPREPLY[*]}\"; }\n"
                + "c articlex sch\n"
                + "c articlex parse --expl\n"
                + "c articlex parse --format ''\n"
                + "c articlex parse --input-format ''\n";
        Process p = new ProcessBuilder("bash", "-c", probe).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out.lines()).containsExactly("schema", "--explain", "json text markdown csv", "auto text html jsonl");
    }

    @Test
    void theBuildWroteAManPageForEveryCommandListingEveryOption() throws IOException {
        CommandLine cl = new CommandLine(new ArticlexCommand());
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.usageMessage().hidden()) {
                continue;
            }
            Path page = Path.of("target", "man", "adoc", "articlex-" + spec.name() + ".adoc");
            assertThat(page).as("man page of %s, written by the build", spec.name()).exists();
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(text).contains(":doctype: manpage").contains("= articlex-" + spec.name() + "(1)");
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) {
                    String name = o.longestName();
                    String shown = o.negatable() && name.startsWith("--") ? "--[no-]" + name.substring(2) : name;
                    assertThat(text).as("%s documents %s", page, name).contains("*" + shown + "*");
                }
            }
        }
        assertThat(Path.of("target", "man", "adoc", "articlex.adoc")).exists();
    }

    /**
     * The troff pages {@code man -l} reads: one per command, nested ones included, each with the
     * sections a man page needs and the build's version in its title line. Checked on the text, so the
     * test does not need man installed.
     */
    @Test
    void theBuildWroteATroffPageForEveryCommandWithExitStatusAndExamples() throws IOException {
        java.util.List<CommandSpec> specs = new java.util.ArrayList<>();
        collect(new CommandLine(new ArticlexCommand()).getCommandSpec(), specs);
        assertThat(specs).extracting(CommandSpec::qualifiedName)
                .contains("articlex", "articlex parse", "articlex bench generate", "articlex help");
        for (CommandSpec spec : specs) {
            String name = spec.qualifiedName().replace(' ', '-');
            Path page = Path.of("target", "man", "man1", name + ".1");
            assertThat(page).as("troff page of %s, written by the build", name).exists();
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(text).as(name)
                    .contains(".TH \"" + name.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\" \"1\"")
                    .contains("\"articlex " + io.articlex.Articlex.version() + "\"")
                    .contains(".SH \"NAME\"", ".SH \"SYNOPSIS\"", ".SH \"EXIT STATUS\"", ".SH \"EXAMPLES\"")
                    .doesNotContain(":doctype:");
            if (!spec.options().isEmpty()) {
                assertThat(text).as(name).contains(".SH \"OPTIONS\"");
            }
        }
        assertThat(io.articlex.Articlex.version()).as("the version a page names").matches("\\d+\\.\\d+\\.\\d+.*");
    }

    private static void collect(CommandSpec spec, java.util.List<CommandSpec> into) {
        if (spec.usageMessage().hidden()) {
            return;
        }
        into.add(spec);
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), into));
    }
}
