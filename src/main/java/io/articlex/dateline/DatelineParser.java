package io.articlex.dateline;

import io.articlex.model.Dateline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dateline at the start of a paragraph. Shapes follow the outlet catalogue: {@code CITY (CODE) SEP},
 * {@code CITY, DATE (CODE) SEP} and the 1987 Reuters {@code CITY, DATE -}.
 */
public final class DatelineParser {

    /** A dateline and where the body text after it starts. */
    public record Match(Dateline dateline, int end) {
    }

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*";
    private static final String DATE = "(?i:" + MONTH + ")\\.?\\s?\\d{1,2}";
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "^(?<loc>\\p{Lu}[\\p{L}.' ,-]{0,60}?)(?:,\\s*(?<date>" + DATE + "))?\\s*\\((?<agency>[^()]{1,30})\\)\\s*(?<sep>--|—|–|-|:|\\.-)?\\s*");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(?<loc>\\p{Lu}[\\p{L}.' ,-]{0,60}?),\\s*(?<date>" + DATE + ")\\s*(?:-|--|—|–)\\s*");

    private final OutletTable outlets;

    public DatelineParser(OutletTable outlets) {
        this.outlets = outlets;
    }

    public Optional<Match> parse(String paragraph) {
        Matcher m = WITH_AGENCY.matcher(paragraph);
        if (m.lookingAt() && outlets.find(m.group("agency")).isPresent()) {
            return Optional.of(match(paragraph, m, m.group("agency").strip()));
        }
        m = PLACE_DATE.matcher(paragraph);
        if (m.lookingAt()) {
            return Optional.of(match(paragraph, m, null));
        }
        return Optional.empty();
    }

    private static Match match(String paragraph, Matcher m, String agency) {
        String text = paragraph.substring(0, m.end()).strip();
        String loc = m.group("loc").strip().replaceAll("[,\\s]+$", "");
        return new Match(new Dateline(text, loc, m.group("date"), agency), m.end());
    }
}
