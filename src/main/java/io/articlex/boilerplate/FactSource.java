package io.articlex.boilerplate;

/** Gives the pre-checks of a rule's pattern, by its source and flags: from the {@link RuleIndex} or read from the source. */
interface FactSource {
    RegexFacts facts(String regex, int flags);
}
