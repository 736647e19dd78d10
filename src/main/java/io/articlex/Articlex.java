package io.articlex;

import io.articlex.assembly.Presets;
import io.articlex.rules.Rules;

/**
 * Entry point of the library.
 *
 * <pre>{@code
 * Article a = Articlex.parser().parse(Path.of("story.txt"));
 * System.out.println(a.dateline().location());
 * }</pre>
 */
public final class Articlex {

    /** Built on first use, so {@code --version} and {@code --help} never load the rules. */
    private static final class Holder {
        static final Parser DEFAULT = new Parser(Presets.builtIn());
    }

    private Articlex() {
    }

    /** The parser with the built-in rules; immutable and safe to share between threads. */
    public static Parser parser() {
        return Holder.DEFAULT;
    }

    /**
     * A parser on other rule data, typically the built-ins with a user's file merged over them:
     * {@code Articlex.parser(Rules.builtIn().merge(Rules.parse(in)))}. Immutable and thread-safe
     * like the default; build it once and share it, as building compiles the rules.
     */
    public static Parser parser(Rules rules) {
        return new Parser(Presets.of(java.util.Objects.requireNonNull(rules, "rules")));
    }

    /** This build's version (the project version, filled in by the build), "dev" when it cannot be read. */
    public static String version() {
        try (java.io.InputStream in = Articlex.class.getResourceAsStream("version.txt")) {
            String v = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return v.isEmpty() || v.startsWith("$") ? "dev" : v;
        } catch (java.io.IOException e) {
            return "dev";
        }
    }
}
