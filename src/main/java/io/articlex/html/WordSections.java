package io.articlex.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a word-list resource of the HTML reader: {@code [section]} headers, one word per line under
 * them, {@code #} comments and blank lines skipped. The class hints and the byline finder keep their
 * words in this one format, so both read it here.
 */
final class WordSections {

    private final String resource;
    private final Map<String, Set<String>> sections;

    private WordSections(String resource, Map<String, Set<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /** Reads {@code /io/articlex/NAME} from the class path; a word before any section is an error in the file. */
    static WordSections read(String name) {
        Map<String, Set<String>> out = new HashMap<>();
        InputStream in;
        try {
            in = io.articlex.resource.Resources.open(WordSections.class, "/io/articlex/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " unreadable", e);
        }
        if (in == null) {
            throw new IllegalStateException(name + ": not on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> target = null;
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    target = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
                } else if (target == null) {
                    throw new IllegalStateException(name + ": word before a section: " + line);
                } else {
                    target.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + " unreadable", e);
        }
        return new WordSections(name, out);
    }

    /** The words of one section; a missing section is an error in the file. */
    Set<String> section(String name) {
        Set<String> words = sections.get(name);
        if (words == null) {
            throw new IllegalStateException(resource + ": no [" + name + "] section");
        }
        return words;
    }
}
