package io.articlex.rules;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTableTest {

    @Test
    void theBuiltTableHoldsWhatTheJsonDocumentsGive() throws Exception {
        Rules table = RulesTable.read();
        assertThat(table).as("the build writes " + RulesTable.RESOURCE).isNotNull();
        same(table, Rules.fromJson());
        same(Rules.builtIn(), Rules.fromJson());
    }

    @Test
    void writeThenReadGivesTheSameRules() throws Exception {
        Rules rules = Rules.builtIn().merge(Rules.parse(new ByteArrayInputStream("""
                {"outlets": [{"code": null, "name": "The Gazette", "chrome": ["Subscribe to The Gazette"]}],
                 "rules": [{"reason": "share", "line": ["(?i)share this"]}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RulesTable.write(rules, out);
        same(RulesTable.read(new ByteArrayInputStream(out.toByteArray())), rules);
    }

    private static void same(Rules actual, Rules expected) {
        assertThat(actual.outlets()).isEqualTo(expected.outlets());
        assertThat(actual.patternRules()).isEqualTo(expected.patternRules());
        assertThat(actual.datelines()).hasSameSizeAs(expected.datelines());
        for (int i = 0; i < expected.datelines().size(); i++) {
            assertThat(actual.datelines().get(i).agency()).isEqualTo(expected.datelines().get(i).agency());
            assertThat(actual.datelines().get(i).pattern().pattern()).isEqualTo(expected.datelines().get(i).pattern().pattern());
            assertThat(actual.datelines().get(i).pattern().flags()).isEqualTo(expected.datelines().get(i).pattern().flags());
        }
        for (Rules.Kind k : Rules.Kind.values()) {
            assertThat(actual.rules(k)).isEqualTo(expected.rules(k));
        }
        assertThat(List.of(actual.outlets().size(), actual.patternRules().size())).allMatch(n -> n > 0);
    }
}
