package io.articlex.cli;

import io.articlex.Articlex;
import io.articlex.Parser;
import io.articlex.batch.InputFormat;
import io.articlex.batch.Problems;
import io.articlex.dates.DateHint;
import io.articlex.input.DecodeOptions;
import io.articlex.input.InputError;
import io.articlex.input.InputFiles;
import io.articlex.model.Article;
import io.articlex.rules.Rules;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code --rules FILE}: user rule files in the built-in format, merged over the built-ins in the order
 * given. A file that cannot be read or is not valid rule data is a usage error: running on half the
 * rules a user asked for would give quietly wrong output.
 */
final class RulesOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Merge the outlet and boilerplate rules in FILE (same JSON format as the built-ins, "
                    + "see 'articlex rules' and the README) over the built-ins. Repeatable; later files win.")
    List<Path> files = new ArrayList<>();

    /**
     * What the options give, kept in a nested class: picocli reflects on a mixin's own methods, and a
     * method naming {@code Parser} or {@code Rules} there would load them for {@code --help} and
     * {@code --version} too (see LazyStartTest).
     */
    static final class Use {

        private Use() {
        }

        /** The built-in rules with every {@code --rules} file merged over them. */
        static Rules rules(RulesOption o) {
            Rules r = Rules.builtIn();
            for (Rules user : userRules(o)) {
                r = r.merge(user);
            }
            return r;
        }

        /** The parser to use: the default one unless {@code --rules} was given. */
        static Parser parser(RulesOption o) {
            return o.files.isEmpty() ? Articlex.parser() : Articlex.parser(rules(o));
        }

        /** {@link #parser(RulesOption)} reading year-less dates with {@code --year} / {@code --date-hint}. */
        static Parser parser(RulesOption o, DateOptions dates) {
            Parser p = parser(o);
            if (dates == null || !dates.given()) {
                return p;
            }
            return p.withDateHint(dates.year != null ? DateHint.ofYear(dates.year) : DateHint.near(dates.near));
        }

        /** How one article's bytes are read in {@code format}: this parser (built-in unless --rules), this decoding. */
        static Function<byte[], Article> reader(RulesOption o, InputFormat format, DecodeOptions decoding) {
            return reader(o, format, decoding, null);
        }

        /** {@link #reader(RulesOption, InputFormat, DecodeOptions)} with {@code --year} / {@code --date-hint}. */
        static Function<byte[], Article> reader(RulesOption o, InputFormat format, DecodeOptions decoding, DateOptions dates) {
            if (o.files.isEmpty() && (dates == null || !dates.given())) {
                return format.articleReader(decoding);
            }
            Parser p = parser(o, dates).withDecoding(decoding);
            return switch (format) {
                case HTML -> p::parseHtml;
                case TEXT -> p::parseText;
                default -> p::parse;
            };
        }

        /** Each user file's rules, in the order given. */
        static List<Rules> userRules(RulesOption o) {
            List<Rules> out = new ArrayList<>();
            for (Path f : o.files) {
                out.add(read(o.spec, f));
            }
            return out;
        }

        private static Rules read(CommandSpec spec, Path f) {
            try (InputStream in = InputFiles.open(f)) {
                return Rules.parse(in);
            } catch (InputError e) {
                throw new ParameterException(spec.commandLine(), "--rules " + f + ": " + e.getMessage());
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "--rules " + f + ": cannot read: " + Problems.oneLine(e));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--rules " + f + ": " + Problems.oneLine(e));
            }
        }
    }
}
