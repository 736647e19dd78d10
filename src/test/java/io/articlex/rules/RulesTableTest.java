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

    @Test
    void theBuiltOutletTableIsTheOneTheRulesMake() throws Exception {
        OutletTable table = RulesTable.readOutlets();
        assertThat(table).as("the build writes " + RulesTable.OUTLETS_RESOURCE).isNotNull();
        sameTable(table, OutletTable.of(Rules.fromJson()));
        sameTable(OutletTable.builtIn(), OutletTable.of(Rules.fromJson()));
        assertThat(OutletTable.builtIn().find("Синьхуа")).isPresent();
    }

    @Test
    void outletTableWriteThenReadGivesTheSameTable() throws Exception {
        Rules rules = Rules.builtIn().merge(Rules.parse(new ByteArrayInputStream("""
                {"outlets": [{"code": "ZZ", "name": "Агентство Зет", "aliases": ["Zet Press"],
                              "datelines": ["ZZ/(?<loc>\\\\p{Lu}+) -\\\\s?"]}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        OutletTable made = OutletTable.of(rules);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RulesTable.writeOutlets(made, out);
        OutletTable read = RulesTable.readOutlets(new ByteArrayInputStream(out.toByteArray()));
        sameTable(read, made);
        assertThat(read.find("агентство зет")).map(OutletTable.Outlet::code).hasValue("ZZ");
        // the user's shape comes first, before the built-in outlets' own (MTI's)
        assertThat(read.datelineShapes()).hasSize(made.datelineShapes().size());
        assertThat(read.datelineShapes().get(0).pattern().pattern()).isEqualTo("ZZ/(?<loc>\\p{Lu}+) -\\s?");
    }

    @Test
    void aTableOfAnotherLayoutIsRefused() {
        byte[] old = {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RulesTable.read(new ByteArrayInputStream(old)))
                .isInstanceOf(java.io.IOException.class);
    }

    private static void sameTable(OutletTable actual, OutletTable expected) {
        assertThat(actual.byKey()).isEqualTo(expected.byKey());
        assertThat(actual.written()).isEqualTo(expected.written());
        assertThat(actual.datelineShapes()).hasSameSizeAs(expected.datelineShapes());
        assertThat(actual.byKey()).hasSizeGreaterThan(200);
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
