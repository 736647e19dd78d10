package io.articlex.boilerplate;

import io.articlex.rules.Rules;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The pre-checks ({@link RegexFacts}) of the built-in rules as data: a table written at build time
 * ({@link #main}, run by the build after compiling) from the rules in the jar, and read at run time
 * instead of reading each rule's regex source again.
 *
 * <p>Why: reading the sources of the ~200 built-in patterns that need it was the largest single cost
 * of a one-file parse's start-up (about a quarter of its CPU). The table is keyed by pattern source and
 * flags, so a rule a user file adds (or a built-in rule edited without a rebuild, in a test run from
 * sources) is not in it and gets its facts read from its source as before; a table entry is exactly
 * what {@link RegexFacts#of} gives (a test compares them for every built-in rule), and so are the
 * pattern's {@link Needles}.
 */
final class RuleIndex implements FactSource {

    /** Where the build writes the table, under the classes directory. */
    static final String RESOURCE = "/io/articlex/boilerplate/rule-facts.bin";

    /** Reads every pattern's facts from its source: the index off. */
    static final FactSource FROM_SOURCE = new FactSource() {
        @Override
        public RegexFacts facts(String regex, int flags) {
            return RegexFacts.of(regex, flags);
        }
    };

    private final Map<String, RegexFacts> table;
    /** The needles of the table's patterns that have some ({@link Needles#of}); a pattern in the table and not here has none. */
    private final Map<String, String[]> needles;

    private RuleIndex(Map<String, RegexFacts> table, Map<String, String[]> needles) {
        this.table = table;
        this.needles = needles;
    }

    private static final class Holder {
        static final FactSource BUILT_IN = load();
    }

    /** The build's table, falling back to {@link #FROM_SOURCE} for patterns not in it (or when it is missing). */
    static FactSource builtIn() {
        return Holder.BUILT_IN;
    }

    private static FactSource load() {
        try (InputStream in = io.articlex.resource.Resources.open(RuleIndex.class, RESOURCE)) {
            if (in == null) {
                return FROM_SOURCE;
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in rule index is unreadable", e);
        }
    }

    @Override
    public RegexFacts facts(String regex, int flags) {
        RegexFacts f = table.get(key(regex, flags));
        return f != null ? f : RegexFacts.of(regex, flags);
    }

    /**
     * Also from the table: reading a rule's needles from its source was ~4% of a one-file parse's main
     * thread, for the rules whose other pre-checks a short line passes.
     */
    @Override
    public String[] needles(String regex, int flags) {
        String key = key(regex, flags);
        if (!table.containsKey(key)) {
            return Needles.of(regex, flags);
        }
        return needles.get(key);
    }

    /** The entries of the table, by {@link #key}. */
    Map<String, RegexFacts> entries() {
        return table;
    }

    static String key(String regex, int flags) {
        return flags + " " + regex;
    }

    /** Writes the table of the built-in rules to the file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(recordBuiltIn(), o);
        }
    }

    /** Every pattern the boilerplate stage asks facts of for the built-in rules, with its facts. */
    static Map<String, RegexFacts> recordBuiltIn() {
        Map<String, RegexFacts> seen = new LinkedHashMap<>();
        new BoilerplateStage.Compiled(Rules.builtIn(), (regex, flags) -> {
            RegexFacts f = RegexFacts.of(regex, flags);
            seen.put(key(regex, flags), f);
            return f;
        });
        // the line rules the stage never asks facts of (quoted literals, decided by their length) are
        // still asked for their needles when a paragraph has that length: from the table too, so a
        // one-file parse never reads a pattern's source
        for (Rules.Rule r : Rules.builtIn().rules(Rules.Kind.LINE)) {
            seen.computeIfAbsent(key(r.regex(), r.flags()), k -> RegexFacts.of(r.regex(), r.flags()));
        }
        return seen;
    }

    /** The table's first int: a table of another layout is refused, not misread. */
    private static final int MAGIC = 0x41524933; // "ARI3"

    /**
     * Layout ({@link io.articlex.rules.PackedTable}, strings as Latin-1 bytes where they fit: the
     * stream's readUTF decoded and recompressed each of the ~600 strings character by character, in
     * interpreted code, on the thread the parse waits for): the number of entries, then per entry its
     * key, its required characters (-1, or their number and each), its run and prefix (0, or 1 and
     * text, caseless, anchor, forms), first and last (null: -1), shortest and longest span, first and
     * last with classes (null: -1), and its needles (-1, or their number and each).
     */
    static void write(Map<String, RegexFacts> table, OutputStream out) throws IOException {
        io.articlex.rules.PackedTable.Writer w = new io.articlex.rules.PackedTable.Writer(MAGIC);
        w.integer(table.size());
        for (Map.Entry<String, RegexFacts> e : table.entrySet()) {
            RegexFacts f = e.getValue();
            w.string(e.getKey());
            if (f.required() == null) {
                w.integer(-1);
            } else {
                w.integer(f.required().size());
                for (char c : f.required()) {
                    w.integer(c);
                }
            }
            writeRun(w, f.run());
            writeRun(w, f.prefix());
            w.string(f.first());
            w.string(f.last());
            w.integer(f.minLength());
            w.integer(f.maxLength());
            w.string(f.firstWithClasses());
            w.string(f.lastWithClasses());
            int space = e.getKey().indexOf(' ');
            String[] n = Needles.of(e.getKey().substring(space + 1), Integer.parseInt(e.getKey().substring(0, space)));
            w.integer(n == null ? -1 : n.length);
            for (int k = 0; n != null && k < n.length; k++) {
                w.string(n[k]);
            }
        }
        w.writeTo(out);
    }

    static RuleIndex read(InputStream in) throws IOException {
        io.articlex.rules.PackedTable.Reader d = new io.articlex.rules.PackedTable.Reader(in, MAGIC);
        int n = d.integer();
        Map<String, RegexFacts> table = new HashMap<>(n * 2);
        Map<String, String[]> needles = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String key = d.string();
            int size = d.integer();
            Set<Character> required = null;
            if (size >= 0) {
                Character[] chars = new Character[size];
                for (int k = 0; k < size; k++) {
                    chars[k] = (char) d.integer();
                }
                required = Set.of(chars);
            }
            RegexFacts.Run run = readRun(d);
            RegexFacts.Run prefix = readRun(d);
            String first = d.string();
            String last = d.string();
            int min = d.integer();
            int max = d.integer();
            String firstWithClasses = d.string();
            table.put(key, new RegexFacts(required, run, prefix, first, last, min, max, firstWithClasses, d.string()));
            int count = d.integer();
            if (count >= 0) {
                String[] texts = new String[count];
                for (int k = 0; k < count; k++) {
                    texts[k] = d.string();
                }
                needles.put(key, texts);
            }
        }
        if (!d.done()) {
            throw new IOException("rule index longer than its layout");
        }
        return new RuleIndex(table, needles);
    }

    private static void writeRun(io.articlex.rules.PackedTable.Writer w, RegexFacts.Run run) {
        w.integer(run != null ? 1 : 0);
        if (run != null) {
            w.string(run.text());
            w.integer(run.caseless() ? 1 : 0);
            w.integer(run.anchor());
            w.string(run.forms());
        }
    }

    private static RegexFacts.Run readRun(io.articlex.rules.PackedTable.Reader d) {
        if (d.integer() == 0) {
            return null;
        }
        String text = d.string();
        boolean caseless = d.integer() != 0;
        int anchor = d.integer();
        return new RegexFacts.Run(text, caseless, anchor, d.string());
    }
}

