package io.articlex.language;

import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

/**
 * Sets the article's language before the other stages run, so that their language-specific rules
 * (cue verbs, quotation marks) follow it. A page's declared language ({@code <html lang>}, its
 * metadata) stays first; text input, which declares none, gets {@link LanguageDetector}'s answer
 * from its paragraphs.
 */
public final class LanguageStage implements Stage {

    @Override
    public Draft apply(Draft draft) {
        if (draft.meta().language() != null) {
            return draft;
        }
        StringBuilder text = new StringBuilder();
        for (String p : draft.paragraphs()) {
            if (text.length() >= LanguageDetector.PREFIX) {
                break;
            }
            text.append(p).append('\n');
        }
        String lang = LanguageDetector.detect(text);
        return lang == null ? draft : draft.withMeta(draft.meta().withLanguage(lang));
    }
}
