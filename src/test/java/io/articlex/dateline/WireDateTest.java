package io.articlex.dateline;

import io.articlex.dates.CalendarNames;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DatelineParser#wireDate}, the hand-read wire dateline, against {@code WITH_DATE} itself. */
class WireDateTest {

    @Test
    void reads_a_reuters_dateline_as_the_regex_does() {
        DatelineParser.WithDate w = DatelineParser.wireDate("NEW YORK, March 3 (Reuters) - Stocks rose on Tuesday.");
        assertThat(w).isEqualTo(new DatelineParser.WithDate(30, "NEW YORK", "", "March 3", "Reuters", null, null, " - "));
        assertThat(same("NEW YORK, March 3 (Reuters) - Stocks rose on Tuesday.")).isTrue();
        assertThat(DatelineParser.wireDate("NEW YORK, Tuesday (Reuters) - ")).isNull();
        assertThat(DatelineParser.wireDate("The survey showed that")).isNull();
        assertThat(DatelineParser.wireDate("SAN MATEO, Calif., March 2 - Shares fell."))
                .isEqualTo(new DatelineParser.WithDate(29, "SAN MATEO, Calif.", "", "March 2", null, null, null, " - "));
        assertThat(same("SAN MATEO, Calif., March 2 - Shares fell.")).isTrue();
    }

    /** Heads glued from dateline pieces at random: wherever the hand reader answers, the regex gives the same. */
    @Test
    void agrees_with_the_regex_on_generated_heads() {
        List<String> places = List.of("LONDON", "NEW YORK", "Washington", "SAO PAULO", "RIO DE JANEIRO", "HONG KONG", "U S",
                "A B C D E F", "A B C D E F G", "ST. LOUIS", "BADEN-BADEN", "MAY", "New of York", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZA", "Zürich", "", "LONDON,", "LONDON (UK)");
        List<String> glue = List.of(", ", ",", " ", ",  ", ", ", ", Calif., ", ", N.Y., ", ", Manitoba, ", ", New Jersey, ",
                ", A, B, ", ", Calif. ", ", ", ", ");
        List<String> months = List.of("March", "MARCH", "Mar", "Mar.", "Sept.", "Sept", "September", "May", "June", "Jun.",
                "Marc", "Mayo", "Dec", "jan", "Tuesday", "März", "");
        List<String> days = List.of("3", "12", "123", "03", "", "3rd", "3,", "3, 2024", "31 2024");
        List<String> codes = List.of(" (Reuters)", " (AP)", "(Reuters)", " ()", " (Reu(ters)", " (" + "x".repeat(80) + ")",
                " (" + "x".repeat(81) + ")", " (Reuters", " (a\nb)", "", " Reuters");
        List<String> tails = List.of(" - The company said.", " - ", " -- Text", "- ", ".- ", " .- ", " : ", " —", " ",
                ", - ", ",", ".", " A", " Reuters", " Reuters - "," - ", " -- ", " — ", "-", ": ", ", - ", ",- ", ".- ", " ", "", " x", "  - ", "\t-\t",
                " - Stocks rose.", ", ");
        Random r = new Random(15);
        int read = 0;
        for (int k = 0; k < 200000; k++) {
            String head = pick(r, places) + pick(r, glue) + pick(r, months) + (r.nextBoolean() ? " " : "") + pick(r, days)
                    + (r.nextBoolean() ? pick(r, codes) : "") + pick(r, tails);
            if (head.length() > DatelineParser.HEAD) {
                head = head.substring(0, DatelineParser.HEAD);
            }
            if (DatelineParser.wireDate(head) != null) {
                read++;
                assertThat(same(head)).as(head).isTrue();
            }
        }
        assertThat(read).isGreaterThan(1000);
    }

    /** The proof needs a day followed by a bracket or a dash to open no day-first date: every month form opens with a letter. */
    @Test
    void every_month_form_opens_with_a_letter() {
        String alternation = CalendarNames.get().monthAlternation();
        for (String form : alternation.split("\\|")) {
            assertThat(form).startsWith("\\Q");
            assertThat(Character.isLetter(form.charAt(2))).as(form).isTrue();
        }
    }

    private static boolean same(String head) {
        DatelineParser.WithDate w = DatelineParser.wireDate(head);
        Matcher m = DatelineParser.WITH_DATE.get().matcher(head);
        if (!m.lookingAt()) {
            return w == null;
        }
        DatelineParser.WithDate x = new DatelineParser.WithDate(m.end(), m.group("loc"), m.group("quals"), m.group("date"),
                m.group("code"), m.group("code2"), m.group("code3"), m.group("sep"));
        return x.equals(w);
    }

    private static String pick(Random r, List<String> xs) {
        return xs.get(r.nextInt(xs.size()));
    }
}
