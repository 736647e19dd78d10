package io.articlex.quotes;

import io.articlex.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.articlex.quotes.QuoteStageTest.quotes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look-ups the resolver makes in the article (a description's role, a surname's full name, a
 * pronoun's antecedent) read only the paragraphs that can answer them: these shapes pin down that the
 * answers are those of a reading of the whole article.
 */
class ResolverLookupsTest {

    /** The speaker of each quote the stage finds in an article of these paragraphs, in order. */
    private static List<String> speakers(String... paragraphs) {
        return quotes(paragraphs).stream().map(Quote::speaker).toList();
    }

    @Test
    void aDescriptionTakesTheNearestPersonNamedInItsRole() {
        assertThat(speakers(
                "Finance minister Jana Holm presented the budget on Monday.",
                "The opposition called it a trick.",
                "Lars Ek, the finance minister of the neighbouring state, praised it.",
                "\"It is balanced,\" the finance minister said.")).containsExactly("Lars Ek");
    }

    @Test
    void aRoleWrittenInCapitalsStillMatchesItsDescription() {
        assertThat(speakers(
                "Jana Holm, the Finance Minister, presented the budget.",
                "\"It is balanced,\" the minister said.")).containsExactly("Jana Holm");
    }

    @Test
    void aSurnameTakesTheFullNameFromAParagraphFarAway() {
        assertThat(speakers(
                "Council clerk Tobias Renn filed the report.",
                "The council met on Tuesday.",
                "Nobody asked about the delay.",
                "\"It was due on Friday,\" Renn said.")).containsExactly("Tobias Renn");
    }

    @Test
    void aSurnameTakesTheFullNameFromALaterPlaceInAParagraphThatOpensWithIt() {
        assertThat(speakers(
                "Renn stayed late, so council clerk Tobias Renn filed the report.",
                "\"It was due on Friday,\" Renn said.")).containsExactly("Tobias Renn");
    }

    @Test
    void aSpeakerNamedAgainInTheSameParagraphIsTheSamePersonAndStillAPronounsAntecedent() {
        assertThat(speakers(
                "Council clerk Tobias Renn filed the report.",
                "\"It was due on Friday,\" Renn said. \"It is late,\" Renn said.",
                "\"Nobody asked,\" he said.")).containsExactly("Tobias Renn", "Tobias Renn", "Tobias Renn");
    }

    @Test
    void anHonorificGivesTheGenderAPronounChecks() {
        assertThat(speakers(
                "Mrs. Ada Renn and Tobias Brandt left the hall together.",
                "\"We are done,\" he said.")).containsExactly("Tobias Brandt");
    }

    @Test
    void aCueIsNormalisedToOneSpaceBetweenItsWordsInLowerCase() {
        assertThat(AttributionFinder.normalizeCue("Told\n  Reporters")).isEqualTo("told reporters");
        assertThat(AttributionFinder.normalizeCue("said")).isEqualTo("said");
        assertThat(AttributionFinder.normalizeCue("according\u2009to")).isEqualTo("according\u2009to");
    }

    @Test
    void aPronounTakesThePersonNamedBeforeTheQuoteNotOneNamedAfterIt() {
        assertThat(speakers(
                "The talks ended late on Monday.",
                "Anna Berg met the press. \"We agreed on the text,\" she said, before Tom Reid and Lena Holt left.")).containsExactly("Anna Berg");
    }

    @Test
    void aDescriptionAskedAgainFindsTheSamePerson() {
        assertThat(speakers(
                "Finance minister Jana Holm presented the budget on Monday.",
                "\"It is balanced,\" the finance minister said.",
                "\"It is fair,\" the finance minister said.")).containsExactly("Jana Holm", "Jana Holm");
    }

    @Test
    void aSurnameTakesTheFullNameWrittenMostOftenSoFar() {
        assertThat(speakers(
                "Tobias Renn and Anna Berg met on Monday.",
                "Tobias Renn spoke first, and the clerk Karl Tobias Renn took notes.",
                "\"It was due on Friday,\" Renn said.")).containsExactly("Tobias Renn");
    }

    @Test
    void aParagraphHoldsADescriptionsHeadAsItsLowerCasedTextWould() {
        // the head is looked for in place; these are the answers of the lower-cased copy it replaced
        String[] paragraphs = {"The MINISTER said so.", "ministers", "Mini ster", "“Minister”", "Kelvin \u212A: mask",
                "ÇAVUŞOĞLU, İSTANBUL minister", "Dİ", "Straße", ""};
        for (String word : List.of("minister", "ask", "di", "i", "se", "t", "e m")) {
            for (String p : paragraphs) {
                assertThat(NameIndex.containsLower(p, word)).as("%s in %s", word, p)
                        .isEqualTo(p.toLowerCase(java.util.Locale.ROOT).contains(word));
            }
        }
    }

    @Test
    void aParagraphsArrayHoldsAHeadAsItsLowerCasedTextWould() {
        // read in the paragraph's array (longer than the paragraph: its end bounds the walk), for paragraphs
        // without the two characters past ASCII whose lower case is ASCII
        String[] paragraphs = {"The MINISTER said so.", "ministers", "Mini ster", "“Minister”", "sPOKESMAN Spokesma",
                "a spokesman", "SPOKESMAn", "ÇAVUŞOĞLU, istanbul", "Straße", "s", "the minist", ""};
        for (String word : List.of("minister", "spokesman", "ask", "s", "se", "t", "e m", "istanbul")) {
            for (String p : paragraphs) {
                assertThat(NameIndex.containsLower((p + "er spokesman").toCharArray(), p.length(), word))
                        .as("%s in %s", word, p).isEqualTo(p.toLowerCase(java.util.Locale.ROOT).contains(word));
            }
        }
    }

    @Test
    void theReadingsCharacterClassesAreJavasForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char x = (char) c;
            assertThat(NameIndex.letter(x)).as("letter %04x", c).isEqualTo(Character.isLetter(x));
            assertThat(NameIndex.upper(x)).as("upper %04x", c).isEqualTo(Character.isUpperCase(x));
            assertThat(NameIndex.lower(x)).as("lower %04x", c).isEqualTo(Character.isLowerCase(x));
            assertThat(NameIndex.opener(x)).as("opener %04x", c).isEqualTo("(\"“‘'[".indexOf(x) >= 0);
            assertThat(NameIndex.closer(x)).as("closer %04x", c).isEqualTo(",;:)\"”’!?]".indexOf(x) >= 0);
            assertThat(NameIndex.endsAppositive(x)).as("appositive end %04x", c).isEqualTo(",.;:(\"“«„»".indexOf(x) >= 0);
            boolean space = x == ' ' || x == '\n' || x == '\t' || x == '\r' || x == '\u00a0';
            assertThat(NameIndex.space(x)).as("space %04x", c).isEqualTo(space);
            assertThat(NameIndex.anySpace(x)).as("any space %04x", c).isEqualTo(space || Character.isWhitespace(x));
        }
    }

    @Test
    void aRoleLosesItsDeterminerInEitherCase() {
        assertThat(Roles.clean("The Secretary of State,")).isEqualTo("Secretary of State");
        assertThat(Roles.clean("AN adviser")).isEqualTo("adviser");
        assertThat(Roles.clean("a spokesman.")).isEqualTo("spokesman");
        assertThat(Roles.clean("Theatre director")).isEqualTo("Theatre director");
        assertThat(Roles.clean("anchor")).isEqualTo("anchor");
    }

    @Test
    void theNameWrittenMostOftenIsTheFullName() {
        assertThat(speakers(
                "Crooked Hillary Clinton was named once by a rival.",
                "Hillary Clinton spoke in Ohio, and Hillary Clinton spoke in Iowa.",
                "\"We will win,\" Clinton said.")).containsExactly("Hillary Clinton");
    }

    @Test
    void aRunIsCutToTheNameItHolds() {
        // what each run's reading cuts: a cue verb and an honorific in front, a role before the name, the
        // sentence's full stop and a possessive at the end; the honorific lends the surname its gender
        assertThat(speakers(
                "Said Mrs. Jana Holm's aide, the plan is late. Committee secretary Lars Ek agreed on Tuesday.",
                "Ek and the White House.",
                "\"It is late,\" Holm said. \"We know,\" she said.",
                "\"It was due,\" Ek said.")).containsExactly("Jana Holm", "Jana Holm", "Lars Ek");
    }

    @Test
    void aSurnameAskedForItsGenderAndItsFullNameGetsBothFromOneSearch() {
        NameIndex index = new NameIndex(List.of(
                "Mrs. Holm spoke first, in the al-Rashid hall.",
                "Finance minister Jana Holm presented the budget.",
                "Holm said the plan was fair."));
        // the gender first (a pronoun's question), then the full name, before and after the name is written
        assertThat(index.genderOf("Holm")).isEqualTo('f');
        assertThat(index.fullName("Holm", 2)).isEqualTo("Jana Holm");
        assertThat(index.fullName("Holm", 0)).isEqualTo("Jana Holm");
        assertThat(index.withSurnameOf("Jana Holm")).extracting(NameIndex.Occurrence::paragraph).containsExactly(1);
        assertThat(index.genderOf("Rashid")).isNull();
    }
}
