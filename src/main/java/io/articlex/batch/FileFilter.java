package io.articlex.batch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * Chooses the files kept when a directory is walked: by default the article files (see
 * {@link ArticleFiles}); with a glob, the files it matches, whatever their kind. A glob without a slash
 * ({@code *.txt}) is matched against the file name, one with a slash ({@code 2024/**.txt}) against the
 * path relative to the walked directory. Files named on the command line are always kept: naming a
 * file is choosing it.
 */
public final class FileFilter {

    /** The default: the files articlex reads, by extension, or by content when they have none. */
    public static final FileFilter ARTICLES = new FileFilter(null, false);

    /** Every file a walk finds, whatever its kind. */
    public static final FileFilter ALL = new FileFilter(FileSystems.getDefault().getPathMatcher("glob:*"), false);

    private final PathMatcher matcher;
    private final boolean wholePath;

    private FileFilter(PathMatcher matcher, boolean wholePath) {
        this.matcher = matcher;
        this.wholePath = wholePath;
    }

    /** @throws IllegalArgumentException when the glob is malformed */
    public static FileFilter glob(String glob) {
        if (glob == null) {
            return ARTICLES;
        }
        return new FileFilter(FileSystems.getDefault().getPathMatcher("glob:" + glob), glob.contains("/"));
    }

    /** Why a file is skipped, as said of one file and of several ("*.md file", "*.md files"). */
    record Reason(String one, String many) {
    }

    private static final Reason NOT_MATCHING = new Reason("file not matching --glob", "files not matching --glob");

    /**
     * Why a file found by walking is skipped, or null when it is read.
     *
     * @param name the file's name (its last path element), as the walk made it
     * @param file the file
     * @param root the walked directory, for a glob with a slash, which is matched against the path below it
     */
    Reason skipReason(String name, Path file, Path root) {
        if (matcher == null) {
            return ArticleFiles.skipReason(name, file);
        }
        return matcher.matches(wholePath ? root.relativize(file) : file.getFileName()) ? null : NOT_MATCHING;
    }
}
