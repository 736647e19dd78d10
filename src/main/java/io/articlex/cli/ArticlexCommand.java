package io.articlex.cli;

import io.articlex.Articlex;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code articlex} command: only subcommands, help and version. */
@Command(name = "articlex",
        mixinStandardHelpOptions = true,
        versionProvider = ArticlexCommand.Version.class,
        modelTransformer = ManualSections.class,
        footer = {"  articlex parse story.txt", "  articlex parse --format text story.txt",
                "  articlex help parse"},
        description = "Turns raw news-article text into clean, structured JSON.",
        subcommands = {ParseCommand.class, EvalCommand.class, SchemaCommand.class, RulesCommand.class, BenchCommand.class,
                picocli.AutoComplete.GenerateCompletion.class, picocli.CommandLine.HelpCommand.class})
final class ArticlexCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (try 'articlex parse FILE')");
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"articlex " + Articlex.version()};
        }
    }
}
