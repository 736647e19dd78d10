package io.articlex;

import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Removed;
import io.articlex.model.Source;
import io.articlex.rules.Rules;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One user rules file reaches every stage it concerns in one parse: the segmenter (a chrome line keeps
 * the lower-case line under it apart), the head (an outlet's dateline shape), the source (the outlet)
 * and the boilerplate (the chrome line and a sign-off stripped). The outlet is invented, so no built-in
 * rule can stand in for the file.
 */
class RuleSetEveryStageTest {

    private static final String RULES = """
            {"outlets": [{"code": "TVW", "name": "Tarn Valley Wire",
              "chrome": ["Valley weather desk"],
              "signoffs": ["-- TVW Desk"],
              "datelines": ["TVW/(?<loc>\\\\p{Lu}{2,30}), (?<date>\\\\p{L}+ \\\\d{1,2}) --\\\\s?"]}]}
            """;

    private static final String TEXT = """
            Tarnby council backs a second footbridge

            TVW/TARNBY, May 4 -- The Tarnby council voted on Monday to build a second footbridge over the river, \
            a project that has been debated for more than ten years, officials said.

            Valley weather desk
            updates every hour

            The bridge is expected to open next spring and to cost about two million pounds, the council said.

            -- TVW Desk
            """;

    @Test
    void aUserRulesFileChangesSegmentationHeadSourceAndBoilerplate() throws Exception {
        Rules user = Rules.builtIn().merge(Rules.parse(new ByteArrayInputStream(RULES.getBytes(StandardCharsets.UTF_8))));
        Article without = Articlex.parser().parse(TEXT);
        Article with = Articlex.parser(user).parse(TEXT);

        // segmentation: without the rule the two short lines are one paragraph; with it they are two,
        // and the chrome line is stripped while the line under it stays
        assertThat(without.paragraphs()).contains("Valley weather desk updates every hour");
        assertThat(with.paragraphs()).contains("updates every hour").doesNotContain("Valley weather desk updates every hour");
        assertThat(with.removed()).contains(new Removed("Valley weather desk", "navigation"));

        // head: the outlet's dateline shape
        Dateline shaped = new Dateline("TVW/TARNBY, May 4 --", "TARNBY", "May 4", "TVW");
        assertThat(without.dateline()).isNotEqualTo(shaped); // the built-in grammar alone takes TVW/TARNBY for the place
        assertThat(with.dateline()).isEqualTo(shaped);
        assertThat(with.paragraphs().get(0)).startsWith("The Tarnby council voted");

        // source: the outlet the rules name
        assertThat(without.source()).isNull();
        assertThat(with.source()).isEqualTo(new Source("Tarn Valley Wire", "TVW"));

        // boilerplate: the outlet's sign-off
        assertThat(without.paragraphs()).contains("-- TVW Desk");
        assertThat(with.paragraphs()).doesNotContain("-- TVW Desk");
        assertThat(with.removed()).contains(new Removed("-- TVW Desk", "sign-off"));
    }
}
