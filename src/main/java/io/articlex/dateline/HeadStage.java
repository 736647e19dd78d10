package io.articlex.dateline;

import io.articlex.model.Dateline;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the head of the story: a headline on the first line becomes {@code title}, and a dateline at
 * the start of the first body paragraph becomes {@code dateline} and is cut from the paragraph.
 */
public final class HeadStage implements Stage {

    private final DatelineParser datelines = new DatelineParser(OutletTable.builtIn());

    @Override
    public Draft apply(Draft draft) {
        List<String> paragraphs = new ArrayList<>(draft.paragraphs());
        String title = draft.meta().title();
        if (paragraphs.size() > 1 && datelines.parse(paragraphs.get(0)).isEmpty()
                && looksLikeHeadline(paragraphs.get(0))) {
            title = paragraphs.remove(0);
        }
        Dateline dateline = null;
        if (!paragraphs.isEmpty()) {
            Optional<DatelineParser.Match> m = datelines.parse(paragraphs.get(0));
            if (m.isPresent()) {
                dateline = m.get().dateline();
                String rest = paragraphs.get(0).substring(m.get().end()).strip();
                if (rest.isEmpty()) {
                    paragraphs.remove(0);
                } else {
                    paragraphs.set(0, rest);
                }
            }
        }
        return draft.withParagraphs(paragraphs).withTitle(title).withDateline(dateline);
    }

    static boolean looksLikeHeadline(String p) {
        return p.length() <= 200 && !p.endsWith(".") && !p.endsWith(":") && p.split(" ").length <= 30;
    }
}
