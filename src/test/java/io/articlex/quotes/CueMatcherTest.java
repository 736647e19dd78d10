package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CueMatcherTest {

    private final CueMatcher cues = new CueMatcher(List.of("said", "told", "according to", "Said"));

    @Test
    void findsWholeWordCuesInOrderWithTheirNormalisedText() {
        String text = "He said so, told them, and according \n  to   aides\tSaid it; unsaid saids.";
        assertThat(cues.all(text)).extracting(CueMatcher.Hit::cue)
                .containsExactly("said", "told", "according to", "said");
        CueMatcher.Hit first = cues.next(text, 0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("said");
        CueMatcher.Hit last = cues.last(text);
        assertThat(last.cue()).isEqualTo("said");
        assertThat(text.substring(last.start(), last.end())).isEqualTo("Said");
        CueMatcher.Hit phrase = cues.next(text, first.end() + 5);
        assertThat(phrase.cue()).isEqualTo("told");
        phrase = cues.next(text, phrase.end());
        assertThat(text.substring(phrase.start(), phrase.end())).isEqualTo("according \n  to");
        assertThat(phrase.cue()).isEqualTo("according to");
    }

    @Test
    void noCueGivesNullAndFalse() {
        assertThat(cues.next("unsaid saids", 0)).isNull();
        assertThat(cues.last("unsaid saids")).isNull();
        assertThat(cues.contains("unsaid saids")).isFalse();
        assertThat(cues.contains("she told")).isTrue();
        assertThat(cues.last(new StringBuilder("said, said and told"))).isEqualTo(new CueMatcher.Hit(15, 19, "told"));
    }

    @Test
    void phrasesSplitIntoWordsAsSplitOnWhitespaceRunsWould() {
        for (String p : List.of("said", "according to", "went on  to\tsay", "a\u000Bb\fc\rd\ne", "", "non\u00A0breaking")) {
            assertThat(io.articlex.resource.Resources.words(p)).as(p).containsExactly(p.split("\\s+"));
        }
    }

    @Test
    void theMemoOfTheLastTextAnswersAsAScanWould() {
        CueMatcher m = new CueMatcher(List.of("said", "told", "according to", "went on to say", "say", "Said"));
        String[] texts = {"He said so, told them, and according \n  to aides she went on to say it", "", "no cue here",
            "said", "Said told said", "unsaid saids went on to  say"};
        for (String text : texts) {
            // a StringBuilder is never memoised: its answers are the scan's
            StringBuilder scanned = new StringBuilder(text);
            List<CueMatcher.Hit> want = new java.util.ArrayList<>();
            for (CueMatcher.Hit h = m.next(scanned, 0); h != null; h = m.next(scanned, h.end())) {
                want.add(h);
            }
            assertThat(m.all(text)).as(text).isEqualTo(want);
            assertThat(m.all(new String(text))).as(text).isEqualTo(want); // an equal string, not the same one
            assertThat(m.last(text)).isEqualTo(want.isEmpty() ? null : want.get(want.size() - 1));
            assertThat(m.contains(text)).isEqualTo(!want.isEmpty());
            for (int from = -1; from <= text.length() + 1; from++) {
                assertThat(m.next(text, from)).as(text + " from " + from).isEqualTo(m.next(scanned, from));
            }
        }
    }

    /**
     * The table the build wrote (read by the lexicon) finds what a matcher made from today's word lists
     * finds, phrase by phrase and in running text, and knows the same one-word cues: a stale or misread
     * table fails here.
     */
    @Test
    void the_built_table_matches_a_matcher_made_from_the_word_lists() throws java.io.IOException {
        List<String> phrases = Lexicon.cuePhrases(Lexicon.judgingForms());
        CueMatcher made = new CueMatcher(phrases);
        io.articlex.rules.PackedTable.Writer w = new io.articlex.rules.PackedTable.Writer(7);
        made.write(w);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        w.writeTo(bytes);
        CueMatcher reread = CueMatcher.read(new io.articlex.rules.PackedTable.Reader(
                new java.io.ByteArrayInputStream(bytes.toByteArray()), 7));
        CueMatcher built = Lexicon.get().cues;
        assertThat(built.singleWords()).isEqualTo(made.singleWords()).contains("said", "told");
        assertThat(reread.singleWords()).isEqualTo(made.singleWords());
        StringBuilder story = new StringBuilder();
        int found = 0;
        for (String p : phrases) {
            String text = "Then " + p + " the minister, and " + p + ".";
            assertThat(built.all(text)).as(p).isEqualTo(made.all(text));
            found += made.all(text).isEmpty() ? 0 : 1;
            assertThat(reread.all(text)).as(p).isEqualTo(made.all(text));
            story.append(text).append(' ');
        }
        assertThat(found).as("phrases found in a sentence").isGreaterThan(phrases.size() * 9 / 10);
        assertThat(built.all(story)).isEqualTo(made.all(story));
        assertThat(Lexicon.get().judging).isEqualTo(java.util.Set.copyOf(Lexicon.judgingForms()));
    }
}
