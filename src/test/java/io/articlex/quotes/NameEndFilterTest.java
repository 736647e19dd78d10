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

    @Test
    void anIndexGivenTheCapitalsMasksAnswersAsOneThatSearchesEveryParagraph() {
        List<String> paragraphs = List.of(
                "Finance minister Jana Holm presented the budget. \u201cIt is fair,\u201d Holm said of \"Mr. Ek's plan\".",
                "Mrs. Holm and Lars Ek met Tuesday; McHolm and \"Dr. Rae Ott\" came, and Ott said so.",
                "\"We agree,\" said Ludwig van Beethoven, and Holm nodded.",
                "Nobody here.");
        long[] caps = new long[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            MarkScanner.scan(paragraphs.get(i), false, new byte[paragraphs.get(i).length()], caps, i);
        }
        NameIndex plain = new NameIndex(paragraphs);
        NameIndex masked = new NameIndex(paragraphs, new char[paragraphs.size()][], caps);
        for (String s : List.of("Holm", "Ek", "Ott", "Rae", "Beethoven", "Tuesday", "Olm", "Nobody", "Zed")) {
            for (int at = 0; at < paragraphs.size(); at++) {
                assertThat(masked.fullName(s, at)).as(s + " at " + at).isEqualTo(plain.fullName(s, at));
            }
            assertThat(masked.withSurnameOf(s)).as(s).isEqualTo(plain.withSurnameOf(s));
            assertThat(masked.genderOf(s)).as(s).isEqualTo(plain.genderOf(s));
        }
        assertThat(masked.fullName("Holm", 2)).isEqualTo("Jana Holm");
    }

    @Test
    void theMentionsAtAcceptedPlacesAreTheMentionsReadInOrderAndFiltered() {
        List<String> paragraphs = List.of(
                "Finance minister Jana Holm and Lars Ek presented the budget.",
                "Holm met Ek and Iowa officials in Ames. Ek said the plan would pass, Holm added.");
        for (int read = 0; read < 3; read++) {
            NameIndex index = new NameIndex(paragraphs);
            if (read > 0) {
                index.mention(1, read == 1 ? 0 : 99); // read in part, or to the end, before the filtered question
            }
            List<NameIndex.Occurrence> all = new java.util.ArrayList<>();
            for (int k = 0; new NameIndex(paragraphs).mention(1, k) != null; k++) {
                all.add(new NameIndex(paragraphs).mention(1, k));
            }
            String p = paragraphs.get(1);
            java.util.function.IntPredicate cued = i -> p.startsWith("said", p.indexOf(' ', i) + 1) || p.startsWith("added", p.indexOf(' ', i) + 1);
            assertThat(index.mentionsWhere(1, cued)).as("read " + read)
                    .isEqualTo(all.stream().filter(o -> cued.test(o.offset())).toList());
            assertThat(index.mentionsWhere(1, cued)).extracting(NameIndex.Occurrence::name).containsExactly("Lars Ek", "Jana Holm");
        }
    }
}
