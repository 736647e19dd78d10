package io.articlex.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Opens articlex's own data files (word lists, rule tables, language profiles) straight from the jar
 * its classes were loaded from, when they were loaded from a jar.
 *
 * <p>Why: {@code Class.getResourceAsStream} asks the class loader, which asks its parents first, and
 * for a name outside every named module the boot and platform loaders each search all their modules
 * for it (a look-up in the JDK's runtime image per module) before the application loader finds it in
 * the jar. In a fresh JVM that search cost more than reading the file, and a one-file parse reads
 * about a dozen of them before it has parsed anything. The jar is opened once (the JDK shares the open file with the
 * class loader's own handle) and kept open.
 *
 * <p>Only names under {@code /io/articlex/} are ours: nothing on a class path should shadow them. A name
 * the jar does not hold, and every name when the classes come from a directory (the build's tests),
 * goes to {@code Class.getResourceAsStream} as before.
 */
public final class Resources {

    private Resources() {
    }

    /** The data file {@code name} (absolute: {@code /io/articlex/...}), or null when there is none. */
    public static InputStream open(Class<?> anchor, String name) throws IOException {
        InputStream copy = fromCopy(DATA_DIR, name);
        return copy != null ? copy : open(Jar.FILE, anchor, name);
    }

    /** The data file {@code name} from the copy in {@code dir} (null: none), or null when it is not there. */
    static InputStream fromCopy(String dir, String name) throws IOException {
        if (dir != null && name.startsWith("/io/articlex/") && name.indexOf("..") < 0) {
            File f = new File(dir, name.substring("/io/articlex/".length()));
            if (f.isFile()) {
                return new FileInputStream(f);
            }
        }
        return null;
    }

    /**
     * A directory holding a copy of the jar's data files ({@link #main}), named by the launcher with
     * {@code -Darticlex.data}; null when none. Why: opening the jar reads its whole directory of ~4,500
     * entries (a name hash per entry, interpreted in a fresh JVM), a one-file parse's largest cost
     * before its own work when every class comes from the class-data archive; plain files need none of
     * it. The launcher makes the copy beside its archive, under a name that holds the jar's size and
     * mtime, so a rebuilt jar never reads an older jar's data.
     */
    private static final String DATA_DIR = dataDir();

    private static String dataDir() {
        String d = System.getProperty("articlex.data");
        return d == null || d.isEmpty() ? null : d;
    }

    /**
     * Copies the data files of the jar these classes come from (every entry under {@code io/articlex/}
     * that is not a class) into the directory {@code args[0]}, for {@code -Darticlex.data}; exits with
     * 1 when the classes do not come from a jar.
     */
    public static void main(String[] args) throws IOException {
        JarFile jar = Jar.FILE;
        if (args.length != 1 || jar == null) {
            System.exit(1);
        }
        copyData(jar, Path.of(args[0]));
    }

    /** Copies the data files of {@code jar} (entries under {@code io/articlex/}, not classes) into {@code dir}. */
    static void copyData(JarFile jar, Path dir) throws IOException {
        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
            JarEntry e = en.nextElement();
            String n = e.getName();
            if (e.isDirectory() || !n.startsWith("io/articlex/") || n.endsWith(".class") || n.contains("..")) {
                continue;
            }
            Path out = dir.resolve(n.substring("io/articlex/".length()));
            Files.createDirectories(out.getParent());
            try (InputStream in = jar.getInputStream(e)) {
                Files.copy(in, out);
            }
        }
    }

    /** {@link #open(Class, String)} with the jar given (null: none). */
    static InputStream open(JarFile jar, Class<?> anchor, String name) throws IOException {
        if (jar != null && name.startsWith("/io/articlex/")) {
            ZipEntry e = jar.getEntry(name.substring(1));
            if (e != null && !e.isDirectory()) {
                return jar.getInputStream(e);
            }
        }
        return anchor.getResourceAsStream(name);
    }

    /**
     * A word list in sections ({@code [cues]}, then words, several a line; {@code #} starts a comment), each
     * section's words lower-cased, in the order the sections come; null when there is no such file. Words
     * before the first section are an error of the file.
     */
    public static java.util.Map<String, java.util.Set<String>> sections(Class<?> anchor, String name) throws IOException {
        try (InputStream in = open(anchor, name)) {
            if (in == null) {
                return null;
            }
            java.util.Map<String, java.util.Set<String>> sections = new java.util.LinkedHashMap<>();
            java.util.Set<String> current = null;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new java.util.HashSet<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(name + ": words before the first [section]");
                }
                for (String w : words(t)) {
                    current.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
            return sections;
        }
    }

    /**
     * A list of phrases, one a line ({@code #} starts a comment), each lower-cased; null when there is no
     * such file. For lists whose entries hold spaces ({@code news analysis}), which {@link #sections}
     * would split into words.
     */
    public static java.util.Set<String> phrases(Class<?> anchor, String name) throws IOException {
        try (InputStream in = open(anchor, name)) {
            if (in == null) {
                return null;
            }
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.toLowerCase(java.util.Locale.ROOT));
                }
            }
            return java.util.Set.copyOf(out);
        }
    }

    /**
     * The words of a stripped line of a word list, split at runs of {@code \\s} as
     * {@code split("\\s+")} splits it (an empty line gives one empty word), without a regex:
     * {@code String.split} compiles its pattern on every call, hundreds of times per run for the lists.
     */
    public static String[] words(String line) {
        java.util.List<String> out = new java.util.ArrayList<>(4);
        int n = line.length();
        int i = 0;
        while (i < n) {
            int e = i;
            while (e < n && !regexSpace(line.charAt(e))) {
                e++;
            }
            out.add(line.substring(i, e));
            i = e;
            while (i < n && regexSpace(line.charAt(i))) {
                i++;
            }
        }
        if (out.isEmpty()) {
            out.add(line);
        }
        return out.toArray(new String[0]);
    }

    /** {@code \\s} of java.util.regex: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The jar of articlex's classes, opened on first use; null when they do not come from a jar file. */
    private static final class Jar {
        static final JarFile FILE = open();

        private static JarFile open() {
            try {
                CodeSource source = Resources.class.getProtectionDomain().getCodeSource();
                URL url = source == null ? null : source.getLocation();
                if (url == null || !"file".equals(url.getProtocol()) || !url.getPath().endsWith(".jar")) {
                    return null;
                }
                File f = new File(url.toURI());
                return f.isFile() ? new JarFile(f, false) : null;
            } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
                return null;
            }
        }
    }
}
