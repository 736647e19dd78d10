package io.articlex.dateline;

import io.articlex.rules.Rules;

/**
 * The outlet table of a stage's rules, built on first use and then kept. The built-in table is shared
 * by every stage; a table of user rules ({@code --rules}) is built once per stage, because building it
 * for every article made a run with a rules file twice as slow as one without.
 */
final class LazyOutletTable {

    private final Rules rules;
    private volatile OutletTable table;

    /** @param rules the stage's rules, or null for the built-ins */
    LazyOutletTable(Rules rules) {
        this.rules = rules;
    }

    OutletTable get() {
        if (rules == null) {
            return OutletTable.builtIn();
        }
        OutletTable t = table;
        if (t == null) {
            table = t = OutletTable.of(rules);
        }
        return t;
    }
}
