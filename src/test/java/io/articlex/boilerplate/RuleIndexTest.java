package io.articlex.boilerplate;

import io.articlex.rules.Rules;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RuleIndexTest {

    @Test
    void theBuiltTableGivesWhatReadingEachSourceGives() throws Exception {
        RuleIndex table;
        try (InputStream in = RuleIndex.class.getResourceAsStream(RuleIndex.RESOURCE)) {
            assertThat(in).as("the build writes " + RuleIndex.RESOURCE).isNotNull();
            table = RuleIndex.read(in);
        }
        Map<String, RegexFacts> asked = RuleIndex.recordBuiltIn();
        // every pattern the stage asks about is in the table, with the facts its source gives
        assertThat(table.entries()).isEqualTo(asked);
        assertThat(asked).hasSizeGreaterThan(100);
        for (Map.Entry<String, RegexFacts> e : asked.entrySet()) {
            int space = e.getKey().indexOf(' ');
            RegexFacts fromSource = RegexFacts.of(e.getKey().substring(space + 1), Integer.parseInt(e.getKey().substring(0, space)));
            assertThat(table.entries().get(e.getKey())).as(e.getKey()).isEqualTo(fromSource);
            String regex = e.getKey().substring(space + 1);
            int flags = Integer.parseInt(e.getKey().substring(0, space));
            assertThat(table.needles(regex, flags)).as(e.getKey()).isEqualTo(Needles.of(regex, flags));
        }
    }

    @Test
    void aPatternOutsideTheTableHasItsSourceRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleIndex.write(Map.of(), out);
        RuleIndex empty = RuleIndex.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(empty.facts("(?i)read more", 0)).isEqualTo(RegexFacts.of("(?i)read more", 0));
        assertThat(empty.facts("Reuters", 0).maxLength()).isEqualTo(7);
        assertThat(empty.needles("(?i)(read more|lire aussi)", 0)).containsExactly("read more", "lire aussi");
    }

    @Test
    void stagesWithTheIndexAndWithoutIt_judgeEveryLineAlike() {
        BoilerplateStage.Compiled indexed = new BoilerplateStage.Compiled(Rules.builtIn());
        BoilerplateStage.Compiled read = new BoilerplateStage.Compiled(Rules.builtIn(), RuleIndex.FROM_SOURCE);
        String[] lines = {"Reuters", "(Reporting by Jo Lin; Editing by Sam Park)", "Read more:", "Share this article",
                "All rights reserved.", "The council said on Tuesday that the bridge would close.", "Copyright 2024 AFP",
                "Follow us on Twitter", "Photo: AP Photo/Jane Doe", "Lire aussi : Le pont rouvre", "Mehr zum Thema:", "jb-fz/rl",
                "ANKARA (AA) -", "(END)", "Enditem", "___", ""};
        for (String line : lines) {
            assertThat(indexed.lineReason(line)).as(line).isEqualTo(read.lineReason(line));
            assertThat(indexed.marker(line) != null).as(line).isEqualTo(read.marker(line) != null);
        }
        assertThat(indexed.lineReason("Enditem")).isNotNull();
    }
}
