package io.articlex.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * A lazy, depth-first walk of one directory, entries of each directory in name order (by
 * {@link String#compareTo}, so the order does not depend on the file system or the locale). Only the
 * listings of the directories on the current path are held, never the whole tree. A directory that
 * cannot be listed becomes one failed input and the walk goes on. Files the filter passes over are
 * counted by reason.
 *
 * <p>The walk runs on the thread that also hands the inputs to the workers and writes their lines, so
 * with small files its cost per entry sets the pace of a batch. Each entry's name is therefore made
 * once, when its directory is listed: sorting compared names made from the paths at every comparison
 * (a path and a decoded string per side, ~8 comparisons per entry), and each found file's name was
 * made again by relativizing its path to the root. An input's name is now the root's name, the names
 * of the directories on the way, and its own, joined with slashes: what the relative path said.
 */
final class DirectoryWalk extends Lookahead<Input> {

    /** An entry of a listed directory: its name, made once, and its path. */
    private record Entry(String name, Path path) {
    }

    private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::name);

    /** A directory on the current path: its sorted entries, and its path relative to the root with a trailing slash ("" for the root). */
    private static final class Level {
        final Entry[] entries;
        final String relative;
        int next;

        Level(Entry[] entries, String relative) {
            this.entries = entries;
            this.relative = relative;
        }
    }

    private final String rootName;
    /** What goes before an entry's relative path in its name: the root's name and a slash. */
    private final String prefix;
    private final Path root;
    private final FileFilter filter;
    private final OfFile ofFile;

    /** What a found file becomes. */
    @FunctionalInterface
    interface OfFile {
        /** @param size the size of a regular file the walk saw, -1 for a link to one */
        Iterator<Input> apply(String name, Path path, long size);
    }
    private final Skipped skipped;
    private final Deque<Level> stack = new ArrayDeque<>();
    private Iterator<Input> pending;

    DirectoryWalk(String rootName, Path root, FileFilter filter, OfFile ofFile,
                  Skipped skipped) {
        this.skipped = skipped;
        this.rootName = rootName;
        this.prefix = rootName.endsWith("/") ? rootName : rootName + "/";
        this.root = root;
        this.filter = filter;
        this.ofFile = ofFile;
        push(root, "");
    }

    private void push(Path dir, String relative) {
        List<Entry> list = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) {
                    list.add(new Entry(name, p));
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            IOException cause = e instanceof java.nio.file.DirectoryIteratorException d ? d.getCause() : (IOException) e;
            pending = List.<Input>of(new Input.Failed(relative.isEmpty() ? rootName : prefix + strip(relative),
                    Problems.cannotRead(cause))).iterator();
            return;
        }
        Entry[] entries = list.toArray(new Entry[0]);
        java.util.Arrays.sort(entries, BY_NAME);
        stack.push(new Level(entries, relative));
    }

    private static String strip(String relative) {
        return relative.substring(0, relative.length() - 1);
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
            Level top = stack.peek();
            if (top.next == top.entries.length) {
                stack.pop();
                continue;
            }
            Entry e = top.entries[top.next++];
            Path p = e.path();
            BasicFileAttributes attrs = attributes(p);
            if (attrs != null && attrs.isDirectory()) {
                push(p, top.relative + e.name() + "/");
            } else if (attrs != null && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(p))) {
                FileFilter.Reason why = filter.skipReason(e.name(), p, root);
                if (why == null) {
                    pending = ofFile.apply(prefix + top.relative + e.name(), p, attrs.isRegularFile() ? attrs.size() : -1);
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
}
