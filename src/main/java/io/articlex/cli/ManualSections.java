package io.articlex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives every command in the tree, picocli's own {@code help} and {@code generate-completion} included,
 * the sections a man page needs besides the options: EXIT STATUS (the codes {@link Errors} chooses,
 * unless a command declares its own list) and EXAMPLES, and the version (each subcommand's
 * {@code --version} and each page's title line). The usage help and the man pages are both rendered
 * from this model, so they always agree. The headings carry no colon: a man page's section names none.
 */
final class ManualSections implements CommandLine.IModelTransformer {

    private static final Map<String, String> EXIT_CODES = exitCodes(
            "0", "Success: every input was read.",
            "1", "At least one input failed (its error is on standard error and, for parse, in its output line).",
            "2", "Usage error: an unknown option or command, a bad value, an unreadable rules file.",
            "3", "Internal error, or the output could not be written.");

    /** Examples for the commands whose classes are picocli's, not ours. */
    private static final Map<String, String[]> EXAMPLES = Map.of(
            "articlex help", new String[] {"  articlex help parse", "  articlex help"},
            "articlex generate-completion", new String[] {
                    "  source <(articlex generate-completion)      # bash or zsh, this shell only",
                    "  articlex generate-completion > ~/.local/share/bash-completion/completions/articlex"});

    @Override
    public CommandSpec transform(CommandSpec spec) {
        apply(spec);
        return spec;
    }

    private static void apply(CommandSpec spec) {
        // "parse --version" and each man page's title line name articlex's version, not picocli's or none.
        spec.versionProvider(new ArticlexCommand.Version());
        UsageMessageSpec usage = spec.usageMessage();
        if (usage.exitCodeList().isEmpty()) {
            usage.exitCodeList(EXIT_CODES);
        }
        usage.exitCodeListHeading("%nExit status%n");
        String[] examples = EXAMPLES.get(spec.qualifiedName());
        if (examples != null && usage.footer().length == 0) {
            usage.footer(examples);
        }
        if (usage.footer().length > 0) {
            usage.footerHeading("%nExamples%n");
        }
        for (CommandLine sub : spec.subcommands().values()) {
            apply(sub.getCommandSpec());
        }
    }

    private static Map<String, String> exitCodes(String... codeThenMeaning) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codeThenMeaning.length; i += 2) {
            m.put(codeThenMeaning[i], codeThenMeaning[i + 1]);
        }
        return m;
    }
}
