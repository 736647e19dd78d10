package io.articlex.batch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * Chooses the files kept when a directory is walked. A glob without a slash ({@code *.txt}) is matched
 * against the file name, one with a slash ({@code 2024/**.txt}) against the path relative to the
 * walked directory. Files named on the command line are always kept: naming a file is choosing it.
 */
public final class FileFilter {

    public static final FileFilter ALL = new FileFilter(null, false);

    private final PathMatcher matcher;
    private final boolean wholePath;

    private FileFilter(PathMatcher matcher, boolean wholePath) {
        this.matcher = matcher;
        this.wholePath = wholePath;
    }

    /** @throws IllegalArgumentException when the glob is malformed */
    public static FileFilter glob(String glob) {
        if (glob == null) {
            return ALL;
        }
        return new FileFilter(FileSystems.getDefault().getPathMatcher("glob:" + glob), glob.contains("/"));
    }

    boolean keeps(Path relative) {
        if (matcher == null) {
            return true;
        }
        return matcher.matches(wholePath ? relative : relative.getFileName());
    }
}
