package io.articlex;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No package of ours depends on a package that depends back on it, directly or through others.
 *
 * <p>Packages are the pipeline's stages and the layers around them; a cycle between two of them means
 * neither can be read, tested or replaced alone, and the cycles found by hand so far (the pipeline
 * building its own stages, output and batch importing each other, the segmenter calling the boilerplate
 * stage) each crept in through a single convenient import. So the check is mechanical and covers every
 * pair, not only the ones we have been bitten by.
 *
 * <p>The graph is read from the compiled classes rather than from {@code import} lines: the constant
 * pool names every class a class links to, including fully qualified names written in the code, types
 * in signatures and generics, and nested classes, none of which an import scan sees reliably. What the
 * compiler inlines (a {@code static final} string or number of another package) leaves no trace there;
 * the source scan below adds those edges from the {@code import} lines.
 */
class PackageCycleTest {

    private static final String ROOT = "io/articlex/";
    /**
     * A class of ours named in a descriptor or signature ({@code Lio/articlex/model/Article;}, also as a
     * generic's argument), or the whole internal name a class entry points at. Resource paths such as
     * {@code /io/articlex/outlets.json} are strings, not classes, and match neither.
     */
    private static final Pattern CLASS_REF = Pattern.compile(
            "Lio/articlex/((?:[a-z_][a-z0-9_]*/)*)[A-Za-z_$][\\w$]*[;<]");
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?io\\.articlex\\.((?:[a-z_][a-z0-9_]*\\.)*)[A-Z*]", Pattern.MULTILINE);

    @Test
    void packagesFormNoCycle() throws IOException {
        Map<String, Map<String, Set<String>>> graph = dependencies();
        List<List<String>> cycles = cycles(graph);

        StringBuilder why = new StringBuilder();
        for (List<String> cycle : cycles) {
            why.append("\ncycle ").append(cycle).append(':');
            for (String from : cycle) {
                for (String to : cycle) {
                    Set<String> by = graph.getOrDefault(from, Map.of()).get(to);
                    if (by != null) {
                        why.append("\n  ").append(from).append(" -> ").append(to).append(" in ").append(by);
                    }
                }
            }
        }
        assertThat(cycles).as("package cycles:%s", why).isEmpty();
    }

    @Test
    void theGraphIsReadFromEveryPackage() throws IOException {
        Map<String, Map<String, Set<String>>> graph = dependencies();
        // a reader that found nothing would pass the check above without checking anything
        assertThat(graph.keySet()).contains("(root)", "pipeline", "assembly", "batch", "output", "cli", "html", "quotes");
        assertThat(graph.get("cli")).containsKeys("batch", "output");
        assertThat(graph.get("assembly")).containsKeys("pipeline", "quotes");
    }

    @Test
    void aCycleIsFoundWhereverItIs() {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        edge(graph, "a", "b");
        edge(graph, "b", "c");
        edge(graph, "c", "a");
        edge(graph, "c", "d");
        edge(graph, "d", "e");
        edge(graph, "e", "d");
        edge(graph, "f", "a");

        assertThat(cycles(graph)).containsExactlyInAnyOrder(List.of("a", "b", "c"), List.of("d", "e"));
        assertThat(cycles(Map.of("a", Map.of("b", Set.of("x")), "b", Map.of()))).isEmpty();
    }

    @Test
    void constantPoolNamesThePackagesAClassLinksTo() throws IOException {
        // Parser links to the presets, the segmenter and the model; nothing but compiled bytes is read
        Set<String> refs = new TreeSet<>();
        try (InputStream in = PackageCycleTest.class.getResourceAsStream("/io/articlex/Parser.class")) {
            for (String s : classReferences(in)) {
                Matcher m = CLASS_REF.matcher(s);
                while (m.find()) {
                    refs.add(packageOf(m.group(1)));
                }
            }
        }
        assertThat(refs).contains("(root)", "assembly", "segment", "model", "pipeline");
    }

    private static void edge(Map<String, Map<String, Set<String>>> graph, String from, String to) {
        graph.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add(from + "/X");
        graph.computeIfAbsent(to, k -> new TreeMap<>());
    }

    /** package -> package it depends on -> the classes (or source files) that make the dependency. */
    static Map<String, Map<String, Set<String>>> dependencies() throws IOException {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        Path classes = classesRoot();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                String from = packageOf(name.substring(ROOT.length(), name.lastIndexOf('/') + 1));
                graph.computeIfAbsent(from, k -> new TreeMap<>());
                try (InputStream in = Files.newInputStream(f)) {
                    for (String s : classReferences(in)) {
                        Matcher m = CLASS_REF.matcher(s);
                        while (m.find()) {
                            add(graph, from, packageOf(m.group(1)), name.substring(ROOT.length()));
                        }
                    }
                }
            }
        }
        Path sources = Path.of("src/main/java/io/articlex");
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String rel = sources.relativize(f).toString().replace('\\', '/');
                    String from = packageOf(rel.substring(0, rel.lastIndexOf('/') + 1));
                    Matcher m = IMPORT.matcher(Files.readString(f));
                    while (m.find()) {
                        add(graph, from, packageOf(m.group(1).replace('.', '/')), rel);
                    }
                }
            }
        }
        return graph;
    }

    private static void add(Map<String, Map<String, Set<String>>> graph, String from, String to, String by) {
        if (!from.equals(to)) {
            graph.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add(by);
            graph.computeIfAbsent(to, k -> new TreeMap<>());
        }
    }

    /** "html/" -> "html", "" -> "(root)" (the package io.articlex itself). */
    private static String packageOf(String slashed) {
        String p = slashed.endsWith("/") ? slashed.substring(0, slashed.length() - 1) : slashed;
        return p.isEmpty() ? "(root)" : p.replace('/', '.');
    }

    private static Path classesRoot() {
        try {
            Path root = Path.of(Articlex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(root).as("main classes as a directory").isDirectory();
            return root;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The strings of a class file's constant pool that can name a class (JVMS 4.4): the internal names
     * of its class entries, and every other string, where only a descriptor or signature shape
     * ({@code L...;}) counts as a class. String literals are left out: a literal that happens to be
     * a class's internal name would otherwise count.
     */
    static List<String> classReferences(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        boolean[] className = new boolean[count];
        boolean[] literal = new boolean[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> className[in.readUnsignedShort()] = true;
                case 8 -> literal[in.readUnsignedShort()] = true;
                case 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or double takes two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (utf8[i] == null) {
                continue;
            }
            if (className[i]) {
                // a class entry holds an internal name, or an array descriptor such as [Lio/articlex/model/Quote;
                out.add(utf8[i].startsWith("[") ? utf8[i] : "L" + utf8[i] + ";");
            } else if (!literal[i]) {
                out.add(utf8[i]);
            }
        }
        return out;
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted, in a stable order. */
    static List<List<String>> cycles(Map<String, ? extends Map<String, ?>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        out.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return out;
    }

    private static void connect(String v, Map<String, ? extends Map<String, ?>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        Map<String, ?> next = graph.get(v);
        for (String w : next == null ? Set.<String>of() : new TreeSet<>(next.keySet())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                out.add(component);
            }
        }
    }
}
