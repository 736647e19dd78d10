package io.articlex.rules;

import io.articlex.json.JsonTree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule data the text stages run on: the outlet table and the boilerplate rules, read from one or
 * more JSON documents. The built-in documents are {@code /io/articlex/outlets.json} and
 * {@code /io/articlex/boilerplate.json}; a user file in the same format can be merged over them
 * ({@link #merge}), which is how an outlet the built-ins lack is added without touching code.
 *
 * <h2>Format</h2>
 * A document is a JSON object with two optional members:
 * <pre>{@code
 * {
 *   "outlets": [
 *     {"code": "WAM", "name": "Emirates News Agency", "aliases": ["..."],  // other names (scoring groups them)
 *      "spellings": ["..."],                               // further written forms, recognised only
 *      "signoffs": ["- Emirates News Agency, WAM –"],   // literal; a whole last line, or glued to the last sentence
 *      "chrome":   ["Supported by the UAE National Media Council"],  // literal page lines, never body
 *      "crumbs":   ["Iran PressIran News:"],              // literal navigation glued to a paragraph start
 *      "datelines": ["WAM/(?<loc>\\p{Lu}[\\p{L} ]{1,30}), (?<date>\\d{1,2} \\p{L}{3,9}) -\\s?"]}
 *                     // regex at the start of a paragraph, tried before the built-in dateline grammar;
 *                     // named groups loc and date (both optional); the agency is the outlet's code
 *   ],
 *   "rules": [
 *     {"reason": "share",         "line":   ["(?i)bookmark and share"]},  // regex, whole paragraph
 *     {"reason": "navigation",    "prefix": ["\\(MENAFN-[^()]{1,60}\\)"]}, // regex, glued at a paragraph start
 *     {"reason": "sign-off",      "suffix": ["\\s?\\(end\\)"]},            // regex, glued to the end of the body
 *     {"reason": "related-links", "marker": ["(?i)read more"]}             // regex, opens a related-links list
 *   ]
 * }
 * }</pre>
 * {@code code} may be null for an outlet that has no agency code (a newspaper). Literal strings match
 * ignoring case. The reason is a short stable code reported in {@code removed}. Patterns are Java
 * regular expressions and must not nest unbounded quantifiers (inputs can be one 50 MB line).
 *
 * <h2>Merging</h2>
 * An outlet whose code (or, without a code, whose name) matches one of an earlier document adds to
 * it: its other names, sign-offs, chrome, crumbs and dateline shapes join the earlier ones, and its
 * name wins (a user adding one sign-off keeps the built-in ones). With {@code "replace": true} it
 * replaces the earlier outlet and its dateline shapes. Rules of a later document are tried before
 * earlier ones. Instances are immutable.
 */
public final class Rules {

    /** What a rule matches against a paragraph. */
    public enum Kind { LINE, PREFIX, SUFFIX, MARKER }

    /** One outlet of the table. Lists are never null. */
    public record Outlet(String code, String name, List<String> aliases, List<String> signoffs,
                         List<String> chrome, List<String> crumbs) {
        public Outlet {
            aliases = List.copyOf(aliases);
            signoffs = List.copyOf(signoffs);
            chrome = List.copyOf(chrome);
            crumbs = List.copyOf(crumbs);
        }

        String identity() {
            return (code != null ? code : name).toLowerCase(Locale.ROOT);
        }

        /** This outlet with {@code more}'s names and strings added after its own; {@code more}'s name wins. */
        Outlet with(Outlet more) {
            return new Outlet(code != null ? code : more.code, more.name, union(aliases, more.aliases),
                    union(signoffs, more.signoffs), union(chrome, more.chrome), union(crumbs, more.crumbs));
        }

        private static List<String> union(List<String> a, List<String> b) {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
            all.addAll(b);
            return new ArrayList<>(all);
        }
    }

    /**
     * A rule: its reason, kind and regular expression, compiled on first use. A text meets few of the
     * ~300 built-in patterns (the boilerplate stage's cheap pre-checks rule most out), and compiling
     * them all cost every one-file parse ~20 ms of start-up. Immutable; equal when reason, kind,
     * source and flags are.
     */
    public static final class Rule {
        private final String reason;
        private final Kind kind;
        private final String regex;
        private final int flags;
        private volatile Pattern pattern;

        public Rule(String reason, Kind kind, String regex, int flags) {
            this.reason = reason;
            this.kind = kind;
            this.regex = regex;
            this.flags = flags;
        }

        public Rule(String reason, Kind kind, Pattern pattern) {
            this(reason, kind, pattern.pattern(), pattern.flags());
            this.pattern = pattern;
        }

        public String reason() {
            return reason;
        }

        public Kind kind() {
            return kind;
        }

        /** The source of the regular expression. */
        public String regex() {
            return regex;
        }

        /** The {@link Pattern} flags it is compiled with. */
        public int flags() {
            return flags;
        }

        /** The compiled pattern (compiled once, when first asked for). */
        public Pattern pattern() {
            Pattern p = pattern;
            if (p == null) {
                pattern = p = Pattern.compile(regex, flags);
            }
            return p;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rule r && r.reason.equals(reason) && r.kind == kind && r.regex.equals(regex) && r.flags == flags;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(reason, kind, regex, flags);
        }

        @Override
        public String toString() {
            return "Rule[reason=" + reason + ", kind=" + kind + ", pattern=" + regex + "]";
        }
    }

    /**
     * An outlet's own dateline shape: a pattern matched at the start of a paragraph, with optional
     * named groups {@code loc} and {@code date}; {@code agency} is what the dateline's agency becomes
     * (the outlet's code, else its name).
     */
    public record DatelineShape(String agency, Pattern pattern) {
    }

    /** The outlets; null until {@link #later} has given them. */
    private volatile List<Outlet> outlets;
    /** Where the outlets come from when they were not given (the build's table); null when they were. */
    private final java.util.function.Supplier<List<Outlet>> later;
    private final List<Rule> rules;
    private final List<DatelineShape> datelines;
    /**
     * Per kind (by ordinal), the outlets' literal strings as rules ({@link #literalRules}) when the
     * build made them ({@link RulesTable}); null: made when asked for.
     */
    private final List<List<Rule>> literals;

    /** Identities of this document's outlets marked {@code "replace": true}; empty once merged. */
    private final Set<String> replacing;

    private Rules(List<Outlet> outlets, List<Rule> rules, List<DatelineShape> datelines, Set<String> replacing) {
        this(outlets, rules, datelines, replacing, null);
    }

    private Rules(List<Outlet> outlets, List<Rule> rules, List<DatelineShape> datelines, Set<String> replacing,
                  List<List<Rule>> literals) {
        this(null, outlets, rules, datelines, replacing, literals);
    }

    private Rules(java.util.function.Supplier<List<Outlet>> later, List<Outlet> outlets, List<Rule> rules,
                  List<DatelineShape> datelines, Set<String> replacing, List<List<Rule>> literals) {
        this.later = later;
        this.outlets = later != null ? null : List.copyOf(outlets);
        this.rules = List.copyOf(rules);
        this.datelines = List.copyOf(datelines);
        this.replacing = Set.copyOf(replacing);
        this.literals = literals;
    }

    private static final class Holder {
        static final Rules BUILT_IN = builtInFromTable();
    }

    /** The build's binary form of the built-in documents ({@link RulesTable}), else the documents themselves. */
    private static Rules builtInFromTable() {
        try {
            Rules r = RulesTable.read();
            return r != null ? r : fromJson();
        } catch (IOException e) {
            throw new UncheckedIOException("built-in rules table is unreadable", e);
        }
    }

    /** The built-in documents read from their JSON. */
    static Rules fromJson() {
        return load("/io/articlex/outlets.json").merge(load("/io/articlex/boilerplate.json"));
    }

    /** Rules already merged: no outlet marked to replace another. */
    static Rules of(List<Outlet> outlets, List<Rule> rules, List<DatelineShape> datelines) {
        return new Rules(outlets, rules, datelines, Set.of());
    }

    /**
     * ... with the outlets' literal rules of each kind already made ({@code literals}, by the kinds'
     * ordinals: what {@link #literalRules} gives for these outlets), and the outlets themselves read
     * when first asked for ({@code outlets}, called once). A parse needs only the literal rules (the
     * outlet table is built on its own): ~130 outlets with four lists each, made on a start-up thread,
     * are made for the rules command and for merging a user's file only.
     */
    static Rules of(java.util.function.Supplier<List<Outlet>> outlets, List<Rule> rules, List<DatelineShape> datelines,
                    List<List<Rule>> literals) {
        List<List<Rule>> copy = new ArrayList<>(literals.size());
        for (List<Rule> l : literals) {
            copy.add(List.copyOf(l));
        }
        return new Rules(outlets, null, rules, datelines, Set.of(), List.copyOf(copy));
    }

    /** The rules shipped in the jar (loaded once, on first use). */
    public static Rules builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * Reads one user document, checked before use by {@link RulesFile}: a document that breaks the
     * format (an unknown key, a wrong type, a key twice, a bad or unsafe pattern, more than
     * {@link RulesFile#MAX_BYTES}) throws {@link IllegalArgumentException} whose message starts with
     * the line. Read with jackson-core's streaming parser only: databind's first ObjectMapper cost
     * every run ~60 ms of start-up, half of a one-article parse.
     */
    public static Rules parse(InputStream in) throws IOException {
        return of(RulesFile.read(in));
    }

    /** The rules of a document already read into plain values. */
    private static Rules of(Object root) {
        List<Outlet> outlets = new ArrayList<>();
        Set<String> replacing = new HashSet<>();
        List<DatelineShape> datelines = new ArrayList<>();
        for (Object o : JsonTree.elements(JsonTree.get(root, "outlets"))) {
            String name = text(o, "name");
            for (String p : strings(o, "datelines")) {
                datelines.add(new DatelineShape(text(o, "code") != null ? text(o, "code") : name, Pattern.compile(p)));
            }
            List<String> aliases = strings(o, "aliases");
            aliases.addAll(strings(o, "spellings"));
            Outlet outlet = new Outlet(text(o, "code"), name, aliases, strings(o, "signoffs"),
                    strings(o, "chrome"), strings(o, "crumbs"));
            outlets.add(outlet);
            if (Boolean.TRUE.equals(JsonTree.get(o, "replace"))) {
                replacing.add(outlet.identity());
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (Object r : JsonTree.elements(JsonTree.get(root, "rules"))) {
            String reason = text(r, "reason");
            for (Kind k : Kind.values()) {
                for (String p : strings(r, k.name().toLowerCase(Locale.ROOT))) {
                    rules.add(new Rule(reason, k, p, 0));
                }
            }
        }
        return new Rules(outlets, rules, datelines, replacing);
    }

    /** These rules with {@code over} merged on top (see the class comment). */
    public Rules merge(Rules over) {
        Map<String, Outlet> byId = new LinkedHashMap<>();
        for (Outlet o : outlets()) {
            byId.put(o.identity(), o);
        }
        List<DatelineShape> kept = new ArrayList<>(datelines);
        for (Outlet o : over.outlets()) {
            Outlet was = byId.get(o.identity());
            if (was == null) {
                byId.put(o.identity(), o);
            } else if (over.replacing.contains(o.identity())) {
                byId.put(o.identity(), o);
                String agency = was.code() != null ? was.code() : was.name();
                kept.removeIf(d -> d.agency().equals(agency));
            } else {
                byId.put(o.identity(), was.with(o));
            }
        }
        List<Rule> all = new ArrayList<>(over.rules);
        all.addAll(rules);
        List<DatelineShape> shapes = new ArrayList<>(over.datelines);
        shapes.addAll(kept);
        return new Rules(new ArrayList<>(byId.values()), all, shapes, Set.of());
    }

    /** Outlets' own dateline shapes, in the order to try them (later documents first). */
    public List<DatelineShape> datelines() {
        return datelines;
    }

    public List<Outlet> outlets() {
        List<Outlet> o = outlets;
        if (o == null) {
            synchronized (this) {
                o = outlets;
                if (o == null) {
                    outlets = o = List.copyOf(later.get());
                }
            }
        }
        return o;
    }

    /** The pattern rules of the {@code "rules"} members, in the order to try them (outlets' strings not included). */
    public List<Rule> patternRules() {
        return rules;
    }

    /**
     * The rules of one kind, in the order to try them. Outlets' literal strings come first as rules:
     * chrome as whole lines, crumbs as prefixes, sign-offs as whole lines and as suffixes.
     */
    public List<Rule> rules(Kind kind) {
        List<Rule> out = new ArrayList<>(literals != null ? literals.get(kind.ordinal()) : literalRules(kind));
        for (Rule r : rules) {
            if (r.kind() == kind) {
                out.add(r);
            }
        }
        return out;
    }

    /** The outlets' literal strings as rules of one kind, in the order {@link #rules} tries them. */
    List<Rule> literalRules(Kind kind) {
        List<Rule> out = new ArrayList<>();
        for (Outlet o : outlets()) {
            switch (kind) {
                // loops, not forEach lambdas: each lambda's call site is linked at run time, a cost every
                // one-file parse pays again
                case LINE -> {
                    for (String s : o.chrome()) {
                        out.add(literal("navigation", kind, s, ""));
                    }
                    for (String s : o.signoffs()) {
                        out.add(literal("sign-off", kind, s, ""));
                    }
                }
                case PREFIX -> {
                    for (String s : o.crumbs()) {
                        out.add(literal("navigation", kind, s, "\\s*"));
                    }
                }
                case SUFFIX -> {
                    for (String s : o.signoffs()) {
                        out.add(literal("sign-off", kind, s, ""));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static Rule literal(String reason, Kind kind, String s, String tail) {
        String body = Pattern.quote(s.strip());
        String regex = switch (kind) {
            case SUFFIX -> "\\s*" + body;
            default -> body + tail;
        };
        return new Rule(reason, kind, regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Rules load(String resource) {
        try (InputStream in = io.articlex.resource.Resources.open(Rules.class, resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + resource);
            }
            // Trusted and tested (RulesFileTest, RegexSafetyTest): read without the checks, for start-up.
            return of(JsonTree.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("built-in rules are unreadable: " + resource, e);
        }
    }

    private static String text(Object o, String field) {
        return JsonTree.text(JsonTree.get(o, field));
    }

    private static List<String> strings(Object o, String field) {
        List<String> out = new ArrayList<>();
        Object n = JsonTree.get(o, field);
        if (n instanceof String s) {
            out.add(s);
            return out;
        }
        for (Object s : JsonTree.elements(n)) {
            String t = JsonTree.text(s);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
