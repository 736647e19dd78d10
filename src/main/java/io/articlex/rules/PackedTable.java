package io.articlex.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of the tables the build writes for the rules ({@link RulesTable}) and for their pre-checks
 * (the boilerplate stage's rule index): a pool of strings, then ints, every string referred to by its
 * index in the pool. Public for those tables only, not an API.
 *
 * <p>Why not {@code DataInputStream.readUTF}: a table is read once per run, in interpreted code, and
 * readUTF decodes each string byte by byte and then compresses it to Latin-1 character by character
 * again; with ~1,000 strings read on the parse's own thread before its first paragraph, that was most
 * of reading the rules. Here a string whose characters all fit in one byte (all but a few outlet names
 * in Arabic or Cyrillic) is stored as those bytes, and {@code new String(bytes, offset, length,
 * ISO_8859_1)} takes them with one array copy; the ints are read from the byte array without a stream.
 *
 * <p>Layout: the magic number, the number of strings, per string an int {@code length << 1 | wide}
 * and its bytes (one per character, or two, big-endian, when {@code wide}); then the table's ints.
 */
public final class PackedTable {

    private PackedTable() {
    }

    /** Collects a table's strings (each once) and ints, then writes them in that layout. */
    public static final class Writer {
        private final int magic;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private final List<Integer> ints = new ArrayList<>();

        public Writer(int magic) {
            this.magic = magic;
        }

        public void integer(int v) {
            ints.add(v);
        }

        /** The string's index in the pool (-1 for null), as the next int. */
        public void string(String s) {
            if (s == null) {
                ints.add(-1);
                return;
            }
            Integer i = index.get(s);
            if (i == null) {
                i = strings.size();
                index.put(s, i);
                strings.add(s);
            }
            ints.add(i);
        }

        /** A list's size, then each string. */
        public void strings(List<String> values) {
            integer(values.size());
            for (String v : values) {
                string(v);
            }
        }

        public void writeTo(OutputStream out) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            writeInt(b, magic);
            writeInt(b, strings.size());
            for (String s : strings) {
                boolean wide = false;
                for (int i = 0; i < s.length(); i++) {
                    wide |= s.charAt(i) > 0xFF;
                }
                writeInt(b, s.length() << 1 | (wide ? 1 : 0));
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (wide) {
                        b.write(c >>> 8);
                    }
                    b.write(c);
                }
            }
            writeInt(b, ints.size());
            for (int v : ints) {
                writeInt(b, v);
            }
            b.writeTo(out);
            out.flush();
        }

        private static void writeInt(ByteArrayOutputStream b, int v) {
            b.write(v >>> 24);
            b.write(v >>> 16);
            b.write(v >>> 8);
            b.write(v);
        }
    }

    /** A table read back: its strings, then its ints in order. */
    public static final class Reader {
        private final byte[] data;
        private final String[] strings;
        private int pos;
        private final int end;

        /** Reads the whole stream; throws when it does not start with {@code magic}. */
        public Reader(InputStream in, int magic) throws IOException {
            data = in.readAllBytes();
            if (data.length < 12 || readInt() != magic) {
                throw new IOException("not a table of this build");
            }
            strings = new String[readInt()];
            for (int i = 0; i < strings.length; i++) {
                int h = readInt();
                int n = h >>> 1;
                if ((h & 1) == 0) {
                    strings[i] = new String(data, pos, n, StandardCharsets.ISO_8859_1);
                    pos += n;
                } else {
                    char[] c = new char[n];
                    for (int k = 0; k < n; k++, pos += 2) {
                        c[k] = (char) ((data[pos] & 0xFF) << 8 | data[pos + 1] & 0xFF);
                    }
                    strings[i] = new String(c);
                }
            }
            int count = readInt();
            end = pos + 4 * count;
            if (end != data.length) {
                throw new IOException("rules table of the wrong length");
            }
        }

        public int integer() {
            if (pos >= end) {
                throw new IllegalStateException("rules table read past its end");
            }
            return readInt();
        }

        /** The string the next int names (null for -1). */
        public String string() {
            int i = integer();
            return i < 0 ? null : strings[i];
        }

        /** A list written by {@link Writer#strings}. */
        public List<String> strings() {
            int n = integer();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string());
            }
            return out;
        }

        /** True when every int was read. */
        public boolean done() {
            return pos == end;
        }

        private int readInt() {
            byte[] d = data;
            int p = pos;
            pos = p + 4;
            return (d[p] & 0xFF) << 24 | (d[p + 1] & 0xFF) << 16 | (d[p + 2] & 0xFF) << 8 | d[p + 3] & 0xFF;
        }
    }
}
