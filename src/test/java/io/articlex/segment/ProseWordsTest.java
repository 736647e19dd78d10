package io.articlex.segment;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ProseWordsTest {

    @Test
    void countsWhatTheRegexCounts() {
        Pattern word = Pattern.compile("\\S+");
        for (String s : new String[] {"", "  ", "one", " two  words ", "tab\tand\nnew\u000Bline\fform\rfeed",
                "no\u00A0break space stays one word", "«Да», — сказал он."}) {
            assertThat(Prose.words(s)).as(s).isEqualTo((int) word.matcher(s).results().count());
        }
    }
}
