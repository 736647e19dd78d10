package io.articlex.batch;

import io.articlex.input.DecodeOptions;
import io.articlex.input.Decoder;
import io.articlex.input.InputError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files a directory walk reads when no {@code --glob} is given: the kinds articlex reads, told
 * by their extension ({@code .txt .text .html .htm .xhtml .jsonl .ndjson .warc}, each also with
 * {@code .gz}), and files without an extension whose first bytes are text or markup rather than binary
 * data. Anything else found in a directory (an annotation file such as {@code NAME.gold.json} beside
 * each story, images, notes in {@code .md}) is skipped, with its extension as the reason, so that a
 * folder of stories with their side files gives one line per story and nothing invented from the rest.
 */
final class ArticleFiles {

    static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson", "warc");

    /** Bytes looked at to tell text from binary in a file without an extension. */
    private static final int SNIFF_BYTES = 8192;

    private ArticleFiles() {
    }

    private static final FileFilter.Reason NOT_TEXT =
            new FileFilter.Reason("file without an extension, not text", "files without an extension, not text");

    /** Why the file is not read, or null when it is an article file. {@code name} is the file's name. */
    static FileFilter.Reason skipReason(String name, Path file) {
        String lower = name.toLowerCase(Locale.ROOT);
        String bare = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        int dot = bare.lastIndexOf('.');
        if (dot > 0) {
            String ext = bare.substring(dot + 1);
            if (EXTENSIONS.contains(ext)) {
                return null;
            }
            String kind = "*." + lower.substring(dot + 1);
            return new FileFilter.Reason(kind + " file", kind + " files");
        }
        return looksLikeText(file) ? null : NOT_TEXT;
    }

    private static boolean looksLikeText(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return true;   // unreadable: kept, so the run reports it as an error instead of hiding it
        }
        if (head.length == 0) {
            return false;
        }
        try {
            Decoder.refuseBinary(head, DecodeOptions.DEFAULT);
            return true;
        } catch (InputError e) {
            return false;
        }
    }
}
