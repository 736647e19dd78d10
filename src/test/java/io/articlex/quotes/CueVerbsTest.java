package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The inflection of cue-verbs.txt lemmas into the forms attributions use. */
class CueVerbsTest {

    @Test
    void regularVerbsGetEveryTenseButTheBareNounLikeBase() {
        assertThat(CueVerbs.forms("note")).containsExactly("notes", "noted", "noting");
        assertThat(CueVerbs.forms("reply")).containsExactly("replies", "replied", "replying");
        assertThat(CueVerbs.forms("gush")).containsExactly("gushes", "gushed", "gushing");
        assertThat(CueVerbs.forms("agree")).containsExactly("agrees", "agreed", "agreeing");
    }

    @Test
    void irregularAndDoubledFormsComeFromTheLine() {
        assertThat(CueVerbs.forms("write | wrote | written")).containsExactly("writes", "wrote", "written", "writing");
        assertThat(CueVerbs.forms("admit | admitted")).containsExactly("admits", "admitted", "admitting");
        assertThat(CueVerbs.forms("put it | put | put | putting")).containsExactly("puts it", "put it", "putting it");
    }

    @Test
    void phrasalVerbsInflectTheirFirstWord() {
        assertThat(CueVerbs.forms("chime in")).containsExactly("chimes in", "chimed in", "chiming in");
        assertThat(CueVerbs.forms("point out")).contains("points out", "pointed out");
    }

    @Test
    void theLexiconKnowsTheBroadVocabulary() {
        CueMatcher cues = Lexicon.get().cues;
        for (String form : new String[] {"exclaimed", "implored", "interjected", "gushed", "scoffed", "suggests",
                "began", "written", "lamented", "remembered"}) {
            assertThat(cues.isWord(form)).as(form).isTrue();
        }
        assertThat(cues.contains("as she puts it")).isTrue();
        assertThat(cues.contains("the senator chimed in")).isTrue();
        assertThat(cues.isWord("state")).as("a bare base form is too often a noun").isFalse();
    }
}
