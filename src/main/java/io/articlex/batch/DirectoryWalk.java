package io.articlex.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A lazy, depth-first walk of one directory, entries of each directory in name order (by
 * {@link String#compareTo}, so the order does not depend on the file system or the locale). Only the
 * listings of the directories on the current path are held, never the whole tree. A directory that
 * cannot be listed becomes one failed input and the walk goes on. Files the filter passes over are
 * counted by reason.
 */
final class DirectoryWalk extends Lookahead<Input> {

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private final String rootName;
    private final Path root;
    private final FileFilter filter;
    private final BiFunction<String, Path, Iterator<Input>> ofFile;
    private final Skipped skipped;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private Iterator<Input> pending;

    DirectoryWalk(String rootName, Path root, FileFilter filter, BiFunction<String, Path, Iterator<Input>> ofFile,
                  Skipped skipped) {
        this.skipped = skipped;
        this.rootName = rootName;
        this.root = root;
        this.filter = filter;
        this.ofFile = ofFile;
        push(root);
    }

    private void push(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            Path[] entries = s.filter(p -> !p.getFileName().toString().startsWith(".")).toArray(Path[]::new);
            Arrays.sort(entries, BY_NAME);
            stack.push(Arrays.asList(entries).iterator());
        } catch (IOException e) {
            pending = java.util.List.<Input>of(new Input.Failed(nameOf(dir), Problems.cannotRead(e))).iterator();
        }
    }

    @Override
    protected Input advance() {
        while (true) {
            if (pending != null && pending.hasNext()) {
                return pending.next();
            }
            pending = null;
            if (stack.isEmpty()) {
                return null;
            }
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Path p = top.next();
            BasicFileAttributes attrs = attributes(p);
            if (attrs != null && attrs.isDirectory()) {
                push(p);
            } else if (attrs != null && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(p))) {
                FileFilter.Reason why = filter.skipReason(p.getFileName().toString(), p, root);
                if (why == null) {
                    pending = ofFile.apply(nameOf(p), p);
                } else {
                    skipped.add(why.one(), why.many());
                }
            }
        }
    }

    /**
     * One look at the disk per entry, without following links (a linked directory is not walked, a
     * linked file is read). Two checks (directory? regular file?) cost two system calls per file on the
     * thread that also hands the inputs to the workers and writes their lines, so with small files
     * that thread, not the workers, set the pace of a walk. Null when the entry vanished or cannot be
     * looked at, which the two checks also treated as neither.
     */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** The name a found file gets: the walked directory as given on the command line, then the relative path. */
    private String nameOf(Path p) {
        if (p.equals(root)) {
            return rootName;
        }
        String rel = root.relativize(p).toString();
        return rootName.endsWith("/") ? rootName + rel : rootName + "/" + rel;
    }
}
