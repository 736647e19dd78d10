package io.articlex.model;

import java.util.List;

/**
 * The parsed article: what {@code articlex parse} prints for one input (less the {@code file} member).
 * Every list is non-null and immutable; scalar members are null when the article lacks them.
 */
public record Article(
        String title,
        Dateline dateline,
        Source source,
        List<String> paragraphs,
        List<Quote> quotes,
        List<String> related,
        List<Removed> removed,
        List<String> warnings,
        List<Person> people,
        List<Person> sources,
        String byline,
        String published,
        String language) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
        related = List.copyOf(related);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        people = List.copyOf(people);
        sources = List.copyOf(sources);
    }

    /** An article that quotes no organisation or unnamed source. */
    public Article(String title, Dateline dateline, Source source, List<String> paragraphs, List<Quote> quotes,
                   List<String> related, List<Removed> removed, List<String> warnings, List<Person> people,
                   String byline, String published, String language) {
        this(title, dateline, source, paragraphs, quotes, related, removed, warnings, people, List.of(), byline,
                published, language);
    }
}
