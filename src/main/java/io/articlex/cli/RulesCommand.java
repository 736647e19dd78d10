package io.articlex.cli;

import io.articlex.rules.Rules;
import io.articlex.rules.RulesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code articlex rules}: the outlets the parser knows, with their codes (and a user's additions). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List the outlets the parser knows: agency code, name and other names.",
                "With --rules FILE, the table after merging FILE over the built-ins; its outlets are marked *.",
                "With --long, also each outlet's crumbs, sign-offs and page chrome.",
                "With --json, the rules as a file in the --rules format."},
        footer = {"  articlex rules", "  articlex rules --long --rules my-outlets.json", "  articlex rules --json > my-rules.json"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RulesOption rules;

    @Option(names = {"-l", "--long"}, description = "Also list crumbs, sign-offs and page chrome.")
    boolean long_;

    @Option(names = "--json", description = "Print the rules (the built-ins, with any --rules FILE merged) "
            + "as a rules file in the --rules format, to start one from.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(RulesJson.write(RulesOption.Use.rules(rules)));
            out.flush();
            return Errors.OK;
        }
        Set<String> mine = new HashSet<>();
        for (Rules r : RulesOption.Use.userRules(rules)) {
            for (Rules.Outlet o : r.outlets()) {
                mine.add(identity(o.code(), o.name()));
            }
        }
        List<Rules.Outlet> outlets = RulesOption.Use.rules(rules).outlets();
        int codeWidth = 4;
        for (Rules.Outlet o : outlets) {
            codeWidth = Math.max(codeWidth, o.code() == null ? 1 : o.code().length());
        }
        out.printf(Locale.ROOT, "  %-" + codeWidth + "s  %s%n", "CODE", "NAME (other names)");
        for (Rules.Outlet o : outlets) {
            String names = o.aliases().isEmpty() ? o.name() : o.name() + " (" + String.join(", ", o.aliases()) + ")";
            out.printf(Locale.ROOT, "%s %-" + codeWidth + "s  %s%n", mine.contains(identity(o.code(), o.name())) ? "*" : " ",
                    o.code() == null ? "-" : o.code(), names);
            if (long_) {
                detail(out, codeWidth, "crumbs", o.crumbs());
                detail(out, codeWidth, "sign-offs", o.signoffs());
                detail(out, codeWidth, "chrome", o.chrome());
            }
        }
        out.printf(Locale.ROOT, "%d outlets%s%n", outlets.size(),
                mine.isEmpty() ? "" : ", " + mine.size() + " from --rules");
        out.flush();
        return Errors.OK;
    }

    private static void detail(PrintWriter out, int codeWidth, String what, List<String> values) {
        if (!values.isEmpty()) {
            out.printf(Locale.ROOT, "  %" + codeWidth + "s    %s: %s%n", "", what, String.join(" | ", values));
        }
    }

    private static String identity(String code, String name) {
        return (code != null ? code : name).toLowerCase(Locale.ROOT);
    }
}
