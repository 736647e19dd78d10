package io.articlex.rules;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The built-in rules, merged from their JSON documents, in a binary form written at build time
 * ({@link #main}, run by the build after compiling) and read at run time instead of the JSON.
 *
 * <p>Why: reading {@code outlets.json} and {@code boilerplate.json} (28 KB) with jackson-core's parser
 * into a tree and then into rules was ~5% of the CPU of a one-file parse, run interpreted in a fresh
 * JVM. This form holds what the merged documents give, in their order (a test compares the two); the
 * JSON documents stay the source, and a run without the table (from sources) reads them.
 *
 * <p>Layout: outlets (code or empty, name, then four string lists), rules (reason, kind, pattern,
 * flags), dateline shapes (agency, pattern, flags); each list its size first, strings as UTF.
 */
final class RulesTable {

    /** Where the build writes the table, under the classes directory. */
    static final String RESOURCE = "/io/articlex/rules.bin";

    private RulesTable() {
    }

    /** Writes the table of the built-in JSON documents to the file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(Rules.fromJson(), o);
        }
    }

    static void write(Rules rules, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(rules.outlets().size());
        for (Rules.Outlet o : rules.outlets()) {
            d.writeBoolean(o.code() != null);
            if (o.code() != null) {
                d.writeUTF(o.code());
            }
            d.writeUTF(o.name());
            strings(d, o.aliases());
            strings(d, o.signoffs());
            strings(d, o.chrome());
            strings(d, o.crumbs());
        }
        d.writeInt(rules.patternRules().size());
        for (Rules.Rule r : rules.patternRules()) {
            d.writeUTF(r.reason());
            d.writeByte(r.kind().ordinal());
            d.writeUTF(r.regex());
            d.writeInt(r.flags());
        }
        d.writeInt(rules.datelines().size());
        for (Rules.DatelineShape s : rules.datelines()) {
            d.writeUTF(s.agency());
            d.writeUTF(s.pattern().pattern());
            d.writeInt(s.pattern().flags());
        }
        d.flush();
    }

    /** The rules in the table; null when it is not there. */
    static Rules read() throws IOException {
        try (InputStream in = io.articlex.resource.Resources.open(RulesTable.class, RESOURCE)) {
            return in == null ? null : read(in);
        }
    }

    static Rules read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
        int n = d.readInt();
        List<Rules.Outlet> outlets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String code = d.readBoolean() ? d.readUTF() : null;
            outlets.add(new Rules.Outlet(code, d.readUTF(), strings(d), strings(d), strings(d), strings(d)));
        }
        n = d.readInt();
        List<Rules.Rule> rules = new ArrayList<>(n);
        Rules.Kind[] kinds = Rules.Kind.values();
        for (int i = 0; i < n; i++) {
            rules.add(new Rules.Rule(d.readUTF(), kinds[d.readByte()], d.readUTF(), d.readInt()));
        }
        n = d.readInt();
        List<Rules.DatelineShape> shapes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            shapes.add(new Rules.DatelineShape(d.readUTF(), Pattern.compile(d.readUTF(), d.readInt())));
        }
        return Rules.of(outlets, rules, shapes);
    }

    private static void strings(DataOutputStream d, List<String> values) throws IOException {
        d.writeInt(values.size());
        for (String v : values) {
            d.writeUTF(v);
        }
    }

    private static List<String> strings(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(d.readUTF());
        }
        return out;
    }
}
