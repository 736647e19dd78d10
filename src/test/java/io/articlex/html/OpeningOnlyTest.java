package io.articlex.html;

import io.articlex.dateline.HeadStage;
import io.articlex.model.Removed;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningOnlyTest {

    private static final String BODY = "The council wants the old town free of cars by 2028, according to a plan it presents on Tuesday.";
    private static final PageMeta META = new PageMeta("Car-free old town by 2028", null, null, "en", null);

    private static Draft run(String first, PageMeta meta) {
        return new OpeningOnly(new HeadStage()).apply(Draft.of(List.of(first, BODY, "Residents get an exemption."), meta, List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            By Sanne de Vries · Dec. 1, 2026, 5:32 p.m. · Updated Dec. 1, 2026, 7:05 p.m. | Sanne de Vries
            Door Sanne de Vries · 1 dec. 2026, 17:32 · Aangepast 1 dec. 2026, 19:05         | Sanne de Vries
            Von Jonas Weber und Anna Fiedler · 01.12.2026, 17:32 Uhr                      | Jonas Weber und Anna Fiedler
            By Walter Briggs, Gazette Staff Writer                                          | Walter Briggs, Gazette Staff Writer
            """)
    void aByLineRowOpeningThePagesBodyIsNoParagraph(String row, String byline) {
        Draft d = run(row.strip(), META);
        assertThat(d.paragraphs()).containsExactly(BODY, "Residents get an exemption.");
        assertThat(d.removed()).contains(new Removed(row.strip(), "byline"));
        assertThat(d.meta().byline()).isEqualTo(byline);
        // the page's own byline stands
        assertThat(run(row.strip(), new PageMeta("Car-free old town by 2028", null, "Jo Marsh", "en", null)).meta().byline()).isEqualTo("Jo Marsh");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By Friday, officials said, the bridge would reopen to traffic in both directions.",
            "By Monday Evening the storm had passed over the coast.",
            "By the numbers: 40 districts, 1.2 million voters.",
            "Byline Festival returns to the harbour"})
    void aSentenceOpeningWithByStays(String first) {
        assertThat(run(first, META).paragraphs()).first().isEqualTo(first);
    }
}
