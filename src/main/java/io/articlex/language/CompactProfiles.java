package io.articlex.language;

import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileBuilder;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The n-gram profiles of the supported languages in a compact binary form, written at build time
 * ({@link #main}, run by the build after compiling) from the profiles Optimaize ships, and read at run
 * time instead of them.
 *
 * <p>Why: Optimaize stores a profile as a JSON text and reads it with a reluctant regex over the whole
 * file and a split per entry. For the eleven supported languages that took ~100 ms of CPU in a fresh
 * JVM, more than the rest of a one-file parse of a short story whose language the function words cannot
 * settle (a headline and two paragraphs). This form holds the same grams and counts: a language's grams
 * as one UTF-8 block decoded in one call, their lengths and counts as arrays. The profiles built from it
 * are equal to the ones Optimaize's reader builds (checked by a test), so detection is unchanged.
 *
 * <p>Layout: the number of languages, then per language its tag (UTF), its number of grams n, n gram
 * lengths in chars (one byte each), n counts (int), the byte length of the UTF-8 block and the block.
 */
public final class CompactProfiles {

    /** Where the build writes the table, under the classes directory. */
    static final String RESOURCE = "/io/articlex/language/profiles.bin";

    private CompactProfiles() {
    }

    /** Writes the table of {@link LanguageDetector#SUPPORTED} to the file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(new LanguageProfileReader().read(LanguageDetector.SUPPORTED), o);
        }
    }

    static void write(List<LanguageProfile> profiles, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(profiles.size());
        for (LanguageProfile p : profiles) {
            List<String> grams = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (Map.Entry<String, Integer> e : p.iterateGrams()) {
                if (e.getKey().isEmpty() || e.getKey().length() > 255) {
                    throw new IllegalStateException("gram of unexpected length in " + p.getLocale() + ": " + e.getKey());
                }
                grams.add(e.getKey());
                counts.add(e.getValue());
            }
            d.writeUTF(p.getLocale().toString());
            d.writeInt(grams.size());
            for (String g : grams) {
                d.writeByte(g.length());
            }
            for (int c : counts) {
                d.writeInt(c);
            }
            byte[] block = String.join("", grams).getBytes(StandardCharsets.UTF_8);
            d.writeInt(block.length);
            d.write(block);
        }
        d.flush();
    }

    /** The profiles in the table, in the order written; null when the table is not there. */
    static List<LanguageProfile> read() throws IOException {
        try (InputStream in = CompactProfiles.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        }
    }

    static List<LanguageProfile> read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(in.readAllBytes()));
        int languages = d.readInt();
        List<LanguageProfile> out = new ArrayList<>(languages);
        for (int l = 0; l < languages; l++) {
            LanguageProfileBuilder b = new LanguageProfileBuilder(LdLocale.fromString(d.readUTF()));
            int n = d.readInt();
            byte[] lengths = new byte[n];
            d.readFully(lengths);
            int[] counts = new int[n];
            for (int i = 0; i < n; i++) {
                counts[i] = d.readInt();
            }
            byte[] block = new byte[d.readInt()];
            d.readFully(block);
            String all = new String(block, StandardCharsets.UTF_8);
            int at = 0;
            for (int i = 0; i < n; i++) {
                int len = lengths[i] & 0xff;
                b.addGram(all.substring(at, at + len), counts[i]);
                at += len;
            }
            if (at != all.length()) {
                throw new IOException("corrupt language profile table");
            }
            out.add(b.build());
        }
        return out;
    }
}
