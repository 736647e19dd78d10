package io.articlex.dateline;

import io.articlex.Articlex;
import io.articlex.model.Article;
import io.articlex.model.Removed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stories as news archives export them: labelled fields around the text instead of a wire head. */
class ArchiveExportTest {

    private static final String LEAD = "The harbour board on Friday approved a plan to deepen the main channel so that larger ships can dock.";
    private static final String NEXT = "Work is due to start in the autumn and take two years, the board said in a statement.";

    @Test
    void labelledFieldsGiveBylineAndDatelineAndLeaveTheBody() {
        Article a = Articlex.parser().parse("""
                                      12 of 40 DOCUMENTS

                                   The Harbour Gazette

                                  May 9, 2025 Saturday

                Harbour Board Backs Plan to Deepen Channel

                BYLINE: By TOM REED

                SECTION: LOCAL; Pg. B2

                LENGTH: 380 words

                DATELINE: PORTSMOUTH, N.H., May 8

                %s

                %s

                LOAD-DATE: May 10, 2025

                LANGUAGE: ENGLISH

                PUBLICATION-TYPE: Newspaper
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("Harbour Board Backs Plan to Deepen Channel");
        assertThat(a.byline()).isEqualTo("TOM REED");
        assertThat(a.dateline().location()).isEqualTo("PORTSMOUTH, N.H.");
        assertThat(a.dateline().date()).isEqualTo("May 8");
        assertThat(a.dateline().agency()).isNull();
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
    }

    @Test
    void libraryDatabaseExportGivesItsTitleField() {
        Article a = Articlex.parser().parse("""
                Title: Harbour board backs plan to deepen channel
                Author: Reed, Tom
                Publication title: The Harbour Gazette; Portsmouth
                Publication date: May 9, 2025
                Section: Local
                Full text:
                PORTSMOUTH -- %s
                %s
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("Harbour board backs plan to deepen channel");
        assertThat(a.dateline().location()).isEqualTo("PORTSMOUTH");
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
    }

    @Test
    void aDatelineFieldTheParserCannotReadWholeIsAShortPlaceOrNothing() {
        DatelineParser parser = new DatelineParser(io.articlex.rules.OutletTable.builtIn());
        assertThat(HeadStage.labelledDateline(List.of(new Removed("DATELINE: Port Louis", "dateline")), parser).location())
                .isEqualTo("Port Louis");
        assertThat(HeadStage.labelledDateline(List.of(new Removed(
                "DATELINE: filed from a ship somewhere off the coast of the island", "dateline")), parser)).isNull();
        assertThat(HeadStage.labelledDateline(List.of(new Removed("DATELINE: CAIRO", "header")), parser)).isNull();
    }

    @Test
    void fieldCodesOnTheirOwnLinesGoAndTheSourceFieldIsNoByline() {
        Article a = Articlex.parser().parse("""
                HD
                Harbour board backs plan to deepen channel
                WC
                380 words
                PD
                9 May 2025
                SN
                Reuters News
                LA
                English
                LP
                PORTSMOUTH, N.H., May 8 (Reuters) - %s
                TD
                %s
                AN
                Document HRB0000020250509el5900001
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("Harbour board backs plan to deepen channel");
        assertThat(a.byline()).isNull();
        assertThat(a.dateline().agency()).isEqualTo("Reuters");
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
    }

    @Test
    void slugAndHeadlineFieldsOfAnExport() {
        Article a = Articlex.parser().parse("""
                SLUG: HARBOUR-CHANNEL
                HEADLINE: Harbour board backs plan to deepen channel
                BYLINE: Tom Reed
                WORDS: 320

                PORTSMOUTH, N.H. -- %s

                %s
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("Harbour board backs plan to deepen channel");
        assertThat(a.byline()).isEqualTo("Tom Reed");
        assertThat(a.dateline().location()).isEqualTo("PORTSMOUTH, N.H.");
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
    }

    @Test
    void transmissionCodesAndAPostedLineGo() {
        Article a = Articlex.parser().parse("""
                ZCZC
                Posted on May 9, 2025 by Tom Reed

                Harbour board backs plan to deepen channel

                %s

                %s

                Filed under: Local News, Port
                NNNN
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("Harbour board backs plan to deepen channel");
        assertThat(a.published()).isEqualTo("2025-05-09");
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
    }

    @Test
    void labelledBylineLosesLabelAndByWord() {
        assertThat(Bylines.byLine("BYLINE: By TOM REED")).isTrue();
        assertThat(Bylines.withoutByWord("BYLINE: By TOM REED")).isEqualTo("TOM REED");
        assertThat(Bylines.withoutByWord("BYLINE: Ann Lee, Staff Writer")).isEqualTo("Ann Lee, Staff Writer");
    }
}
