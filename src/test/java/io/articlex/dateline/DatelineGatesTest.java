package io.articlex.dateline;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The character tests {@link DatelineParser} runs before two of its regexes: {@code gluedAgencyMay} before
 * {@code GLUED_AGENCY}, and {@code withoutTrailing} before the trailing-run clean-ups, each against its regex.
 */
class DatelineGatesTest {

    @Test
    void glued_agency_gate_passes_a_glued_code_and_stops_a_wire_dateline() {
        assertThat(DatelineParser.gluedAgencyMay("NOURNEWS- Iran's foreign minister said")).isTrue();
        assertThat(DatelineParser.gluedAgencyMay("IRNA-Tehran")).isTrue();
        assertThat(DatelineParser.gluedAgencyMay("WASHINGTON, March 4 - The Federal Reserve")).isFalse();
        assertThat(DatelineParser.gluedAgencyMay("U.S. Trade Deficit Narrows - Officials")).isFalse();
        assertThat(DatelineParser.gluedAgencyMay("Shr 81 cts vs 57 cts")).isFalse();
        // the code needs three chars before its hyphen, and at most 21
        assertThat(DatelineParser.gluedAgencyMay("AB- Text")).isFalse();
        assertThat(DatelineParser.gluedAgencyMay("A" + "B".repeat(20) + "- Text")).isTrue();
        assertThat(DatelineParser.gluedAgencyMay("A" + "B".repeat(21) + "- Text")).isFalse();
    }

    /** Heads glued from capitals, hyphens and what may follow: wherever the regex matches, the gate lets it run. */
    @Test
    void glued_agency_gate_never_stops_a_head_the_regex_matches() {
        String[] pieces = {"A", "B", "Z", "Ä", "Σ", "Ж", "\uD835\uDC00", "a", "é", "-", "--", " ", ",", ".", "\"", "“", "1",
                "AFP", "IRNA", "NOUR-NEWS", "Iran", "The", "\t", "ǅ", "ⅰ", "Ⓐ"};
        Random r = new Random(22);
        int matched = 0;
        for (int k = 0; k < 300_000; k++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + r.nextInt(12);
            for (int i = 0; i < parts; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String head = b.toString();
            boolean regex = DatelineParser.GLUED_AGENCY.get().matcher(head).lookingAt();
            if (regex) {
                matched++;
                assertThat(DatelineParser.gluedAgencyMay(head)).as(head).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }

    @Test
    void trailing_runs_removed_as_the_regexes_remove_them() {
        assertThat(DatelineParser.withoutTrailing("NEW YORK,", DatelineParser.TRAILING_COMMAS_SPACES, ", \t\n\u000B\f\r"))
                .isEqualTo("NEW YORK");
        assertThat(DatelineParser.withoutTrailing("March 3.", DatelineParser.TRAILING_STOPS_COMMAS, ".,")).isEqualTo("March 3");
        assertThat(DatelineParser.withoutTrailing("March 3", DatelineParser.TRAILING_STOPS_COMMAS, ".,")).isEqualTo("March 3");
        // $ matches before a final line terminator, and strip leaves U+0085 in place
        assertThat(DatelineParser.withoutTrailing("Lima,\u0085", DatelineParser.TRAILING_COMMAS_SPACES, ", \t\n\u000B\f\r"))
                .isEqualTo("Lima\u0085");
        String[] pieces = {"a", "Z", "3", ",", ".", " ", "\t", "\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00A0",
                "é", ",.", " ,", "\r\n"};
        Random r = new Random(7);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            int parts = r.nextInt(8);
            for (int i = 0; i < parts; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String value = b.toString().strip();
            assertThat(DatelineParser.withoutTrailing(value, DatelineParser.TRAILING_COMMAS_SPACES, ", \t\n\u000B\f\r"))
                    .as(value).isEqualTo(DatelineParser.TRAILING_COMMAS_SPACES.get().matcher(value).replaceAll(""));
            assertThat(DatelineParser.withoutTrailing(value, DatelineParser.TRAILING_STOPS_COMMAS, ".,"))
                    .as(value).isEqualTo(DatelineParser.TRAILING_STOPS_COMMAS.get().matcher(value).replaceAll(""));
        }
    }
}
