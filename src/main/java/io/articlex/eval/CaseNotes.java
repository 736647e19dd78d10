package io.articlex.eval;

import java.util.List;

/**
 * What went wrong on one case, for a person fixing the parser: each line names the metric and shows
 * gold against prediction ({@code dateline.location: gold "TEHRAN", got null}).
 *
 * @param input the input file name
 * @param notes one line per miss, in metric order
 */
public record CaseNotes(String input, List<String> notes) {
    public CaseNotes {
        notes = List.copyOf(notes);
    }
}
