package io.articlex.pipeline;

import io.articlex.boilerplate.BoilerplateStage;
import io.articlex.dates.DateHint;
import io.articlex.dateline.HeadStage;
import io.articlex.dateline.SourceStage;
import io.articlex.language.LanguageStage;
import io.articlex.limits.Deadline;
import io.articlex.quotes.QuoteStage;
import io.articlex.rules.Rules;

import java.util.List;

/**
 * An ordered, immutable list of stages. {@link #TEXT} is the preset every input runs through once it
 * has been turned into paragraphs.
 */
public record Pipeline(List<Stage> stages) {

    public static final Pipeline TEXT = new Pipeline(List.of(
            new LanguageStage(),
            new BoilerplateStage(),
            new HeadStage(),
            new SourceStage(),
            new QuoteStage()));

    public Pipeline {
        stages = List.copyOf(stages);
    }

    /** The {@link #TEXT} stages on other rule data (the built-ins with a user's rules merged over them, say). */
    public static Pipeline text(Rules rules) {
        return new Pipeline(List.of(
                new LanguageStage(),
                new BoilerplateStage(rules),
                new HeadStage(rules),
                new SourceStage(rules),
                new QuoteStage()));
    }

    /** These stages with the head stage reading year-less dates with {@code hint}. */
    public Pipeline withDateHint(DateHint hint) {
        List<Stage> out = new java.util.ArrayList<>(stages.size());
        for (Stage s : stages) {
            out.add(s instanceof HeadStage h ? h.withDateHint(hint) : s);
        }
        return new Pipeline(out);
    }

    public Draft run(Draft draft) {
        Draft d = draft;
        for (Stage s : stages) {
            Deadline.check();
            d = s.apply(d);
        }
        return d;
    }
}
