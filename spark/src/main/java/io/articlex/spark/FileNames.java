package io.articlex.spark;

import org.apache.hadoop.fs.Path;

/**
 * The {@code file} member for a whole-file input. The CLI names an input as it was given on the
 * command line; here the name is the file's absolute path for the local file system (what one would
 * pass to {@code articlex parse} to get the same line) and the full URI for every other file system
 * ({@code hdfs://nn/archive/x.txt}, {@code s3a://bucket/x.txt}), where a bare path would be ambiguous.
 */
final class FileNames {

    private FileNames() {
    }

    static String display(String hadoopPath) {
        Path p = new Path(hadoopPath);
        String scheme = p.toUri().getScheme();
        if (scheme == null || scheme.equals("file")) {
            return p.toUri().getPath();
        }
        return hadoopPath;
    }
}
