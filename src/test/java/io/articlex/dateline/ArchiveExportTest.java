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
    void fieldCodesBeforeTheirValuesGiveTheHeadlineAndGo() {
        Article a = Articlex.parser().parse("""
                HD Harbour board backs plan to deepen channel
                WC 380 words
                PD 9 May 2025
                SN Harbour Gazette
                SC HRBG
                LA English
                CY (c) 2025 Harbour Gazette Ltd

                LP
                PORTSMOUTH, N.H., May 8 (Reuters) - %s

                TD
                %s

                NS gcat : Political/General News
                RE usa : United States
                AN Document HRB0000020250509el5900001
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("Harbour board backs plan to deepen channel");
        assertThat(a.dateline().agency()).isEqualTo("Reuters");
        assertThat(a.published()).isEqualTo("2025-05-09");
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
        assertThat(a.removed()).extracting(Removed::text).contains("CY (c) 2025 Harbour Gazette Ltd", "RE usa : United States");
        // a headline that opens with a code's letters, over no fields, is the title as it stands
        a = Articlex.parser().parse("""
                HD cameras to be fitted to every bus in the city

                %s

                %s
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("HD cameras to be fitted to every bus in the city");
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
        assertThat(FieldCodes.code("IN Brief")).isEqualTo("IN");
        assertThat(FieldCodes.code("In Brief")).isNull();
        assertThat(FieldCodes.code("HD")).isNull();
    }

    @Test
    void headlineFieldIsTheTitleUnderThePublicationLine() {
        Article a = Articlex.parser().parse("""
                Copyright 2025 Harbour Wire Service
                All Rights Reserved

                Harbour Wire Service -- English

                May 9, 2025 Saturday 2:32 PM GMT

                SECTION: LOCAL NEWS

                LENGTH: 180 words

                HEADLINE: Harbour board backs plan to deepen channel

                DATELINE: PORTSMOUTH, May 8

                BODY:

                %s

                %s
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("Harbour board backs plan to deepen channel");
        assertThat(a.dateline().location()).isEqualTo("PORTSMOUTH");
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
        assertThat(a.removed()).extracting(Removed::text).contains("Harbour Wire Service -- English", "BODY:");
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

    @Test
    void forwardedMailGivesItsSubjectAsTitleWhenNoHeadlineStandsUnderTheHeader() {
        Article a = Articlex.parser().parse("""
                From: Newsdesk <desk@example.org>
                Sent: Monday, December 7, 2026 2:20 PM
                To: All staff
                Subject: RE: Harbour bridge to close for repairs in January

                %s

                %s
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("Harbour bridge to close for repairs in January");
        assertThat(a.paragraphs()).containsExactly(LEAD, NEXT);
        assertThat(a.removed()).extracting(Removed::text).contains("To: All staff");
        // a headline of the story's own under the header is the title
        a = Articlex.parser().parse("""
                From: Press Office <press@example.gov>
                Date: Mon, Dec 7, 2026 at 9:14 AM
                Subject: FW: Press release

                HARBOUR BOARD BACKS PLAN TO DEEPEN CHANNEL

                %s

                %s
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isEqualTo("HARBOUR BOARD BACKS PLAN TO DEEPEN CHANNEL");
        // an archive's Subject field (index terms) with no mail header gives no title
        a = Articlex.parser().parse("""
                Subject: Harbors; City councils; Urban planning

                Publication date: Dec 7, 2026

                %s

                %s
                """.formatted(LEAD, NEXT));
        assertThat(a.title()).isNull();
        assertThat(HeadStage.mailSubject(List.of(new Removed("Subject: Fwd: RE: Ferry fares", "metadata")),
                List.of("From: A <a@example.org>", "To: B"))).isEqualTo("Ferry fares");
        assertThat(HeadStage.mailSubject(List.of(new Removed("Subject: Ferry fares", "metadata")), List.of("To: B"))).isNull();
    }

    @Test
    void labelledStampAfterTheBylineIsCutFromIt() {
        assertThat(Bylines.withoutByWord("By Global Times Published: Dec 07, 2026 10:32 PM")).isEqualTo("Global Times");
        assertThat(Bylines.withoutByWord("By Jane Roe Updated: 7 December 2026")).isEqualTo("Jane Roe");
        // no stamp after the label: the line stays whole
        assertThat(Bylines.withoutByWord("By Jane Roe Updated: with new figures")).isEqualTo("Jane Roe Updated: with new figures");
        // the date, time and reading time run after the name with no label
        assertThat(Bylines.withoutByWord("by Jane Doe December 7, 2026 2:20 PM 2 min read")).isEqualTo("Jane Doe");
        assertThat(Bylines.withoutByWord("By UPI Staff | Dec. 6, 2026 at 11:02 AM")).isEqualTo("UPI Staff");
        assertThat(Bylines.withoutByWord("By Euronews with AP • Updated: 07/12/2026 - 18:22")).isEqualTo("Euronews with AP");
        assertThat(Bylines.byLine("By Euronews with AP • Updated: 07/12/2026 - 18:22")).isTrue();
        assertThat(Bylines.byLine("By Monday with fewer staff, the office will close")).isFalse();
        assertThat(Bylines.withoutByWord("By Jane Doe 2 min read")).isEqualTo("Jane Doe 2 min read");
    }
}
