package io.articlex.batch;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The parser-free reader of the usual record reads exactly what Jackson reads, and takes nothing Jackson refuses. */
class RecordFieldsPlainTest {

    private final RecordFields fields = new RecordFields("text", "id");

    @Test
    void takesTheUsualRecord() throws Exception {
        RecordFields.Fields f = RecordFields.Plain.read("{\"id\": \"7/a.txt\", \"text\": \"Caf\\u00e9 \\\"x\\\"\\nB\u00e9\"}", "text", "id");
        assertThat(f).isNotNull();
        assertThat(f.id()).isEqualTo("7/a.txt");
        assertThat(f.text()).isEqualTo("Caf\u00e9 \"x\"\nB\u00e9");
        assertThat(f.nonAscii()).isEqualTo(2);
        assertThat(fields.read("{\"id\":\"x\"}".replace("}", ",\"text\":\"t\"}")).text()).isEqualTo("t");
    }

    @Test
    void plainWhenTheTextIsPrintableAsciiAndLineFeeds() {
        assertThat(RecordFields.Plain.read("{\"id\": \"x\", \"text\": \"A \\\"b\\\"\\nc\\/d\\u0041\"}", "text", "id").plain()).isTrue();
        assertThat(RecordFields.Plain.read("{\"id\": \"caf\u00e9\\t\", \"text\": \"ab\"}", "text", "id").plain())
                .as("the id is not the text").isTrue();
        for (String piece : new String[] {"\\t", "\\r", "\\b", "\\f", "\\u0000", "\\u007f", "\u007f", "\\u00e9", "\u00e9", "\u2019", "\\u000B"}) {
            RecordFields.Fields f = RecordFields.Plain.read("{\"text\": \"a" + piece + "b\"}", "text", "id");
            assertThat(f).as(piece).isNotNull();
            assertThat(f.plain()).as(piece).isFalse();
        }
        assertThat(RecordFields.Plain.read("{\"text\": \"a\u007fb\"}", "text", "id").nonAscii()).as("DEL is ASCII").isZero();
    }

    @Test
    void readsALatin1RecordFromItsBytesAsItsChars() {
        // a question mark in the record, and one getBytes(ISO_8859_1) makes of a char past Latin-1
        RecordFields.Fields f = RecordFields.Plain.read("{\"id\": \"a?\", \"text\": \"Why?\\n\u00e9\"}", "text", "id");
        assertThat(f).isEqualTo(new RecordFields.Fields("a?", "Why?\n\u00e9", 1, false));
        f = RecordFields.Plain.read("{\"id\": \"a\", \"text\": \"Why? \u2019x\u2019 \\u00e9?\"}", "text", "id");
        assertThat(f).isEqualTo(new RecordFields.Fields("a", "Why? \u2019x\u2019 \u00e9?", 3, false));
        f = RecordFields.Plain.read("{\"id\": \"\uD83D\uDE00\", \"text\": \"?\\u0100?\"}", "text", "id");
        assertThat(f).isEqualTo(new RecordFields.Fields("\uD83D\uDE00", "?\u0100?", 1, false));
        assertThat(RecordFields.Plain.read("{\"text\": \"a\"}?", "text", "id")).isNull();
        assertThat(RecordFields.Plain.read("{\"text\": \"a\"}\u2019", "text", "id")).isNull();
        assertThat(RecordFields.Plain.read("{\"text\"?: \"a\"}", "text", "id")).isNull();
    }

    @Test
    void agreesWithJacksonOnRandomRecords() {
        Random r = new Random(5);
        String[] pieces = {"\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t", "\\u00E9", "\\u00e9", "\\ud83d\\ude00",
            "\\uD800", "\\u12G4", "\\x", "\\", "\"", "\u0001", "\n", "\t", "\u00e9", "\u2019", "\uFEFF", "\u007f", "a", "b c", "{", "}",
            ":", ",", "[", "]", "\uff11", "?", "\u00ff", "\\u00ff", "\\u0100", "\ud83d\ude00", "\\u003f"};
        // mostly JSON's white space; now and then a character Jackson refuses between tokens
        String[] spaces = {"", "", "", " ", " ", "  ", "\t", "\n", "\r", "", " ", "", " ", "", "\u000B", "\u00A0"};
        int plain = 0;
        for (int k = 0; k < 30_000; k++) {
            StringBuilder b = new StringBuilder();
            b.append(spaces[r.nextInt(spaces.length)]).append('{');
            int members = r.nextInt(4);
            for (int m = 0; m < members; m++) {
                if (m > 0) {
                    b.append(r.nextInt(40) == 0 ? ";" : ",");
                }
                b.append(spaces[r.nextInt(spaces.length)]);
                String[] names = {"text", "id", "url", "te\\u0078t", "", "id2"};
                b.append('"').append(names[r.nextInt(names.length)]).append('"');
                b.append(spaces[r.nextInt(spaces.length)]).append(':').append(spaces[r.nextInt(spaces.length)]);
                int kind = r.nextInt(12);
                if (kind == 0) {
                    b.append(r.nextInt(1000));
                } else if (kind == 1) {
                    b.append("null");
                } else if (kind == 2) {
                    b.append("{\"a\":[1]}");
                } else {
                    b.append('"');
                    for (int i = r.nextInt(8); i > 0; i--) {
                        String piece = pieces[r.nextInt(pieces.length)];
                        b.append(r.nextInt(6) == 0 ? piece : "w");
                    }
                    b.append('"');
                }
                b.append(spaces[r.nextInt(spaces.length)]);
            }
            b.append(r.nextInt(30) == 0 ? "" : "}").append(r.nextInt(30) == 0 ? " x" : spaces[r.nextInt(spaces.length)]);
            String json = b.toString();
            RecordFields.Fields got = RecordFields.Plain.read(json, "text", "id");
            if (got == null) {
                continue;
            }
            plain++;
            RecordFields.Fields want;
            try {
                want = fields.readWithParser(json);
            } catch (RecordFields.BadRecord e) {
                fail("took a record Jackson refuses (%s): %s", e.getMessage(), json);
                return;
            }
            assertThat(got.id()).as(json).isEqualTo(want.id());
            assertThat(got.text()).as(json).isEqualTo(want.text());
            assertThat(got.nonAscii()).as(json).isEqualTo(want.text().chars().filter(c -> c >= 0x80).count());
            assertThat(got.plain()).as(json).isEqualTo(want.text().chars().allMatch(c -> c >= 0x20 && c < 0x7F || c == '\n'));
        }
        assertThat(plain).as("records the plain reader took").isGreaterThan(1000);
    }
}
