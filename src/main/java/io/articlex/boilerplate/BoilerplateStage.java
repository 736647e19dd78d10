package io.articlex.boilerplate;

import io.articlex.model.Removed;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips wire-service and page boilerplate from the body: navigation crumbs glued to a paragraph,
 * related-link lists, share prompts, sign-offs and copyright lines. Every stripped span is recorded
 * in {@code removed} with its reason.
 */
public final class BoilerplateStage implements Stage {

    /** A crumb glued to the start of a paragraph: site name and section run together ("Iran PressIran News:"). */
    private static final Pattern GLUED_CRUMB = Pattern.compile("^(\\p{Lu}[\\p{L} ]{1,30}\\p{Ll}\\p{Lu}[\\p{L} ]{1,30}:)\\s*");
    private static final Pattern RELATED_HEAD = Pattern.compile("(?i)^(read more|related|also read|see also|related news|more news)\\s*:?$");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(reuters?|more)$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)\\s|copyright\\b).*");
    private static final Pattern SHARE = Pattern.compile("(?i)^(bookmark and share|share this( article)?|follow us on .*|follow .{1,40} on (twitter|facebook|telegram).*)$");

    @Override
    public Draft apply(Draft draft) {
        List<String> kept = new ArrayList<>();
        List<String> related = new ArrayList<>(draft.related());
        List<Removed> removed = new ArrayList<>();
        boolean inRelated = false;
        for (String p : draft.paragraphs()) {
            if (inRelated) {
                related.add(p);
                removed.add(new Removed(p, "related-links"));
                continue;
            }
            if (RELATED_HEAD.matcher(p).matches()) {
                inRelated = true;
                removed.add(new Removed(p, "related-links"));
                continue;
            }
            if (SIGN_OFF.matcher(p).matches()) {
                removed.add(new Removed(p, "sign-off"));
                continue;
            }
            if (COPYRIGHT.matcher(p).matches()) {
                removed.add(new Removed(p, "copyright"));
                continue;
            }
            if (SHARE.matcher(p).matches()) {
                removed.add(new Removed(p, "share"));
                continue;
            }
            Matcher crumb = GLUED_CRUMB.matcher(p);
            if (crumb.find() && crumb.end() < p.length()) {
                removed.add(new Removed(crumb.group(1), "navigation"));
                p = p.substring(crumb.end());
            }
            kept.add(p);
        }
        return draft.withParagraphs(kept).withRelated(related).withRemoved(removed);
    }
}
