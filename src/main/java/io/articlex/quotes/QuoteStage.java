package io.articlex.quotes;

import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in the body paragraphs and who said them. A first cut: straight and curly
 * double quotes, an unclosed quote runs to the end of its paragraph, and the speaker is read from a
 * cue verb next to the quote.
 */
public final class QuoteStage implements Stage {

    private static final String CUES = "said|says|added|adding|stressed|noted|told|stated|explained|declared|announced|asked|continued|warned";
    private static final Pattern BEFORE = Pattern.compile(
            "(?<who>(?:[Tt]he |[Aa] )?\\p{Lu}[\\p{L}.'-]*(?: (?:of |the |and )?\\p{Lu}[\\p{L}.'-]*){0,12}|[Hh]e|[Ss]he|[Tt]hey)\\s*(?:,[^,\"“]{0,150},\\s*)?(?<cue>" + CUES + ")(?: that)?\\s*[:,]?\\s*$");
    private static final Pattern AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:(?<who>\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,4}|he|she|they) (?<cue>" + CUES + ")|(?<cue2>" + CUES + ") (?<who2>\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,4}))");

    @Override
    public Draft apply(Draft draft) {
        List<Quote> quotes = new ArrayList<>();
        Draft out = draft;
        List<String> paragraphs = draft.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            int pos = 0;
            while (pos < p.length()) {
                int open = indexOfOpen(p, pos);
                if (open < 0) {
                    break;
                }
                char openChar = p.charAt(open);
                char closeChar = openChar == '“' ? '”' : '"';
                int close = p.indexOf(closeChar, open + 1);
                boolean closed = close >= 0;
                int end = closed ? close : p.length();
                String text = p.substring(open + 1, end).strip();
                if (text.endsWith(",")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (!text.isEmpty() && text.split(" ").length >= 3) {
                    String[] who = attribution(p.substring(0, open), closed ? p.substring(close + 1) : "");
                    quotes.add(new Quote(text, who[0], who[0], who[1], i, closed, false));
                    if (!closed) {
                        out = out.warn("quote in paragraph " + i + " is never closed");
                    }
                }
                pos = closed ? close + 1 : p.length();
            }
        }
        return out.withQuotes(resolve(quotes), people(resolve(quotes)));
    }

    private static int indexOfOpen(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '"' || c == '“') {
                return i;
            }
        }
        return -1;
    }

    private static String[] attribution(String before, String after) {
        Matcher a = AFTER.matcher(after);
        if (a.lookingAt()) {
            String who = a.group("who") != null ? a.group("who") : a.group("who2");
            String cue = a.group("cue") != null ? a.group("cue") : a.group("cue2");
            return new String[] {who, cue};
        }
        Matcher b = BEFORE.matcher(before);
        if (b.find()) {
            return new String[] {b.group("who"), b.group("cue")};
        }
        return new String[] {null, null};
    }

    /** Resolves a surname to the full name introduced earlier, and pronouns to the last named speaker. */
    private static List<Quote> resolve(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        String last = null;
        List<String> names = new ArrayList<>();
        for (Quote q : quotes) {
            String speaker = q.speaker();
            if (speaker != null) {
                if (speaker.matches("(?i)he|she|they")) {
                    speaker = last;
                } else {
                    for (String n : names) {
                        if (n.endsWith(" " + speaker)) {
                            speaker = n;
                        }
                    }
                    if (speaker.contains(" ") && !speaker.matches("(?i)^(the|a) .*")) {
                        names.add(speaker);
                    }
                    last = speaker;
                }
            }
            out.add(new Quote(q.text(), speaker, q.mention(), q.cue(), q.paragraph(), q.closed(), q.partial()));
        }
        return out;
    }

    private static List<Person> people(List<Quote> quotes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.speaker() != null) {
                counts.merge(q.speaker(), 1, Integer::sum);
            }
        }
        List<Person> people = new ArrayList<>();
        counts.forEach((name, n) -> people.add(new Person(name, List.of(), n)));
        return people;
    }
}
