package io.articlex.dateline;

import io.articlex.Articlex;
import io.articlex.model.Article;
import io.articlex.model.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceStageTest {

    private static final String BODY = "The council approved the plan on Monday after a long debate in the chamber.\n\n"
            + "Members said the work would start in spring and end before the summer.\n";

    private static Article parse(String text) {
        return Articlex.parser().parse(text);
    }

    /** An aggregator's credit, a paper's name and city in brackets: the paper is the source, known or not. */
    @Test
    void papersCreditUnderTheHeadlineNamesTheSource() {
        Article a = parse("Tanzania: Govt Unveils Plan to Boost Cashew Exports\n\nThe Citizen (Dar es Salaam)\n\n7 December 2026\n\n"
                + "Dar es Salaam — " + BODY);
        assertThat(a.title()).isEqualTo("Tanzania: Govt Unveils Plan to Boost Cashew Exports");
        assertThat(a.source()).isEqualTo(new Source("The Citizen", null));
        assertThat(a.dateline().location()).isEqualTo("Dar es Salaam");
        // a headline with a bracketed word is no credit
        assertThat(parse("Council backs dam plan (Update)\n\n" + BODY).source()).isNull();
    }

    /** A news database's source field names the outlet, known to the table or not; a known one is expanded. */
    @Test
    void exportsSourceFieldNamesTheSource() {
        String head = "HD Council backs dam plan\nWC 120 words\nPD 7 December 2026\nSN %s\nLA English\n\n";
        assertThat(parse(head.formatted("Lakeside Herald") + BODY).source()).isEqualTo(new Source("Lakeside Herald", null));
        assertThat(parse(head.formatted("Reuters News") + BODY).source().name()).isEqualTo("Reuters");
        // the agency of a dateline comes first
        assertThat(parse(head.formatted("Lakeside Herald") + "TEHRAN (IRNA) -- " + BODY).source())
                .isEqualTo(new Source("Islamic Republic News Agency", "IRNA"));
    }

    @Test
    void datelineAgencyIsExpanded() {
        assertThat(parse("Tehran (IP): " + BODY).source()).isEqualTo(new Source("Iran Press", "IP"));
    }

    @Test
    void mastheadNamesTheOutletWhenThereIsNoAgency() {
        Article a = parse("TEHRAN TIMES Iran's Leading International Daily\n\nFilm to open festival\n\nTEHRAN – " + BODY);
        assertThat(a.source().name()).isEqualTo("Tehran Times");
    }

    @Test
    void signOffNamesTheOutlet() {
        assertThat(parse("DAM PLAN APPROVED\n\n    CAIRO, March 3 - " + BODY + " Reuter\n").source().name())
                .isEqualTo("Reuters");
    }

    /** A credit line at the foot names the outlet; a short code counts written as its outlet writes it ("dpa"). */
    @Test
    void creditLineAtTheFootNamesTheOutlet() {
        assertThat(parse("Council backs dam plan\n\n" + BODY + "\nmrd/dpa\n").source().name()).isEqualTo("Deutsche Presse-Agentur");
        assertThat(parse("Council backs dam plan\n\n" + BODY + "\nWith inputs from PTI\n").source().name())
                .isEqualTo("Press Trust of India");
        assertThat(parse("Council backs dam plan\n\n" + BODY + "\nCom informações da Agência Brasil\n").source().name())
                .isEqualTo("Agência Brasil");
        assertThat(parse("Council backs dam plan\n\n" + BODY + "\nWith wire services\n").source()).isNull();
    }

    @Test
    void captionCreditsAndBodyMentionsAreNotTheSource() {
        Article a = parse("Council backs dam plan\n\nWorkers at the site on Monday. (AFP/Issa Garba)\n\n"
                + "The council approved the plan on Monday, an official told Tasnim.\n\n"
                + "Members said the work would start in spring and end before the summer.\n");
        assertThat(a.source()).isNull();
    }

    @Test
    void placeQualifierIsNoSource() {
        Article a = parse("Niamey (Niger) – " + BODY);
        assertThat(a.dateline().location()).isEqualTo("Niamey (Niger)");
        assertThat(a.source()).isNull();
    }

    @Test
    void leadSelfCreditNamesTheSourceButAnotherOutletsStoryDoesNot() {
        assertThat(parse("Port handles record cargo\n\nThe port handled a record 7 million tons of cargo, APA reports.\n\n"
                + "Transit cargo made up most of the growth.\n").source().name()).isEqualTo("APA");
        assertThat(parse("Snow blankets the north\n\nHeavy snow closed roads on Thursday, as reported by Mehr.\n\n"
                + "Crews worked through the night to clear the highways.\n").source()).isNull();
        // Ukrinform names where it has the news from after its own name
        assertThat(parse("Zelensky meets senators\n\nThe president met a delegation of senators in Kyiv on Monday, Ukrinform "
                + "reports with reference to the Presidential Office.\n\nThe sides discussed defense support.\n").source().name())
                .isEqualTo("Ukrinform");
    }

    @Test
    void outletCreditingItselfAtAParagraphEndIsCutButAnotherOutletIsKept() {
        Article a = parse("Tehran (IP) - The navy will hold drills next week, the commander said.\n\n"
                + "The drills will include submarines, he added, Iran press reported.\n\n"
                + "The plan was first announced in May, Fars News Agency reported.\n");
        assertThat(a.paragraphs()).containsExactly("The navy will hold drills next week, the commander said.",
                "The drills will include submarines, he added.",
                "The plan was first announced in May, Fars News Agency reported.");
    }

    /** ANGOP's closing initials spell a known code ("RT") by chance: a chain of three capital groups names no outlet. */
    @Test
    void editorsInitialsChainNamesNoOutlet() {
        assertThat(SourceStage.initialsChain("RT/QCB/LN")).isTrue();
        assertThat(SourceStage.initialsChain("AM/ADR/TED")).isTrue();
        assertThat(SourceStage.initialsChain("dpa/lni")).isFalse();
        assertThat(SourceStage.initialsChain("AFP/DPA")).isFalse();
        assertThat(SourceStage.initialsChain("Reuters/AFP/AP")).isFalse();
    }
}
