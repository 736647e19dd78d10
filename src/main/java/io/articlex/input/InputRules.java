package io.articlex.input;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * What a run accepts as an input: at most {@code maxBytes}, text rather than binary data, decoded per
 * {@code decoding}. One value carries the {@code --max-bytes}, {@code --encoding} and
 * {@code --keep-mojibake} choices from the command line to the workers that read the files.
 */
public record InputRules(long maxBytes, DecodeOptions decoding) {

    public static final InputRules DEFAULT = new InputRules(InputFiles.DEFAULT_MAX_BYTES, DecodeOptions.DEFAULT);

    public InputRules {
        decoding = decoding == null ? DecodeOptions.DEFAULT : decoding;
    }

    /** A file's bytes when it is a readable regular file within the limit and not binary. */
    public byte[] read(Path path) throws InputError {
        byte[] bytes = InputFiles.read(path, maxBytes);
        Decoder.refuseBinary(bytes, decoding);
        return bytes;
    }

    /** A stream's bytes (standard input) within the limit and not binary. */
    public byte[] read(InputStream in) throws InputError {
        byte[] bytes = InputFiles.readStream(in, maxBytes);
        Decoder.refuseBinary(bytes, decoding);
        return bytes;
    }
}
