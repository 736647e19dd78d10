package io.articlex.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One rule set in force for a parser: its {@link Rules} (the built-ins, or the built-ins with a user's
 * files merged over them), the {@link OutletTable} made from them, and each stage's compiled form of
 * them, every one made once and shared by all the stages that use it (segmentation, boilerplate, head,
 * source; the text and the page pipelines alike).
 *
 * <p>Why one object: each stage used to build its own outlet table from the rules it was given, and the
 * segmenter asked the built-in boilerplate rules which lines are chrome whatever rules the parser had, so
 * a user file changed some stages and not others. A stage now takes the rule set and asks it, so a user
 * file reaches every stage it concerns. Thread-safe; what it holds is made on first use (the built-in
 * set loads nothing until a parse needs it).
 */
public final class RuleSet {

    /** The rules, or null for the built-ins (read when first asked for). */
    private final Rules rules;
    private volatile OutletTable outlets;
    private final ConcurrentHashMap<Class<?>, Object> compiled = new ConcurrentHashMap<>();

    private RuleSet(Rules rules) {
        this.rules = rules;
    }

    private static final class Holder {
        static final RuleSet BUILT_IN = new RuleSet(null);
    }

    /** The rules shipped in the jar. */
    public static RuleSet builtIn() {
        return Holder.BUILT_IN;
    }

    /** A rule set on {@code rules}; the built-in one for null. */
    public static RuleSet of(Rules rules) {
        return rules == null ? builtIn() : new RuleSet(rules);
    }

    /** True for {@link #builtIn()}, whose compiled forms stages may keep in static holders. */
    public boolean isBuiltIn() {
        return rules == null;
    }

    public Rules rules() {
        return rules != null ? rules : Rules.builtIn();
    }

    /** The outlet table of these rules, made once. */
    public OutletTable outlets() {
        if (rules == null) {
            return OutletTable.builtIn();
        }
        OutletTable t = outlets;
        if (t == null) {
            synchronized (this) {
                t = outlets;
                if (t == null) {
                    outlets = t = OutletTable.of(rules);
                }
            }
        }
        return t;
    }

    /**
     * A stage's compiled form of these rules: made by {@code make} the first time a stage asks with
     * {@code kind}, then the same object for every stage asking with it.
     */
    public <T> T compiled(Class<T> kind, Function<RuleSet, T> make) {
        Object c = compiled.get(kind);
        if (c == null) {
            c = compiled.computeIfAbsent(kind, k -> make.apply(this));
        }
        return kind.cast(c);
    }
}
