package io.articlex.cli;

import io.articlex.input.DecodeOptions;
import io.articlex.input.InputFiles;
import io.articlex.input.InputRules;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.nio.charset.Charset;
import java.util.Locale;

/** Options that say how an input's bytes are bounded and decoded into text. */
final class DecodingOptions {

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "Decode every input with this charset (e.g. windows-1251) instead of detecting it.")
    Charset encoding;

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Refuse inputs larger than this (bytes, or with K, M, G suffix; default 50M).")
    Long maxBytes;

    @Option(names = "--keep-mojibake",
            description = "Keep UTF-8 text that was mis-read as windows-1252 or windows-1251 (â€œ, вЂ™) as found. "
                    + "By default it is repaired when the repair is unambiguous, with a warning.")
    boolean keepMojibake;

    long maxBytes() {
        return maxBytes == null ? InputFiles.DEFAULT_MAX_BYTES : maxBytes;
    }

    InputRules rules() {
        return new InputRules(maxBytes(), decodeOptions());
    }

    DecodeOptions decodeOptions() {
        return new DecodeOptions(encoding, !keepMojibake);
    }

    static final class CharsetConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown charset '" + value + "'");
            }
        }
    }

    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("B")) {
                v = v.substring(0, v.length() - 1);
            }
            if (v.endsWith("K")) {
                unit = 1L << 10;
            } else if (v.endsWith("M")) {
                unit = 1L << 20;
            } else if (v.endsWith("G")) {
                unit = 1L << 30;
            }
            if (unit != 1) {
                v = v.substring(0, v.length() - 1);
            }
            try {
                long n = Long.parseLong(v);
                if (n <= 0 || n > Integer.MAX_VALUE / unit) {
                    throw new TypeConversionException("size must be between 1 byte and 2G: '" + value + "'");
                }
                return n * unit;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a size: '" + value + "' (use e.g. 1000000, 500K or 50M)");
            }
        }
    }
}
