package io.articlex.assembly;

import io.articlex.limits.Deadline;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

import java.util.List;

/** An ordered, immutable list of stages; the presets the parser runs are in {@link Presets}. */
public record Pipeline(List<Stage> stages) {

    public Pipeline {
        stages = List.copyOf(stages);
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
