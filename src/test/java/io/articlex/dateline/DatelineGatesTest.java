package io.articlex.dateline;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The character tests the head's parsers run before their regexes, each against its regex: in
 * {@link DatelineParser}, {@code gluedAgencyMay} before {@code GLUED_AGENCY} and {@code withoutTrailing}
 * before the trailing-run clean-ups; in {@link HeadStage}, the title tag tests; in {@link Bylines},
 * {@code mayBeName} before {@code NAME_LINE}.
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
    void place_dash_code_gate_passes_a_code_at_the_end_and_stops_other_heads() {
        assertThat(DatelineParser.endsUpper("Baghdad-INA")).isTrue();
        assertThat(DatelineParser.endsUpper("Baghdad - INA \t")).isTrue();
        assertThat(DatelineParser.endsUpper("Baghdad - INA\u2028")).isTrue(); // $ before a final line terminator
        assertThat(DatelineParser.endsUpper("Baghdad - INA\u2028 ")).isFalse();
        assertThat(DatelineParser.endsUpper("Markets - the day ahead")).isFalse();
        assertThat(DatelineParser.endsUpper("Net 1.2 mln vs 3.4 mln - 1986")).isFalse();
        assertThat(DatelineParser.endsUpper("X - \uD835\uDC00")).isTrue(); // a capital past the BMP
        assertThat(DatelineParser.endsUpper("")).isFalse();
    }

    /** Heads glued from places, dashes, codes and endings: wherever the regex matches, the gate lets it run. */
    @Test
    void place_dash_code_gate_never_stops_a_head_the_regex_matches() {
        String[] pieces = {"Baghdad", "Baghdad", "Al ", "of ", "Basra", "-", " - ", "–", "—", "INA", "AFP", "Ina", "A", "É", "Σ",
                "\uD835\uDC00", "ǅ", "x", "1", " ", "\t", "\n", "\r\n", "\u0085", "\u2028", "\u2029", ".", "'"};
        Random r = new Random(23);
        int matched = 0;
        for (int k = 0; k < 600_000; k++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + r.nextInt(8);
            for (int i = 0; i < parts; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String head = b.toString();
            if (DatelineParser.PLACE_DASH_CODE.get().matcher(head).lookingAt()) {
                matched++;
                assertThat(DatelineParser.endsUpper(head)).as(head).isTrue();
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

    @Test
    void title_tag_gates_pass_every_title_the_tag_patterns_match() {
        assertThat(HeadStage.mayOpenWithTag("(LEAD) S. Korea, U.S. to hold talks")).isTrue();
        assertThat(HeadStage.mayOpenWithTag("UPDATE 2-Stocks fall")).isTrue();
        assertThat(HeadStage.mayOpenWithTag("Stocks fall on rate fears")).isFalse();
        assertThat(HeadStage.mayEndWith("Iran holds drills (PHOTOS)", ')')).isTrue();
        assertThat(HeadStage.mayEndWith("Wahl fertiggestellt =", '=')).isTrue();
        assertThat(HeadStage.mayEndWith("Stocks fall on rate fears", ')')).isFalse();
        String[] pieces = {"(", ")", "LEAD", "PHOTOS", "VIDEO", "UPDATE", " 2", "-", "–", "—", "=", " ", "\t", "\n", "\r",
                "\u0085", "\u2028", "CORRECTED", "RPT", "Stocks", "fall", "1st LD", "Iran Interview", "x", "é", " (PHOTOS)", "(UPDATED)"};
        Random r = new Random(11);
        int front = 0;
        int end = 0;
        int back = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + r.nextInt(8);
            for (int i = 0; i < parts; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String t = b.toString();
            if (HeadStage.TITLE_TAG_FRONT.matcher(t).lookingAt()) {
                front++;
                assertThat(HeadStage.mayOpenWithTag(t)).as(t).isTrue();
            }
            if (HeadStage.TITLE_END_MARK.matcher(t).find()) {
                end++;
                assertThat(HeadStage.mayEndWith(t, '=')).as(t).isTrue();
            }
            if (HeadStage.TITLE_TAG_BACK.matcher(t).find()) {
                back++;
                assertThat(HeadStage.mayEndWith(t, ')')).as(t).isTrue();
            }
        }
        assertThat(front).isGreaterThan(1000);
        assertThat(end).isGreaterThan(1000);
        assertThat(back).isGreaterThan(100);
    }

    @Test
    void name_gate_passes_every_line_the_name_pattern_matches() {
        assertThat(Bylines.mayBeName("Ayşe Demir")).isTrue();
        assertThat(Bylines.mayBeName("Ana de la Cruz")).isTrue();
        assertThat(Bylines.mayBeName("Shr 81 cts vs 57 cts")).isFalse();
        assertThat(Bylines.mayBeName("Stocks fall, bonds rise")).isFalse();
        assertThat(Bylines.mayBeName("Reuters")).isFalse();
        assertThat(Bylines.mayBeName("U.S. TRADE DEFICIT NARROWS SHARPLY IN JANUARY TO LOWEST")).isFalse();
        String[] pieces = {"Anna", "FIEDLER", "de", "van", "la", " ", "  ", "\t", "O'Neil", "Jean-Luc", "Şahin", "e\u0301",
                "\uD835\uDC00", "’", ".", "1", ",", "x", "É", "ǅ", "Ⅻ", "\u00A0", "abcdefghijklmnopqrstuvw"};
        Random r = new Random(12);
        int matched = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + r.nextInt(9);
            for (int i = 0; i < parts; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String line = b.toString();
            if (Bylines.NAME_LINE.matcher(line).matches()) {
                matched++;
                assertThat(Bylines.mayBeName(line)).as(line).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }
}
