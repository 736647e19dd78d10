package io.articlex.rules;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The built-in rules, merged from their JSON documents, in a binary form written at build time
 * ({@link #main}, run by the build after compiling) and read at run time instead of the JSON; and the
 * outlet table made from them ({@link OutletTable}), in a second file.
 *
 * <p>Why: reading {@code outlets.json} and {@code boilerplate.json} (28 KB) with jackson-core's parser
 * into a tree and then into rules was ~5% of the CPU of a one-file parse, run interpreted in a fresh
 * JVM. This form holds what the merged documents give, in their order (a test compares the two); the
 * JSON documents stay the source, and a run without the table (from sources) reads them. It also holds
 * what every run made from them the same way: the outlets' literal strings as rules of each kind
 * ({@link Rules#rules}: ~400 strings quoted and concatenated, on the parse's own thread before its
 * first paragraph), and the outlet table's keys and written forms (~1,000 forms keyed character by
 * character, and sorted). Both were a few milliseconds of every one-file parse, the same every time.
 *
 * <p>Layout ({@link PackedTable}): rules (reason, kind, pattern, flags), dateline shapes (agency,
 * pattern, flags), per kind the outlets' literal rules (reason, pattern, flags), then the outlets (code
 * or null, name, then four string lists), which a parse does not read. The outlet table: its outlets (name, code), its keys (key, outlet),
 * its written forms longest first, its dateline shapes.
 */
final class RulesTable {

    /** Where the build writes the table, under the classes directory. */
    static final String RESOURCE = "/io/articlex/rules.bin";
    /** Where the build writes the outlet table. */
    static final String OUTLETS_RESOURCE = "/io/articlex/outlet-table.bin";

    private static final int RULES_MAGIC = 0x41525433; // "ART3"
    private static final int OUTLETS_MAGIC = 0x414F5431; // "AOT1"

    private RulesTable() {
    }

    /**
     * Writes the table of the built-in JSON documents to the file named by {@code args[0]}, and their
     * outlet table to the file named by {@code args[1]}.
     */
    public static void main(String[] args) throws IOException {
        Rules rules = Rules.fromJson();
        write(rules, Path.of(args[0]), true);
        write(rules, Path.of(args[1]), false);
    }

    private static void write(Rules rules, Path out, boolean ruleTable) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            if (ruleTable) {
                write(rules, o);
            } else {
                writeOutlets(OutletTable.of(rules), o);
            }
        }
    }

    static void write(Rules rules, OutputStream out) throws IOException {
        PackedTable.Writer w = new PackedTable.Writer(RULES_MAGIC);
        w.integer(rules.patternRules().size());
        for (Rules.Rule r : rules.patternRules()) {
            w.string(r.reason());
            w.integer(r.kind().ordinal());
            w.string(r.regex());
            w.integer(r.flags());
        }
        shapes(w, rules.datelines());
        for (Rules.Kind k : Rules.Kind.values()) {
            List<Rules.Rule> literals = rules.literalRules(k);
            w.integer(literals.size());
            for (Rules.Rule r : literals) {
                w.string(r.reason());
                w.string(r.regex());
                w.integer(r.flags());
            }
        }
        // last: a parse does not read them (OutletsLater)
        w.integer(rules.outlets().size());
        for (Rules.Outlet o : rules.outlets()) {
            w.string(o.code());
            w.string(o.name());
            w.strings(o.aliases());
            w.strings(o.signoffs());
            w.strings(o.chrome());
            w.strings(o.crumbs());
        }
        w.writeTo(out);
    }

    /** The rules in the table; null when it is not there. */
    static Rules read() throws IOException {
        try (InputStream in = io.articlex.resource.Resources.open(RulesTable.class, RESOURCE)) {
            return in == null ? null : read(in);
        }
    }

    static Rules read(InputStream in) throws IOException {
        PackedTable.Reader d = new PackedTable.Reader(in, RULES_MAGIC);
        int n = d.integer();
        List<Rules.Rule> rules = new ArrayList<>(n);
        Rules.Kind[] kinds = Rules.Kind.values();
        for (int i = 0; i < n; i++) {
            String reason = d.string();
            Rules.Kind kind = kinds[d.integer()];
            rules.add(new Rules.Rule(reason, kind, d.string(), d.integer()));
        }
        List<Rules.DatelineShape> shapes = shapes(d);
        List<List<Rules.Rule>> literals = new ArrayList<>(kinds.length);
        for (Rules.Kind k : kinds) {
            n = d.integer();
            List<Rules.Rule> of = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String reason = d.string();
                of.add(new Rules.Rule(reason, k, d.string(), d.integer()));
            }
            literals.add(of);
        }
        return Rules.of(new OutletsLater(d), rules, shapes, literals);
    }

    /** The outlets at the end of a rules table, read when first asked for ({@link Rules#outlets}). */
    private static final class OutletsLater implements java.util.function.Supplier<List<Rules.Outlet>> {
        private PackedTable.Reader d;

        OutletsLater(PackedTable.Reader d) {
            this.d = d;
        }

        @Override
        public synchronized List<Rules.Outlet> get() {
            int n = d.integer();
            List<Rules.Outlet> outlets = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String code = d.string();
                outlets.add(new Rules.Outlet(code, d.string(), d.strings(), d.strings(), d.strings(), d.strings()));
            }
            if (!d.done()) {
                throw new IllegalStateException("rules table longer than its layout");
            }
            d = null; // the table's bytes and strings are no longer needed
            return outlets;
        }
    }

    static void writeOutlets(OutletTable table, OutputStream out) throws IOException {
        PackedTable.Writer w = new PackedTable.Writer(OUTLETS_MAGIC);
        // keys sorted and outlets in the order of their first key: the table's map has no order of its
        // own, and the same rules should always give the same bytes
        List<String> keys = new ArrayList<>(table.byKey().keySet());
        java.util.Collections.sort(keys);
        Map<OutletTable.Outlet, Integer> ids = new LinkedHashMap<>();
        for (String k : keys) {
            ids.putIfAbsent(table.byKey().get(k), ids.size());
        }
        w.integer(ids.size());
        for (OutletTable.Outlet o : ids.keySet()) {
            w.string(o.name());
            w.string(o.code());
        }
        w.integer(keys.size());
        for (String k : keys) {
            w.string(k);
            w.integer(ids.get(table.byKey().get(k)));
        }
        w.strings(table.written());
        shapes(w, table.datelineShapes());
        w.writeTo(out);
    }

    /** The built-in outlet table; null when the build did not write it. */
    static OutletTable readOutlets() throws IOException {
        try (InputStream in = io.articlex.resource.Resources.open(RulesTable.class, OUTLETS_RESOURCE)) {
            return in == null ? null : readOutlets(in);
        }
    }

    @SuppressWarnings("unchecked")
    static OutletTable readOutlets(InputStream in) throws IOException {
        PackedTable.Reader d = new PackedTable.Reader(in, OUTLETS_MAGIC);
        OutletTable.Outlet[] outlets = new OutletTable.Outlet[d.integer()];
        for (int i = 0; i < outlets.length; i++) {
            String name = d.string();
            outlets[i] = new OutletTable.Outlet(name, d.string());
        }
        Map.Entry<String, OutletTable.Outlet>[] entries = new Map.Entry[d.integer()];
        for (int i = 0; i < entries.length; i++) {
            String key = d.string();
            entries[i] = Map.entry(key, outlets[d.integer()]);
        }
        List<String> written = d.strings();
        List<Rules.DatelineShape> shapes = shapes(d);
        if (!d.done()) {
            throw new IOException("outlet table longer than its layout");
        }
        return OutletTable.of(Map.ofEntries(entries), written, shapes);
    }

    private static void shapes(PackedTable.Writer w, List<Rules.DatelineShape> shapes) {
        w.integer(shapes.size());
        for (Rules.DatelineShape s : shapes) {
            w.string(s.agency());
            w.string(s.pattern().pattern());
            w.integer(s.pattern().flags());
        }
    }

    private static List<Rules.DatelineShape> shapes(PackedTable.Reader d) {
        int n = d.integer();
        List<Rules.DatelineShape> shapes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String agency = d.string();
            String regex = d.string();
            shapes.add(new Rules.DatelineShape(agency, Pattern.compile(regex, d.integer())));
        }
        return shapes;
    }
}
