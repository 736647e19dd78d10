package io.articlex.assembly;

import io.articlex.boilerplate.BoilerplateStage;
import io.articlex.dateline.HeadStage;
import io.articlex.dateline.SourceStage;
import io.articlex.dates.DateHint;
import io.articlex.html.OpeningOnly;
import io.articlex.language.LanguageStage;
import io.articlex.quotes.QuoteStage;
import io.articlex.rules.RuleSet;
import io.articlex.rules.Rules;

import java.util.List;
import java.util.function.Predicate;

/**
 * The stage lists the parser runs: {@link #text()} for article text, {@link #page()} for the
 * paragraphs of a saved page (the same stages, the head stage on the opening of the body only, see
 * {@link OpeningOnly}, the boilerplate stage without the rules that re-cut a body the page's markup
 * already cut, see {@link BoilerplateStage#forPages()}). Both share one instance of each stage, so the rules are compiled once. The
 * assembly lives above the stages: every stage depends only on the contract in
 * {@code io.articlex.pipeline}, and only this package depends on the stages, by name, so a variant
 * (a date hint for the head stage) is built from the stage it changes, not found by its type.
 */
public final class Presets {

    private final LanguageStage language;
    private final HeadStage head;
    private final BoilerplateStage boilerplate;
    private final SourceStage source;
    private final QuoteStage quotes;
    private final Pipeline text;
    private final Pipeline page;

    private Presets(LanguageStage language, BoilerplateStage boilerplate, HeadStage head, SourceStage source,
                    QuoteStage quotes, Pipeline text, Pipeline page) {
        this.language = language;
        this.boilerplate = boilerplate;
        this.head = head;
        this.source = source;
        this.quotes = quotes;
        this.text = text;
        this.page = page;
    }

    private static Presets of(LanguageStage language, BoilerplateStage boilerplate, HeadStage head, SourceStage source,
                              QuoteStage quotes) {
        return new Presets(language, boilerplate, head, source, quotes,
                new Pipeline(List.of(language, boilerplate, head, source, quotes)),
                new Pipeline(List.of(language, boilerplate.forPages(), new OpeningOnly(head), source, quotes)));
    }

    /** On the built-in rules. */
    public static Presets builtIn() {
        return of(RuleSet.builtIn());
    }

    /** On other rule data (the built-ins with a user's rules merged over them, say). */
    public static Presets of(Rules rules) {
        return of(RuleSet.of(rules));
    }

    /** Every rule-driven stage on the one rule set, so a user file reaches each stage it concerns. */
    private static Presets of(RuleSet rules) {
        return of(new LanguageStage(), BoilerplateStage.on(rules), HeadStage.on(rules), SourceStage.on(rules), new QuoteStage());
    }

    /** Lists of one's own (benchmarks leaving a stage out); {@link #withDateHint} leaves them as they are. */
    public static Presets custom(Pipeline text, Pipeline page) {
        return new Presets(null, null, null, null, null, text, page);
    }

    /** These presets with the head stage reading year-less dates with {@code hint}. */
    public Presets withDateHint(DateHint hint) {
        return head == null ? this : of(language, boilerplate, head.withDateHint(hint), source, quotes);
    }

    public Pipeline text() {
        return text;
    }

    /**
     * Which lines the segmenter keeps apart as page chrome: by the boilerplate stage's rules, so user
     * chrome rules split text the way they strip it; the built-in rules for custom lists.
     */
    public Predicate<String> chromeLines() {
        return boilerplate != null ? boilerplate::isChrome : BoilerplateStage::isChromeLine;
    }

    public Pipeline page() {
        return page;
    }
}
