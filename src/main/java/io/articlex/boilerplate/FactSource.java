package io.articlex.boilerplate;

/** Gives the pre-checks of a rule's pattern, by its source and flags: from the {@link RuleIndex} or read from the source. */
interface FactSource {
    RegexFacts facts(String regex, int flags);

    /** The rule's {@link Needles} (null: none), read from its source unless the source knows them. */
    default String[] needles(String regex, int flags) {
        return Needles.of(regex, flags);
    }
}
