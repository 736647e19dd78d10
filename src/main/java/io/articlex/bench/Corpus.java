package io.articlex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article texts a benchmark runs on: every {@code *.txt} below the given directories (the text
 * pipeline; HTML pages are another pipeline), held in memory as bytes so that the throughput figures
 * measure parsing, not the disk.
 *
 * @param name     what the table calls it
 * @param articles the raw bytes of each article
 */
public record Corpus(String name, List<byte[]> articles) {

    public Corpus {
        articles = List.copyOf(articles);
    }

    public static Corpus load(String name, List<Path> dirs) throws IOException {
        List<byte[]> texts = new ArrayList<>();
        for (Path dir : dirs) {
            for (Path p : textFiles(dir)) {
                texts.add(Files.readAllBytes(p));
            }
        }
        return new Corpus(name, texts);
    }

    /** Every saved web page ({@code *.html}, {@code *.htm}) below a directory: the HTML reader's corpus. */
    public static Corpus loadPages(String name, Path dir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        for (Path p : pageFiles(dir)) {
            pages.add(Files.readAllBytes(p));
        }
        return new Corpus(name, pages);
    }

    /** The {@code *.html} and {@code *.htm} files below a directory, in name order. */
    public static List<Path> pageFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return (n.endsWith(".html") || n.endsWith(".htm")) && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }

    /** The {@code *.txt} files below a directory, in name order. */
    public static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
    }

    public long bytes() {
        long n = 0;
        for (byte[] a : articles) {
            n += a.length;
        }
        return n;
    }

    public int size() {
        return articles.size();
    }
}
