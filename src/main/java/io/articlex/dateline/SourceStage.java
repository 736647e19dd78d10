package io.articlex.dateline;

import io.articlex.model.Removed;
import io.articlex.model.Source;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

/**
 * Names the outlet credited with the article: the dateline's agency first, then a sign-off recorded
 * by the boilerplate stage, then the page's site name; each expanded through the {@link OutletTable}.
 */
public final class SourceStage implements Stage {

    private final OutletTable outlets = OutletTable.builtIn();

    @Override
    public Draft apply(Draft draft) {
        String code = draft.dateline() == null ? null : draft.dateline().agency();
        if (code == null) {
            for (Removed r : draft.removed()) {
                if (r.reason().equals("sign-off") && outlets.find(r.text()).isPresent()) {
                    code = r.text();
                    break;
                }
            }
        }
        if (code == null && draft.meta().siteName() != null) {
            return draft.withSource(new Source(draft.meta().siteName(), null));
        }
        if (code == null) {
            return draft;
        }
        String written = code;
        return draft.withSource(outlets.find(code)
                .map(o -> new Source(o.name(), written))
                .orElse(new Source(written, written)));
    }
}
