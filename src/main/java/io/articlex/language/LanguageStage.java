package io.articlex.language;

import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

import java.util.List;

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
        // the paragraphs joined by line breaks, up to the prefix the detector reads, copied straight
        // into the array it walks: a StringBuilder (its growth copies, then a copy out of it) was about
        // a tenth of the detection of a short story
        List<String> paragraphs = draft.paragraphs();
        int size = 0;
        for (int i = 0; i < paragraphs.size() && size < LanguageDetector.PREFIX; i++) {
            size += paragraphs.get(i).length() + 1;
        }
        int n = Math.min(size, LanguageDetector.PREFIX);
        char[] chars = BUFFER.get(); // the detector only reads it during the call
        if (chars.length < n) {
            chars = new char[LanguageDetector.PREFIX];
            BUFFER.set(chars);
        }
        int len = 0;
        for (int i = 0; i < paragraphs.size() && len < n; i++) {
            String p = paragraphs.get(i);
            int take = Math.min(p.length(), n - len);
            p.getChars(0, take, chars, len);
            len += take;
            if (len < n) {
                chars[len++] = '\n';
            }
        }
        String lang = LanguageDetector.detect(chars, n);
        return lang == null ? draft : draft.withMeta(draft.meta().withLanguage(lang));
    }

    /**
     * The prefix's array, one per thread: a fresh one of up to {@link LanguageDetector#PREFIX} chars for
     * every story was its largest allocation but one (JFR's allocation samples, a batch of short stories).
     */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[LanguageDetector.PREFIX]);
}
