package io.articlex.pipeline;

import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.model.Removed;
import io.articlex.model.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * The article as it moves through the {@link Stage}s: each stage takes a draft and returns a new one.
 * Immutable; the {@code with...} methods copy.
 *
 * @param paragraphs the body candidates still standing, in order
 * @param meta       what the input format knew before the text pipeline ran (page metadata for HTML)
 */
public record Draft(
        List<String> paragraphs,
        String title,
        Dateline dateline,
        Source source,
        List<Quote> quotes,
        List<Person> people,
        List<Person> sources,
        List<String> related,
        List<Removed> removed,
        List<String> warnings,
        PageMeta meta) {

    /** Warnings beyond this many are counted, not listed: a hostile input must not produce megabytes of them. */
    public static final int MAX_WARNINGS = 20;

    public Draft {
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        meta = meta == null ? PageMeta.NONE : meta;
    }

    public static Draft of(List<String> paragraphs, PageMeta meta, List<String> warnings) {
        return new Draft(paragraphs, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), warnings, meta);
    }

    public Draft withParagraphs(List<String> p) {
        return new Draft(p, title, dateline, source, quotes, people, sources, related, removed, warnings, meta);
    }

    public Draft withTitle(String t) {
        return new Draft(paragraphs, t, dateline, source, quotes, people, sources, related, removed, warnings, meta);
    }

    public Draft withDateline(Dateline d) {
        return new Draft(paragraphs, title, d, source, quotes, people, sources, related, removed, warnings, meta);
    }

    public Draft withSource(Source s) {
        return new Draft(paragraphs, title, dateline, s, quotes, people, sources, related, removed, warnings, meta);
    }

    public Draft withQuotes(List<Quote> q, List<Person> p) {
        return withQuotes(q, p, List.of());
    }

    /** The quotes, the people quoted, and the other sources quoted (organisations, unnamed descriptions). */
    public Draft withQuotes(List<Quote> q, List<Person> p, List<Person> s) {
        return new Draft(paragraphs, title, dateline, source, q, p, s, related, removed, warnings, meta);
    }

    public Draft withMeta(PageMeta m) {
        return new Draft(paragraphs, title, dateline, source, quotes, people, sources, related, removed, warnings, m);
    }

    /** The article's language (BCP 47) as declared or detected so far, or null. */
    public String language() {
        return meta.language();
    }

    public Draft withRelated(List<String> r) {
        return new Draft(paragraphs, title, dateline, source, quotes, people, sources, r, removed, warnings, meta);
    }

    /** Adds removed spans (in the order given) after those already recorded. */
    public Draft withRemoved(List<Removed> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Removed> all = new ArrayList<>(removed);
        all.addAll(more);
        return new Draft(paragraphs, title, dateline, source, quotes, people, sources, related, all, warnings, meta);
    }

    /** Adds a warning, keeping at most {@link #MAX_WARNINGS}; the last slot then says how many were dropped. */
    public Draft warn(String warning) {
        List<String> all = new ArrayList<>(warnings);
        if (all.size() < MAX_WARNINGS) {
            all.add(warning);
        } else {
            all.set(MAX_WARNINGS - 1, "more warnings were dropped");
        }
        return new Draft(paragraphs, title, dateline, source, quotes, people, sources, related, removed, all, meta);
    }

    public Article toArticle() {
        return new Article(title, dateline, source, paragraphs, quotes, related, removed, warnings, people, sources,
                meta.byline(), meta.published(), meta.language());
    }
}
