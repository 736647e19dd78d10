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

    /** Why the file is not read, or null when it is an article file. */
    static String skipReason(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = bare.lastIndexOf('.');
        if (dot > 0) {
            String ext = bare.substring(dot + 1);
            return EXTENSIONS.contains(ext) ? null : "*." + name.substring(dot + 1) + " files";
        }
        return looksLikeText(file) ? null : "files without an extension, not text";
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
