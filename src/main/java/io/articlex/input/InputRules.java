package io.articlex.input;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * What a run accepts as an input: at most {@code maxBytes}, text rather than binary data, decoded per
 * {@code decoding}. One value carries the {@code --max-bytes}, {@code --encoding} and
 * {@code --keep-mojibake} choices from the command line to the workers that read the files.
 *
 * @param memoryBytes the largest input one worker's share of the heap can parse
 *                    ({@link #forHeapShare}); a larger one is refused before it is read, since its
 *                    parse would end in an {@link OutOfMemoryError}
 */
public record InputRules(long maxBytes, DecodeOptions decoding, long memoryBytes) {

    public static final InputRules DEFAULT = new InputRules(InputFiles.DEFAULT_MAX_BYTES, DecodeOptions.DEFAULT);

    /**
     * Heap a parse needs per byte of input, measured on a saved page of ordinary paragraphs: the
     * bytes, the decoded text, jsoup's tree, the blocks and paragraphs taken from it live at once
     * (a 10 MB page needs between 64 and 80 MB of heap).
     */
    public static final int HEAP_PER_BYTE = 8;

    public InputRules {
        decoding = decoding == null ? DecodeOptions.DEFAULT : decoding;
    }

    public InputRules(long maxBytes, DecodeOptions decoding) {
        this(maxBytes, decoding, Long.MAX_VALUE);
    }

    /** These rules, refusing inputs too large for {@code workers} parses at once in this JVM's heap. */
    public InputRules forHeapShare(int workers) {
        long share = Runtime.getRuntime().maxMemory() / Math.max(1, workers);
        return new InputRules(maxBytes, decoding, share / HEAP_PER_BYTE);
    }

    /**
     * A file's bytes when it is a readable regular file within the limit and not binary; gzip data is
     * decompressed (within the same limit).
     */
    public byte[] read(Path path) throws InputError {
        byte[] bytes = Gzip.inflateIfGzip(InputFiles.read(path, maxBytes, memoryBytes), Math.min(maxBytes, memoryBytes));
        Decoder.refuseBinaryForDecode(bytes, decoding);
        return bytes;
    }

    /**
     * As {@link #read(Path)}, for a file a directory walk has just found to be a regular file of
     * {@code size} bytes (see {@link InputFiles#readRegular}).
     */
    public byte[] readRegular(Path path, long size) throws InputError {
        byte[] bytes = Gzip.inflateIfGzip(InputFiles.readRegular(path, size, maxBytes, memoryBytes), Math.min(maxBytes, memoryBytes));
        Decoder.refuseBinaryForDecode(bytes, decoding);
        return bytes;
    }

    /** A stream's bytes (standard input) within the limit and not binary; gzip data is decompressed. */
    public byte[] read(InputStream in) throws InputError {
        byte[] bytes = Gzip.inflateIfGzip(InputFiles.readStream(in, maxBytes, memoryBytes), Math.min(maxBytes, memoryBytes));
        Decoder.refuseBinaryForDecode(bytes, decoding);
        return bytes;
    }

    /** Refuses a text (a JSON Lines record's) too large for the heap share; see {@link #memoryBytes}. */
    public void checkMemory(long bytes) throws InputError {
        if (bytes > memoryBytes) {
            throw InputFiles.tooLargeForMemory(memoryBytes);
        }
    }
}
