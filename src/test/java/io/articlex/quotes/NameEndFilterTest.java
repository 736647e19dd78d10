package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-check that spares the name index reading a paragraph: it may pass a paragraph that gives no
 * name (the reading then finds none), but must never refuse one that gives a name ending in the word.
 */
class NameEndFilterTest {

    @Test
    void aFullNameEndingInTheWordPasses() {
        assertThat(NameIndex.mayEndName("Senators met Donald Trump on Monday.", "Trump", true)).isTrue();
        assertThat(NameIndex.mayEndName("It was Ludwig van Beethoven's.", "Beethoven", true)).isTrue();
        assertThat(NameIndex.mayEndName("\"Donald Trump said so.\"", "Trump", true)).isTrue();
    }

    @Test
    void aSurnameWrittenAloneIsRefused() {
        assertThat(NameIndex.mayEndName("Trump said no.", "Trump", true)).isFalse();
        assertThat(NameIndex.mayEndName("said Trump, who", "Trump", true)).isFalse();
        assertThat(NameIndex.mayEndName("At a rally in Novi, Michigan, Trump spoke.", "Trump", true)).isFalse();
        assertThat(NameIndex.mayEndName("Trumpet players", "Trump", true)).isFalse();
    }

    @Test
    void aWordTheReadingCutsBeforeTheSurnameLeavesNoFullName() {
        assertThat(NameIndex.mayEndName("President Trump spoke.", "Trump", true)).isFalse();
        assertThat(NameIndex.mayEndName("He met Mr. Trump.", "Trump", true)).isFalse();
        assertThat(NameIndex.mayEndName("But Trump spoke.", "Trump", true)).isFalse();
        assertThat(NameIndex.mayEndName("It rained on Tuesday. Trump spoke.", "Trump", true)).isFalse();
        // a clause opener inside a run may be part of a name: kept
        assertThat(NameIndex.mayEndName("He met Jane But Trump.", "Trump", true)).isTrue();
    }

    @Test
    void aLaterPlaceOfTheWordCanEndANameWhereTheFirstCannot() {
        assertThat(NameIndex.mayEndName("Trump said no, and then Donald Trump left.", "Trump", true)).isTrue();
        assertThat(NameIndex.mayEndName("Trump said no, and Trumpet players left.", "Trump", true)).isFalse();
    }

    @Test
    void anHonorificBeforeTheSurnameStillGivesItsGender() {
        assertThat(NameIndex.mayEndName("He met Mr. Trump.", "Trump", false)).isTrue();
        assertThat(NameIndex.mayEndName("Trump said no.", "Trump", false)).isFalse();
    }

    @Test
    void theFilterAgreesWithTheReading() {
        List<String> paragraphs = List.of(
                "Finance minister Jana Holm presented the budget. Holm said it was fair.",
                "Mrs. Holm and Lars Ek met Tuesday. Ek spoke, and President Ek left.",
                "But Holm, Ek and Ludwig van Beethoven stayed with Said Ek at the al-Rashid hotel.");
        NameIndex index = new NameIndex(paragraphs);
        for (String s : List.of("Holm", "Ek", "Beethoven", "Rashid", "Tuesday")) {
            for (int i = 0; i < paragraphs.size(); i++) {
                boolean hasName = false;
                for (NameIndex.Occurrence o : index.in(i)) {
                    hasName |= NameIndex.surname(o.name()).equals(s);
                }
                if (hasName) {
                    assertThat(NameIndex.mayEndName(paragraphs.get(i), s, true)).as(s + " in " + i).isTrue();
                }
            }
        }
    }

    @Test
    void anIndexGivenSomeParagraphsCopiesReadsTheSameNamesAndLeavesTheCopiesAlone() {
        List<String> paragraphs = List.of(
                "Finance minister Jana Holm presented the budget. \u201cIt is fair,\u201d Holm said.",
                "Mrs. Holm and Lars Ek met Tuesday.",
                "\"We agree,\" said Ludwig van Beethoven.");
        char[][] given = new char[paragraphs.size()][];
        given[0] = paragraphs.get(0).toCharArray();
        given[2] = paragraphs.get(2).toCharArray();
        char[] first = given[0].clone();
        char[] third = given[2].clone();
        NameIndex plain = new NameIndex(paragraphs);
        NameIndex handed = new NameIndex(paragraphs, given);
        for (int i = 0; i < paragraphs.size(); i++) {
            assertThat(handed.in(i)).as("paragraph " + i).isEqualTo(plain.in(i));
        }
        assertThat(handed.in(0)).extracting(NameIndex.Occurrence::name).containsExactly("Jana Holm");
        assertThat(handed.in(1)).extracting(NameIndex.Occurrence::name).containsExactly("Lars Ek");
        assertThat(handed.in(2)).extracting(NameIndex.Occurrence::name).containsExactly("Ludwig van Beethoven");
        assertThat(given[0]).isEqualTo(first);
        assertThat(given[2]).isEqualTo(third);
    }
}
