package io.articlex.dateline;

import io.articlex.model.Removed;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadStageTest {

    private static final String PROSE_1 = "The council approved the plan on Monday after a long debate in the chamber.";
    private static final String PROSE_2 = "Members said the work would start in spring and end before the summer.";

    private static Draft run(String... paragraphs) {
        return new HeadStage().apply(Draft.of(List.of(paragraphs), PageMeta.NONE, List.of()));
    }

    @Test
    void titleThenDatelineParagraph() {
        Draft d = run("Council backs dam plan", "TEHRAN (IRNA) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Council backs dam plan");
        assertThat(d.dateline().location()).isEqualTo("TEHRAN");
        assertThat(d.dateline().agency()).isEqualTo("IRNA");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    /** Arabic has no capitals: its first sentence, short and ending in a full stop, is body, not a title. */
    @Test
    void arabicLeadWithoutHeadlineGivesNoTitle() {
        String lead = "\u0623\u0639\u0644\u0646\u062A \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0635\u062D\u0629 "
                + "\u0627\u0644\u064A\u0648\u0645 \u0627\u0646\u0637\u0644\u0627\u0642 \u062D\u0645\u0644\u0629 "
                + "\u0642\u0648\u0645\u064A\u0629 \u0644\u0644\u062A\u0637\u0639\u064A\u0645.";
        String next = "\u0648\u0642\u0627\u0644 \u0627\u0644\u0645\u062A\u062D\u062F\u062B \u0625\u0646 "
                + "\u0627\u0644\u062D\u0645\u0644\u0629 \u062A\u0633\u062A\u0645\u0631 \u0623\u0631\u0628\u0639\u0629 \u0623\u064A\u0627\u0645.";
        Draft d = run(lead, next);
        assertThat(d.title()).isNull();
        assertThat(d.paragraphs()).containsExactly(lead, next);
        String headline = "\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0635\u062D\u0629 \u062A\u0637\u0644\u0642 "
                + "\u062D\u0645\u0644\u0629 \u0644\u0644\u062A\u0637\u0639\u064A\u0645";
        Draft titled = run(headline, lead, next);
        assertThat(titled.title()).isEqualTo(headline);
        assertThat(titled.paragraphs()).containsExactly(lead, next);
    }

    /**
     * A headline ending in a figure's abbreviated unit has no full stop of its own: it is the title of a story
     * with no dateline. A short lead sentence ending in one, over a shorter line, and a line with a sentence
     * end inside stay body.
     */
    @Test
    void headlineEndingInAFigureUnitIsATitle() {
        String lead = "Inflacja w Polsce w listopadzie wyniosła 6,5 proc. rok do roku wobec 6,6 proc. w październiku - podał GUS.";
        String next = "Ekonomiści spodziewali się odczytu na poziomie 6,4 proc.";
        Draft d = run("Inflacja w listopadzie spadła do 6,5 proc.", lead, next);
        assertThat(d.title()).isEqualTo("Inflacja w listopadzie spadła do 6,5 proc.");
        assertThat(d.paragraphs()).containsExactly(lead, next);
        String rub = "Выручка компании по МСФО во втором квартале выросла на 12 процентов, говорится в отчете компании.";
        assertThat(run("Выручка компании выросла до 2,1 трлн руб.", rub).title()).isEqualTo("Выручка компании выросла до 2,1 трлн руб.");

        Draft shortLead = run("Ceny wzrosły o 5,2 proc.", "To wynika z danych GUS.");
        assertThat(shortLead.title()).isNull();
        assertThat(shortLead.paragraphs()).hasSize(2);
        Draft twoSentences = run("W listopadzie inflacja wyniosła 6,5 proc. rdr, a w grudniu spadnie do 6 proc.", lead);
        assertThat(twoSentences.title()).isNull();
        Draft noFigure = run("Die Firma meldet einen Umsatz von mehr als vier Mrd.", lead);
        assertThat(noFigure.title()).isNull();
    }

    @Test
    void datelineOnItsOwnLineIsConsumed() {
        Draft d = run("COLECO INDUSTRIES INC <CLO> 4TH QTR", "WEST HARTFORD, Conn., FEb 26 -", "Shr loss 6.48 dlrs",
                "Net loss 110.6 mln vs profit 4.1 mln");
        assertThat(d.title()).isEqualTo("COLECO INDUSTRIES INC <CLO> 4TH QTR");
        assertThat(d.dateline().location()).isEqualTo("WEST HARTFORD, Conn.");
        assertThat(d.paragraphs()).containsExactly("Shr loss 6.48 dlrs", "Net loss 110.6 mln vs profit 4.1 mln");
    }

    @Test
    void allCapitalTitleEndingInAbbreviationIsATitle() {
        Draft d = run("TAIWAN TO SEEK HIGHER TEXTILE EXPORTS TO U.S.", "TAIPEI, March 2 - " + PROSE_1);
        assertThat(d.title()).isEqualTo("TAIWAN TO SEEK HIGHER TEXTILE EXPORTS TO U.S.");
        assertThat(d.dateline().date()).isEqualTo("March 2");
    }

    @Test
    void allCapitalTitleWithADateIsNoDateline() {
        Draft d = run("GERMAN ENGINEERS WILL HOLD WARNING STRIKES MARCH 9", "FRANKFURT, March 4 - " + PROSE_1);
        assertThat(d.title()).isEqualTo("GERMAN ENGINEERS WILL HOLD WARNING STRIKES MARCH 9");
        assertThat(d.dateline().location()).isEqualTo("FRANKFURT");
    }

    @Test
    void pageHeadAboveTheTitleIsRemoved() {
        Draft d = run("TEHRAN TIMES Iran's Leading International Daily", "Film to open Fajr festival",
                "TEHRAN – " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Film to open Fajr festival");
        assertThat(d.dateline().location()).isEqualTo("TEHRAN");
        assertThat(d.dateline().agency()).isNull();
        assertThat(d.removed()).containsExactly(
                new Removed("TEHRAN TIMES Iran's Leading International Daily", "navigation"));
    }

    @Test
    void deckUnderTheTitleIsPassedOver() {
        Draft d = run("Business & Economy", "New overnight train to link Moscow and Kazan",
                "The service will run three times a week and take just under 12 hours, the company said",
                "MOSCOW, March 3. /TASS/. " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("New overnight train to link Moscow and Kazan");
        assertThat(d.removed()).contains(new Removed(
                "The service will run three times a week and take just under 12 hours, the company said", "deck"));
    }

    @Test
    void shortDeckUnderTheFirstLineIsPassedOver() {
        Draft d = run("Harbour board approves new ferry terminal", "Work to start on the quay in spring",
                "OSLO, March 3 (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Harbour board approves new ferry terminal");
        assertThat(d.removed()).containsExactly(new Removed("Work to start on the quay in spring", "deck"));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    /**
     * A site's menu copied an item a line, its last item a section's name of three words ("Kirche in
     * Deutschland"): no headline above the pair, so the short deck under the headline is passed over. A
     * three-word line alone above the pair, no menu around it, is still a headline over them.
     */
    @Test
    void shortDeckUnderAHeadlineBelowAMenuIsPassedOver() {
        Draft d = run("Startseite", "Nachrichten", "Kirche in Deutschland", "Bischöfe wollen Gründe für Austritte untersuchen",
                "Studie soll bis Ende 2026 Ergebnisse liefern", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Bischöfe wollen Gründe für Austritte untersuchen");
        assertThat(d.removed()).contains(new Removed("Studie soll bis Ende 2026 Ergebnisse liefern", "deck"),
                new Removed("Kirche in Deutschland", "navigation"));
        d = run("Kirche in Deutschland", "Bischöfe wollen Gründe für Austritte untersuchen",
                "Studie soll bis Ende 2026 Ergebnisse liefern", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Studie soll bis Ende 2026 Ergebnisse liefern");
    }

    /**
     * A one-sentence deck right under the headline and over the byline is head, not body; the same
     * sentence with no byline under it, the story's start, stays.
     */
    @Test
    void sentenceDeckOverTheBylineIsADeck() {
        String deck = "Les navetteurs dénoncent une décision prise sans concertation.";
        Draft d = run("Belgique", "La SNCB supprime trois trains de pointe sur la ligne 162", deck, "Par Belga", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("La SNCB supprime trois trains de pointe sur la ligne 162");
        assertThat(d.removed()).contains(new Removed(deck, "deck"));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run("Belgique", "La SNCB supprime trois trains de pointe sur la ligne 162", deck, PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).contains(deck);
    }

    @Test
    void shortDeckUnderTheFirstHeadlineBelowASectionLabelIsPassedOver() {
        Draft d = run("Cultura", "Museu da cidade recebe coleção de relógios antigos", "Peças foram doadas por família de relojoeiros da região",
                "Ana Souza - Repórter da Agência Brasil", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Museu da cidade recebe coleção de relógios antigos");
        assertThat(d.removed()).contains(new Removed("Peças foram doadas por família de relojoeiros da região", "deck"));
        // a headline-like line above the pair: the lower line stays the title
        d = run("Energy and climate news for today", "Solar farm opens near the coast", "Work on a second farm starts in May",
                PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Work on a second farm starts in May");
        // a rubric of label words only (TASS's "Экономика и бизнес") is no headline above the pair
        d = run("Экономика и бизнес", "Минфин предложил продлить льготную ипотеку для семей",
                "Условия программы могут быть скорректированы с 1 января", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Минфин предложил продлить льготную ипотеку для семей");
        assertThat(d.removed()).contains(new Removed("Условия программы могут быть скорректированы с 1 января", "deck"));
        // a rubric with a word no label has ("Экономика регионов России") stays a headline: the lower line is the title
        d = run("Экономика регионов России", "Минфин предложил продлить льготную ипотеку для семей",
                "Условия программы могут быть скорректированы с 1 января", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Условия программы могут быть скорректированы с 1 января");
    }

    /** A correction's note above the headline: its label in capitals and colon is no place. */
    @Test
    void noteLabelBeforeAColonIsNoDateline() {
        String note = "CORRECTION: An earlier version of this story misstated the date of the vote. It is Thursday, not Wednesday.";
        Draft d = run(note, "Kenyan senate to vote on finance bill", "NAIROBI (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Kenyan senate to vote on finance bill");
        assertThat(d.dateline().location()).isEqualTo("NAIROBI");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a place in capitals before its colon stays a dateline
        d = run("Cabinet approves new drone policy", "NEW DELHI: " + PROSE_1, PROSE_2);
        assertThat(d.dateline().location()).isEqualTo("NEW DELHI");
    }

    @Test
    void deckInTitleCaseUnderAHeadlineInTitleCaseIsPassedOver() {
        String deck = "Measure Extends Crop Insurance and Food Aid Programs Through 2031";
        Draft d = run("Senate Passes Farm Bill", deck, "WASHINGTON (AP) — " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Senate Passes Farm Bill");
        assertThat(d.removed()).containsExactly(new Removed(deck, "deck"));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run("Mayor Unveils Plan to Build 5,000 Homes", "Critics Say Proposal Lacks Funding for Schools and Roads",
                PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Mayor Unveils Plan to Build 5,000 Homes");
        // a masthead (no verb) over the headline: the headline stays the title
        d = run("The Coastal Herald Weekend Edition", "Harbour Board Approves New Ferry Terminal", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Harbour Board Approves New Ferry Terminal");
        // a section's name, though it has a verb
        d = run("Local News Returns to the Valley", "Library Extends Opening Hours Over the Long Winter", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Library Extends Opening Hours Over the Long Winter");
        // a sidebar's headline as long as the story's: the lower line stays the title
        d = run("Ukraine Says It Downed 40 Drones Overnight", "Ukraine Signs Grain Corridor Deal With Romania", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Ukraine Signs Grain Corridor Deal With Romania");
    }

    @Test
    void deckInCapitalsUnderAHeadlineInCapitalsIsPassedOver() {
        String deck = "BOARD CITES RISING TRADE WITH EAST AFRICA";
        Draft d = run("PORT AUTHORITY APPROVES NEW CONTAINER TERMINAL", deck, "MOMBASA, Dec 7 (KNA) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("PORT AUTHORITY APPROVES NEW CONTAINER TERMINAL");
        assertThat(d.removed()).containsExactly(new Removed(deck, "deck"));
        // a shorter line under a masthead in capitals is the headline, not a deck
        d = run("THE COASTAL HERALD DAILY EDITION ONLINE", "PORT AUTHORITY APPROVES NEW TERMINAL",
                "MOMBASA, Dec 7 (KNA) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("PORT AUTHORITY APPROVES NEW TERMINAL");
        // a section label in capitals above: the headline under it stays the title
        d = run("WORLD NEWS AND FEATURES TODAY", "PORT AUTHORITY APPROVES NEW CONTAINER TERMINAL",
                "MOMBASA, Dec 7 (KNA) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("PORT AUTHORITY APPROVES NEW CONTAINER TERMINAL");
    }

    @Test
    void deckInCapitalsUnderAHeadlineInSentenceCaseIsPassedOver() {
        String deck = "DOCKERS ACCEPT 9 PERCENT RISE OVER TWO YEARS";
        Draft d = run("Port strike ends after pay deal", deck, PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Port strike ends after pay deal");
        assertThat(d.removed()).containsExactly(new Removed(deck, "deck"));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a longer line over a headline in capitals is a page line above it; a masthead in title case too
        assertThat(run("Live updates from the climate summit in Nairobi", "DELEGATES AGREE DRAFT TEXT ON FUNDING", PROSE_1, PROSE_2)
                .title()).isEqualTo("DELEGATES AGREE DRAFT TEXT ON FUNDING");
        assertThat(run("The Coastal Herald Weekend Edition", "PORT AUTHORITY APPROVES NEW CONTAINER TERMINAL", PROSE_1, PROSE_2)
                .title()).isEqualTo("PORT AUTHORITY APPROVES NEW CONTAINER TERMINAL");
    }

    @Test
    void bylineBoxRowRunTogetherIsNoTitle() {
        Draft d = run("Government to fast-track new hospital builds", "By Jane Doe", "Political reporter·NZ Herald·",
                PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Government to fast-track new hospital builds");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(HeadStage.metaRow("Jane Doe · CBC News · Posted: Dec 07, 2026", outlets)).isTrue();
        // an outlet the table does not know, in a row that does not end on its dot, is no row
        assertThat(HeadStage.metaRow("Jane Doe · Valley Courier · Posted: Dec 07, 2026", outlets)).isFalse();
        assertThat(HeadStage.metaRow("Jane Doe · NZ Herald · 2 mins to read", outlets)).isTrue();
        // a headline with a middle dot and no outlet in its parts is a headline
        assertThat(HeadStage.metaRow("Rain · wind · snow: the week ahead", outlets)).isFalse();
    }

    /** The row names the outlet of a story with no dateline: a credit, which the source stage reads. */
    @Test
    void bylineBoxRowNamesTheSource() {
        String row = "Jane Doe · CBC News · Posted: Dec 07, 2026 2:20 PM EST | Last Updated: December 7, 2026";
        Draft d = new SourceStage().apply(run("Ontario to raise minimum wage to $18", row, PROSE_1, PROSE_2));
        assertThat(d.title()).isEqualTo("Ontario to raise minimum wage to $18");
        assertThat(d.removed()).contains(new Removed(row, "credit"));
        assertThat(d.source().name()).isEqualTo("CBC News");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void papersNameAndCityUnderTheHeadlineIsACredit() {
        Draft d = new SourceStage().apply(run("Kenya: Govt Raises Fuel Prices", "The Star (Nairobi)", "7 December 2026",
                "Nairobi — " + PROSE_1, PROSE_2));
        assertThat(d.title()).isEqualTo("Kenya: Govt Raises Fuel Prices");
        assertThat(d.removed()).contains(new Removed("The Star (Nairobi)", "credit"));
        assertThat(d.source().name()).isEqualTo("The Star");
        d = run("Uganda: Schools Reopen", "Daily Monitor (Kampala)", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Uganda: Schools Reopen");
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        // a tag, a date, a sentence in brackets: no credit
        assertThat(HeadStage.outletAndCity("Oil Prices Rise (Update)", outlets)).isFalse();
        assertThat(HeadStage.outletAndCity("Daily Monitor (7 December)", outlets)).isFalse();
        assertThat(HeadStage.outletAndCity("Talks resume in Nairobi (the talks had stalled)", outlets)).isFalse();
        // with no headline above it, such a line may be the headline
        assertThat(run("Gas Prices Jump (Nairobi)", PROSE_1, PROSE_2).title()).isEqualTo("Gas Prices Jump (Nairobi)");
    }

    @Test
    void rubricUnderTheHeadlineAndDeckIsNoTitle() {
        String deck = "Exports of wheat made up the bulk of shipments";
        Draft d = run("Russia's grain exports rise 10% since start of season", deck, "Business & Economy",
                "MOSCOW, December 7. /TASS/. " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Russia's grain exports rise 10% since start of season");
        assertThat(d.removed()).contains(new Removed(deck, "deck"), new Removed("Business & Economy", "header"));
        assertThat(run("Harbour board approves new ferry terminal", "World news", PROSE_1, PROSE_2).title())
                .isEqualTo("Harbour board approves new ferry terminal");
        // a headline of its own with an ampersand under a section's name is the title
        assertThat(run("Markets", "Stocks & bonds rally", "NEW YORK, Dec 7 (Reuters) - " + PROSE_1, PROSE_2).title())
                .isEqualTo("Stocks & bonds rally");
    }

    @Test
    void wireCreditWithAStampUnderTheHeadlineNamesTheSource() {
        String credit = "Agence France-Presse / 05:20 PM December 07, 2026";
        Draft d = new SourceStage().apply(run("Philippines, Vietnam sign rice deal", credit, PROSE_1, PROSE_2));
        assertThat(d.title()).isEqualTo("Philippines, Vietnam sign rice deal");
        assertThat(d.removed()).containsExactly(new Removed(credit, "credit"));
        assertThat(d.source().name()).isEqualTo("Agence France-Presse");
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(HeadStage.outletStamp("Agence France-Presse . Ouidah | Updated at 11:30pm on December 07, 2026", outlets)).isTrue();
        // no outlet before the separator, or no date after it: no credit
        assertThat(HeadStage.outletStamp("Coastal Herald / 05:20 PM December 07, 2026", outlets)).isFalse();
        assertThat(HeadStage.outletStamp("Reuters / Asia and Pacific", outlets)).isFalse();
        // Ahram Online sets a spaced comma between its name and the date
        assertThat(HeadStage.outletStamp("Ahram Online , Monday 7 Dec 2026", outlets)).isTrue();
        assertThat(HeadStage.outletStamp("Coastal Herald , Monday 7 Dec 2026", outlets)).isFalse();
    }

    @Test
    void pointsUnderASummaryLabelAreNoBody() {
        Draft d = run("Counties", "Nakuru to build new referral hospital", "In Summary", "• The hospital will have 500 beds.",
                "• Construction will start in March.", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Nakuru to build new referral hospital");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed("In Summary", "summary"), new Removed("• The hospital will have 500 beds.", "summary"));
        assertThat(d.meta().byline()).isNull();
        // points with no label above them are the story's own list
        d = run("Nakuru to build new referral hospital", PROSE_1, "• The hospital will have 500 beds.", "• Construction will start in March.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "• The hospital will have 500 beds.", "• Construction will start in March.");
    }

    @Test
    void placeInCapitalsAloneAboveTheStoryIsItsDateline() {
        Draft d = run("Türkiye, Azerbaijan sign gas deal", "ANKARA", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Türkiye, Azerbaijan sign gas deal");
        assertThat(d.dateline().location()).isEqualTo("ANKARA");
        assertThat(d.dateline().agency()).isNull();
        assertThat(d.removed()).isEmpty();
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        for (String line : List.of("EXCLUSIVE", "ADVERTISEMENT", "REUTERS", "MONDAY", "WORLD", "OBITUARY", "NEW DELHI", "Ankara")) {
            d = run("Türkiye, Azerbaijan sign gas deal", line, PROSE_1, PROSE_2);
            assertThat(d.dateline()).as(line).isNull();
            assertThat(d.removed()).as(line).hasSize(1);
        }
        // with no headline above it, the line is not read as a place
        assertThat(run("ANKARA", PROSE_1, PROSE_2).dateline()).isNull();
    }

    @Test
    void placeInCapitalsWithAColonAloneAboveTheStoryIsItsDateline() {
        for (String line : List.of("ANKARA:", "NEW DELHI:")) {
            Draft d = run("Türkiye, Azerbaijan sign gas deal", line, PROSE_1, PROSE_2);
            assertThat(d.title()).as(line).isEqualTo("Türkiye, Azerbaijan sign gas deal");
            assertThat(d.dateline().location()).as(line).isEqualTo(line.substring(0, line.length() - 1));
            assertThat(d.dateline().text()).as(line).isEqualTo(line);
            assertThat(d.paragraphs()).as(line).containsExactly(PROSE_1, PROSE_2);
        }
        // a section word, four words, a transcript's speaker over each turn: no place
        for (String line : List.of("WORLD NEWS:", "THE CITY OF LONDON:", "REUTERS:")) {
            assertThat(run("Türkiye, Azerbaijan sign gas deal", line, PROSE_1, PROSE_2).dateline()).as(line).isNull();
        }
        assertThat(run("Central bank governor interview", "HOST:", PROSE_1, "LINDQVIST:", PROSE_2).dateline()).isNull();
    }

    @Test
    void placeInTitleCaseWithAColonOpeningTheStoryIsItsDateline() {
        Draft d = run("UAE weather: Rain expected this week", "Abu Dhabi: " + PROSE_1, PROSE_2);
        assertThat(d.dateline().location()).isEqualTo("Abu Dhabi");
        assertThat(d.dateline().text()).isEqualTo("Abu Dhabi:");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // labels, calendar names and outlets before a colon, a text without a headline, a transcript's turns: none
        for (String label : List.of("Update: ", "Note: ", "Background: ", "Watch: ", "Monday: ", "Reuters: ", "Present: ")) {
            d = run("Council backs dam plan", label + PROSE_1, PROSE_2);
            assertThat(d.dateline()).as(label).isNull();
            assertThat(d.paragraphs()).as(label).containsExactly(label + PROSE_1, PROSE_2);
        }
        assertThat(run("Dubai: " + PROSE_1, PROSE_2).dateline()).isNull();
        d = run("Minister interviewed on dam plan", "Smith: " + PROSE_1, "Jones: And the cost?", "Smith: " + PROSE_2);
        assertThat(d.dateline()).isNull();
        assertThat(HeadStage.titleCaseColon("Ras Al Khaimah: The")).isEqualTo(14);
        assertThat(HeadStage.titleCaseColon("Dubai: the")).isEqualTo(-1);
        assertThat(HeadStage.titleCaseColon("The council: The")).isEqualTo(-1);
    }

    @Test
    void interviewTurnsAreBodyNotTitle() {
        String q1 = "Q: How many ships use the canal each day now?";
        String a1 = "A: About forty on an ordinary day.";
        String q2 = "Q: Will the new locks be ready in time?";
        String a2 = "A: We think so. The contractors are ahead of schedule on the northern side.";
        Draft d = run(q1, a1, q2, a2);
        assertThat(d.title()).isNull();
        assertThat(d.paragraphs()).containsExactly(q1, a1, q2, a2);
        d = run("Canal chief: bigger ships are the real change", q1, a1, q2, a2);
        assertThat(d.title()).isEqualTo("Canal chief: bigger ships are the real change");
        assertThat(d.paragraphs()).containsExactly(q1, a1, q2, a2);
        assertThat(HeadStage.interviewTurn("Q. Why now?  ")).isTrue();
        assertThat(HeadStage.interviewTurn("QA: release notes")).isFalse();
        assertThat(HeadStage.interviewTurn("A: Yes")).isFalse();
    }

    @Test
    void aSentenceBetweenHeadlineAndAgencyDatelineIsTheDeck() {
        String deck = "Een recordhoeveelheid containers passeerde dit jaar via de haven.";
        Draft d = run("Antwerpse haven zet recordjaar neer", deck, "ANTWERPEN 06/12 (BELGA) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Antwerpse haven zet recordjaar neer");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed(deck, "deck"));
        // a dateline with no agency opens no wire story: the sentence stays
        d = run("Antwerpse haven zet recordjaar neer", deck, "ANTWERPEN - " + PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).first().isEqualTo(deck);
    }

    @Test
    void titleOfTwoOrThreeWordsOverItsDeckIsTheTitle() {
        String deck = "Crews return to the boats after a pay deal is signed on Tuesday night";
        Draft d = run("Ferry strike ends", deck, "LISBON, March 3 (Lusa) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Ferry strike ends");
        assertThat(d.removed()).containsExactly(new Removed(deck, "deck"));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(run("Harvest delayed", deck, PROSE_1, PROSE_2).title()).isEqualTo("Harvest delayed");
        assertThat(run("PORT STRIKE ENDS", deck, PROSE_1, PROSE_2).title()).isEqualTo("PORT STRIKE ENDS");
    }

    @Test
    void kickerOrLabelOverAHeadlineIsNoShortTitle() {
        String headline = "Hostage talks resume in Cairo as pressure mounts on both sides";
        for (String kicker : List.of("Cost of living", "Heat wave", "Tech giants", "World news", "Ukraine war",
                "Recently viewed", "Rovers 2-1 United")) {
            assertThat(run(kicker, headline, "CAIRO (AP) -- " + PROSE_1, PROSE_2).title()).as(kicker).isEqualTo(headline);
        }
        // the line under it too short for a deck, or in title case: a headline
        assertThat(HeadStage.shortTitle("Ferry strike ends", "Crews return to work", io.articlex.rules.OutletTable.builtIn())).isFalse();
        assertThat(HeadStage.shortTitle("Ferry strike ends", "Crews Return After Pay Deal Is Signed",
                io.articlex.rules.OutletTable.builtIn())).isFalse();
    }

    @Test
    void titleCaseHeadlineUnderAPageLineIsTheTitle() {
        // a rubric or page line on top, the headline in title case under it: the lower line is the title
        Draft d = run("Energy and climate news for today", "Solar Farm Opens Near the Coast",
                "RABAT, March 3 (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Solar Farm Opens Near the Coast");
        d = run("World news / Middle East and Africa", "Solar farm opens near the coast",
                "RABAT, March 3 (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Solar farm opens near the coast");
        d = run("Military operation in Ukraine", "Drones hit fuel depot near the border", "MOSCOW, March 3. /TASS/. " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Drones hit fuel depot near the border");
        d = run("Science & Space news of the week", "Drones hit fuel depot near the border", "MOSCOW, March 3. /TASS/. " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Drones hit fuel depot near the border");
    }

    @Test
    void headlineUnderADatelineLineOpeningADigestIsTheTitle() {
        Draft d = run("OSAKA, May 2 Kyodo", "Port city to build new ferry terminal", "OSAKA - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Port city to build new ferry terminal");
        assertThat(d.dateline().location()).isEqualTo("OSAKA");
        assertThat(d.paragraphs()).containsExactly("OSAKA - " + PROSE_1, PROSE_2);
        // a dateline line with prose under it keeps no title
        d = run("MIAMI (AP)", PROSE_1, PROSE_2);
        assertThat(d.title()).isNull();
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void outletNameAfterTheTitleIsCutAndCredited() {
        Draft d = run("Copper climbs as mine strike drags on - Reuters", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Copper climbs as mine strike drags on");
        assertThat(d.removed()).containsExactly(new Removed("Reuters", "credit"));
        d = run("Council votes to close three libraries | Al Jazeera", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Council votes to close three libraries");
        // what is no outlet's name stays, and so does a name that would leave a title of under three words
        assertThat(run("Talks resume in Vienna - Iran and EU", PROSE_1, PROSE_2).title())
                .isEqualTo("Talks resume in Vienna - Iran and EU");
        assertThat(run("Markets - Reuters", PROSE_1, PROSE_2).title()).isEqualTo("Markets - Reuters");
    }

    @Test
    void agencyCodeInBracketsAfterTheTitleIsCutAndCredited() {
        Draft d = run("Governo aprova plano para reforçar bombeiros (Lusa)", "Lisboa, 06 dez 2026 (Lusa) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Governo aprova plano para reforçar bombeiros");
        assertThat(d.removed()).containsExactly(new Removed("(Lusa)", "credit"));
        // a bracket that names no outlet is the headline's own
        assertThat(run("Talks resume in Vienna (Update)", PROSE_1, PROSE_2).title()).isEqualTo("Talks resume in Vienna (Update)");
        assertThat(run("Talks end (Lusa)", PROSE_1, PROSE_2).title()).isEqualTo("Talks end (Lusa)");
    }

    @Test
    void lineWhollyInBracketsUnderTheHeadlineIsNoTitle() {
        Draft d = run("Sydney ferry workers to strike over pay", "(Sydney Harbour Desk Report)", "SYDNEY -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Sydney ferry workers to strike over pay");
        assertThat(HeadStage.bracketed("(LEAD) Talks resume (PHOTOS)")).isFalse();
    }

    @Test
    void headlineGluedToTheDatelineIsSplitOff() {
        Draft d = run("Penang to build second desalination plant GEORGE TOWN, Dec 6 (Bernama) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Penang to build second desalination plant");
        assertThat(d.dateline().location()).isEqualTo("GEORGE TOWN");
        assertThat(d.dateline().agency()).isEqualTo("Bernama");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // an agency named inside a sentence splits nothing
        String lead = "Officials from the state said in GEORGE TOWN (Bernama) that the plant would open next year.";
        assertThat(run(lead, PROSE_2).paragraphs()).containsExactly(lead, PROSE_2);
    }

    @Test
    void headlineGluedToADatelineWithAPlaceInTitleCaseIsSplitOff() {
        Draft d = run("Penang to build desalination plant George Town, Dec 6 (Bernama) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Penang to build desalination plant");
        assertThat(d.dateline().location()).isEqualTo("George Town");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // the run of capitals starts inside the headline when it would end on "with": the place is the rest
        d = run("Malaysia signs rice deal with Singapore Johor Bahru, Dec 6 (Bernama) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Malaysia signs rice deal with Singapore");
        assertThat(d.dateline().location()).isEqualTo("Johor Bahru");
        // a headline in title case gives no cue where the place starts, and a dateline with no date none either
        String titleCase = "Penang Approves Second Desalination Plant George Town, Dec 6 (Bernama) -- " + PROSE_1;
        assertThat(run(titleCase, PROSE_2).dateline()).isNull();
        String undated = "Penang to build desalination plant George Town (Bernama) -- " + PROSE_1;
        assertThat(run(undated, PROSE_2).dateline()).isNull();
    }

    @Test
    void summaryPointsUnderTheirLabelAreNoTitle() {
        Draft d = run("Euro zone inflation eases to 2.1% in November", "Summary", "* Headline inflation falls from 2.4%",
                "* ECB seen holding rates in December", "FRANKFURT, Dec 6 (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Euro zone inflation eases to 2.1% in November");
        assertThat(d.removed()).contains(new Removed("* ECB seen holding rates in December", "summary"));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // points without marks, one of them a sentence, under "Highlights": none is the title or the body
        d = run("Cabinet approves new railway line to Nepal border", "Highlights", "The line will be 120 km long.",
                "Work to begin next year", "New Delhi, Dec 6 (IANS) " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Cabinet approves new railway line to Nepal border");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a point with its mark is never the title, label or not
        assertThat(run("* Exports rise 8 percent in November", "SEOUL, Dec. 6 (Yonhap) -- " + PROSE_1, PROSE_2).title()).isNull();
    }

    @Test
    void dateAfterABarClosingTheHeadlineIsNoPartOfIt() {
        Draft d = run("Kenya to launch new digital ID cards | 06 December 2026 14:20", "NAIROBI (Xinhua) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Kenya to launch new digital ID cards");
        assertThat(d.removed()).contains(new Removed("06 December 2026 14:20", "timestamp"));
        assertThat(HeadStage.dateAfterBar("Talks resume in Vienna | March 4, 2026")).isPositive();
        // a part that is no date, or holds one among other words, stays
        assertThat(HeadStage.dateAfterBar("Talks resume in Vienna | Reuters")).isNegative();
        assertThat(HeadStage.dateAfterBar("Talks resume in Vienna | Talks set for March 4, 2026 in Geneva")).isNegative();
    }

    @Test
    void siteAndSectionAroundTheHeadlineAreCut() {
        Draft d = run("China's exports rise 6.7 pct in November - Xinhua | English.news.cn", "BEIJING, Dec. 6 (Xinhua) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("China's exports rise 6.7 pct in November");
        d = run("World | Chinese EV maker plans Hungarian plant expansion", "BUDAPEST (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Chinese EV maker plans Hungarian plant expansion");
        assertThat(d.removed()).contains(new Removed("World", "navigation"));
        // a head before the bar that is no section's label stays
        assertThat(HeadStage.sectionBeforeBar("Iran and Oman | Talks on shipping links resume")).isNegative();
    }

    @Test
    void tagsAndDatesAroundTheHeadlineAreCut() {
        assertThat(run("Oil rises as OPEC+ extends cuts (UPDATE 1)", "LONDON, Dec 6 (Reuters) - " + PROSE_1, PROSE_2).title())
                .isEqualTo("Oil rises as OPEC+ extends cuts");
        assertThat(run("WATCH: Rescuers pull survivors from collapsed building", "ISTANBUL (AA) - " + PROSE_1, PROSE_2).title())
                .isEqualTo("Rescuers pull survivors from collapsed building");
        Draft d = run("06.12.2026 | Kazakhstan to build new airport in Turkistan", "ASTANA. KAZINFORM - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Kazakhstan to build new airport in Turkistan");
        assertThat(d.removed()).contains(new Removed("06.12.2026", "timestamp"));
        assertThat(HeadStage.dateBeforeBar("World | Kazakhstan to build new airport")).isNegative();
    }

    @Test
    void aTimestampWrittenMonthFirstIsReadAsTheDatelineSaysIt() {
        assertThat(HeadStage.monthFirst("2026-06-12T15:21", "Dec. 6")).isEqualTo("2026-12-06T15:21");
        // the dateline agrees with the day-first reading, or names another day: unchanged
        assertThat(HeadStage.monthFirst("2026-12-06T15:21", "Dec. 6")).isEqualTo("2026-12-06T15:21");
        assertThat(HeadStage.monthFirst("2026-06-12", "Dec. 7")).isEqualTo("2026-06-12");
        Draft d = new HeadStage().apply(Draft.of(List.of("Taiwan's exports hit record high in November",
                "Taipei, Dec. 6 (CNA) " + PROSE_1, PROSE_2), PageMeta.NONE, List.of())
                .withRemoved(List.of(new Removed("12/06/2026 03:21 PM", "timestamp"))));
        assertThat(d.meta().published()).isEqualTo("2026-12-06T15:21");
    }

    @Test
    void headlineOverTwoShortDecksIsTheTitle() {
        Draft d = run("Kenya rolls out new digital ID", "Cards to replace second-generation IDs", "Rollout starts in Nairobi next month",
                "NAIROBI, Dec 6 (Xinhua) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Kenya rolls out new digital ID");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void fieldsOfMinutesStayInTheBodyUnderTheirHeading() {
        Draft d = run("Minutes of the meeting of the Parish Council held on 3 December 2026",
                "Present: Cllr A. Hughes (Chair), Cllr B. Patel", "Apologies: Cllr E. Price", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Minutes of the meeting of the Parish Council held on 3 December 2026");
        assertThat(d.paragraphs()).containsExactly("Present: Cllr A. Hughes (Chair), Cllr B. Patel",
                "Apologies: Cllr E. Price", PROSE_1, PROSE_2);
        assertThat(d.removed()).isEmpty();
    }

    @Test
    void aKeyFiguresSheetHasNoTitle() {
        Draft d = run("Cargo handled: 12.4 million tonnes", "Container traffic: 310,000 TEU", "Employees: 1,240");
        assertThat(d.title()).isNull();
        assertThat(d.paragraphs()).hasSize(3);
        // a headline with a figure after its colon, over a story, is still one
        assertThat(run("Iran: 12 killed in quake near Bam", PROSE_1, PROSE_2).title()).isEqualTo("Iran: 12 killed in quake near Bam");
        assertThat(HeadStage.dataRow("Exports: $14.3 billion")).isTrue();
        assertThat(HeadStage.dataRow("Water council: dam upgrade to finish")).isFalse();
    }

    @Test
    void siteCreditOfTheWireUnderTheHeadlineIsNoTitle() {
        Draft d = run("Tourism revenue hits record in third quarter", "DAILY SABAH WITH AA", "ISTANBUL", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Tourism revenue hits record in third quarter");
        assertThat(d.removed()).contains(new Removed("DAILY SABAH WITH AA", "byline"));
        for (String credit : List.of("TRT World and Agencies", "Guardian staff and agencies")) {
            d = run("Tourism revenue hits record in third quarter", credit, PROSE_1, PROSE_2);
            assertThat(d.title()).as(credit).isEqualTo("Tourism revenue hits record in third quarter");
            assertThat(d.removed()).as(credit).containsExactly(new Removed(credit, "byline"));
        }
        // after "and", only the wires: a known outlet there is a headline's words ("Iran and IAEA ...")
        assertThat(Bylines.withCredit("Ankara and Reuters", io.articlex.rules.OutletTable.builtIn())).isFalse();
        d = run("Govt approves new semiconductor fab in Gujarat", "Press Trust of India | New Delhi", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Govt approves new semiconductor fab in Gujarat");
        assertThat(d.meta().byline()).isEqualTo("Press Trust of India");
        d = run("International", "Ukraine : Kiev annonce avoir abattu 40 drones russes dans la nuit", "Le Monde avec AFP",
                PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Ukraine : Kiev annonce avoir abattu 40 drones russes dans la nuit");
    }

    /**
     * A newsroom or a site in lower case after the by-word ({@code Por g1 Campinas e Região}, {@code Por
     * Redação g1}) is the credit under the headline, not the title; a headline that opens with "Por" is none.
     */
    @Test
    void newsroomCreditUnderTheHeadlineIsNoTitle() {
        String head = "Prefeitura de Campinas anuncia vacinação contra a dengue em escolas";
        for (String credit : List.of("Por g1 Campinas e Região", "Por Redação g1", "Par Rédaction Ouest-France", "Von Redaktion",
                "Redazione ANSA ROMA 07 dicembre 2026 14:20")) {
            Draft d = run("Campinas e Região", head, credit, PROSE_1, PROSE_2);
            assertThat(d.title()).as(credit).isEqualTo(head);
            assertThat(d.paragraphs()).as(credit).containsExactly(PROSE_1, PROSE_2);
        }
        assertThat(Bylines.withoutByWord("Por g1 Campinas e Região")).isEqualTo("g1 Campinas e Região");
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(Bylines.deskCredit("Por dentro da crise hídrica em Campinas", outlets)).isFalse();
        assertThat(Bylines.deskCredit("Par la rédaction de Mediapart, une enquête", outlets)).isFalse();
        assertThat(Bylines.deskCredit("Redazione nuova per la cronaca di Roma", outlets)).isFalse();
        assertThat(run("Por dentro da crise hídrica em Campinas", PROSE_1, PROSE_2).title())
                .isEqualTo("Por dentro da crise hídrica em Campinas");
    }

    /**
     * A wire item's filing stamp closing the sign-off (day, hour and minute, month, two-digit year) states a
     * full date: it dates the story. Six digits without a month, or a day past 31, do not.
     */
    @Test
    void filingStampInTheSignOffDatesTheStory() {
        assertThat(io.articlex.boilerplate.Timestamps.filingDate("ANP 141200 mrt 24")).isEqualTo("2024-03-14");
        assertThat(io.articlex.boilerplate.Timestamps.filingDate("(AGI) Mi1/Gav 061230 DIC 26")).isEqualTo("2026-12-06");
        assertThat(io.articlex.boilerplate.Timestamps.filingDate("ANP 141200")).isNull();
        assertThat(io.articlex.boilerplate.Timestamps.filingDate("Mi1/Gav 991230 DIC 26")).isNull();
        assertThat(io.articlex.boilerplate.Timestamps.filingDate("EFE mrb/ja")).isNull();
        Draft d = new HeadStage().apply(Draft.of(List.of("Kabinet trekt extra geld uit voor dijken", "DEN HAAG (ANP) - " + PROSE_1, PROSE_2),
                PageMeta.NONE, List.of()).withRemoved(List.of(new Removed("ANP 141200 mrt 24", "sign-off"))));
        assertThat(d.meta().published()).isEqualTo("2024-03-14");
    }

    @Test
    void storyTypeLabelBeforeTheHeadlineIsAnEditorialTag() {
        Draft d = run("Roundup: Kenyan farmers turn to sorghum as rains fail", "NAIROBI, Dec. 6 (Xinhua) -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Kenyan farmers turn to sorghum as rains fail");
        assertThat(d.removed()).contains(new Removed("Roundup:", "editorial"));
        assertThat(run("ANALYSIS - Why the Turkish lira fell again", "ANKARA (AA) - " + PROSE_1, PROSE_2).title())
                .isEqualTo("Why the Turkish lira fell again");
        assertThat(run("(News Focus) Seoul weighs new housing rules", "SEOUL, Dec. 6 (Yonhap) -- " + PROSE_1, PROSE_2).title())
                .isEqualTo("Seoul weighs new housing rules");
        assertThat(run("Economic Watch: China's exports rise in November", PROSE_1, PROSE_2).title())
                .isEqualTo("China's exports rise in November");
        // a speaker or topic before the colon is the headline's own, and so is a label with under three words after it
        assertThat(run("Water council: dam upgrade to finish before summer", "TEHRAN (IRNA) -- " + PROSE_1, PROSE_2).title())
                .isEqualTo("Water council: dam upgrade to finish before summer");
        assertThat(HeadStage.kickerEnd("Interview: Mayor speaks")).isZero();
        assertThat(HeadStage.kickerEnd("Feature stories: tea houses of Chengdu")).isZero();
        assertThat(run("EXCLUSIVE | Fire at port warehouse forces evacuation", "ROTTERDAM, Dec 7 (ANP) - " + PROSE_1, PROSE_2)
                .title()).isEqualTo("Fire at port warehouse forces evacuation");
        // an urgency label is a tag too
        for (String urgent : List.of("EIL: ", "JUST IN: ", "BREAKING NEWS - ", "Developing: ", "NEWSALERT: ",
                "SON DAKİKA | ", "Eilmeldung: ", "ÚLTIMA HORA: ", "СРОЧНО: ", "عاجل | ")) {
            assertThat(run(urgent + "Fire at port warehouse forces evacuation", "ROTTERDAM, Dec 7 (ANP) - " + PROSE_1, PROSE_2)
                    .title()).as(urgent).isEqualTo("Fire at port warehouse forces evacuation");
        }
    }

    @Test
    void headlineInCapitalsWrappedOverTwoLinesIsOneTitle() {
        Draft d = run("JAPAN, PHILIPPINES SIGN DEFENSE PACT AMID", "RISING TENSIONS IN SOUTH CHINA SEA", "MANILA, Dec 6 (Kyodo) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("JAPAN, PHILIPPINES SIGN DEFENSE PACT AMID RISING TENSIONS IN SOUTH CHINA SEA");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a kicker in capitals over the headline ends on no such word
        d = run("EXCLUSIVE", "TURKISH DRONE MAKER IN TALKS TO BUILD PLANT", "ANKARA (AA) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("TURKISH DRONE MAKER IN TALKS TO BUILD PLANT");
    }

    @Test
    void siteNameAfterABarIsCutFromTheTitle() {
        Draft d = run("Nepal to open two new border points with China | The Kathmandu Post", "Kathmandu, Dec 6 (RSS): " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Nepal to open two new border points with China");
        assertThat(d.removed()).contains(new Removed("The Kathmandu Post", "credit"));
        assertThat(run("Live | Talks resume in Vienna", PROSE_1, PROSE_2).title()).isEqualTo("Live | Talks resume in Vienna");
    }

    @Test
    void laterItemsOfADigestLoseTheirDatelineAndHeadline() {
        String item2 = "North Korea fired a short-range ballistic missile into the sea on Sunday, the military said.";
        Draft d = run("Exports rise 8 percent in November", "SEOUL, Dec. 6 (Yonhap) -- " + PROSE_1, PROSE_2,
                "N. Korea fires ballistic missile", "SEOUL, Dec. 6 (Yonhap) -- " + item2, "The missile flew about 300 kilometers.");
        assertThat(d.title()).isEqualTo("Exports rise 8 percent in November");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, item2, "The missile flew about 300 kilometers.");
        assertThat(d.removed()).contains(new Removed("SEOUL, Dec. 6 (Yonhap) --", "dateline"),
                new Removed("N. Korea fires ballistic missile", "headline"));
        // another agency's dateline inside the story is a quoted item, not this digest's
        String other = "TOKYO, Dec. 6 (Kyodo) -- " + item2;
        assertThat(run("Exports rise 8 percent in November", "SEOUL, Dec. 6 (Yonhap) -- " + PROSE_1, other).paragraphs())
                .containsExactly(PROSE_1, other);
    }

    @Test
    void sidebarSentenceAboveTheTitleIsNotTheStoryStart() {
        Draft d = run("A regional power outage affected parts of Sumy Oblast on March 6, the energy company said.",
                "Kharkiv opens second underground school", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Kharkiv opens second underground school");
        assertThat(d.dateline()).isNull();
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void editorialTagLeavesTheTitle() {
        Draft d = run("(LEAD) S. Korea to expand subsidies for rural clinics", "SEOUL -- " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("S. Korea to expand subsidies for rural clinics");
        assertThat(d.removed()).contains(new Removed("(LEAD)", "editorial"));
        assertThat(d.dateline().location()).isEqualTo("SEOUL");
    }

    @Test
    void noTitleNoDatelineGivesNulls() {
        Draft d = run(PROSE_1, PROSE_2);
        assertThat(d.title()).isNull();
        assertThat(d.dateline()).isNull();
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void datelineWithoutTitle() {
        Draft d = run("Shillong, Mar 12 (PTI) " + PROSE_1, PROSE_2);
        assertThat(d.title()).isNull();
        assertThat(d.dateline().agency()).isEqualTo("PTI");
    }

    @Test
    void bylineEmbeddedInTheDatelineIsRemovedAsByline() {
        Draft d = run("Apple exports grow by a third",
                "Baku, Azerbaijan, May 17By Aytan Guliyeva - Trend:Azerbaijan's apple exports rose by 34 percent.",
                PROSE_2);
        assertThat(d.dateline().location()).isEqualTo("Baku, Azerbaijan");
        assertThat(d.paragraphs()).first().isEqualTo("Azerbaijan's apple exports rose by 34 percent.");
        assertThat(d.removed()).contains(new Removed("By Aytan Guliyeva", "byline"));
    }

    @Test
    void datelineAndBylinePrintedOnTwoLinesAreOneDateline() {
        Draft d = run("Rail freight deal signed", "Baku, Azerbaijan, Apr. 27", "By Umid Niayesh - Trend:", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Rail freight deal signed");
        assertThat(d.dateline().location()).isEqualTo("Baku, Azerbaijan");
        assertThat(d.dateline().date()).isEqualTo("Apr. 27");
        assertThat(d.dateline().agency()).isEqualTo("Trend");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("By Umid Niayesh", "byline"));
    }

    @Test
    void creditsRunTogetherWithSlashesAreABylineNotTheTitle() {
        Draft d = run("Trade house to open in Minsk", "/By AzerNews/By Sara Rajabova", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Trade house to open in Minsk");
        assertThat(d.meta().byline()).isEqualTo("Sara Rajabova");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("/By AzerNews/By Sara Rajabova", "byline"));
    }

    @Test
    void aDateAfterTheBylinesCommaIsNoPartOfIt() {
        io.articlex.model.Article a = io.articlex.Articlex.parser().parse(String.join("\n\n", "Ferry fares to rise",
                "By Carol Finch, 6 December 2026", PROSE_1, PROSE_2));
        assertThat(a.byline()).isEqualTo("Carol Finch");
        assertThat(a.published()).startsWith("2026-12-06");
        a = io.articlex.Articlex.parser().parse(String.join("\n\n", "Ferry fares to rise",
                "By Jane Roe, Staff Writer, Dec. 6, 2026", PROSE_1, PROSE_2));
        assertThat(a.byline()).isEqualTo("Jane Roe, Staff Writer");
        assertThat(Bylines.undated("Olena Marchuk March 6, 2024 4:15 PM")).isEqualTo("Olena Marchuk March 6, 2024 4:15 PM");
        Draft d = run("Ferry fares to rise", "By Jane Roe, Staff Writer", PROSE_1, PROSE_2);
        assertThat(d.meta().byline()).isEqualTo("Jane Roe, Staff Writer");
    }

    @Test
    void aNameWithAReportersPostUnderTheTitleIsTheByline() {
        Draft d = run("Council passes budget", "Jane Roe, Staff Writer", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Council passes budget");
        assertThat(d.meta().byline()).isEqualTo("Jane Roe, Staff Writer");
        assertThat(d.removed()).containsExactly(new Removed("Jane Roe, Staff Writer", "byline"));
        // a deck that names no post is no byline
        d = run("Council passes budget", "Mayor Ana Lopez, City Hall", PROSE_1, PROSE_2);
        assertThat(d.meta().byline()).isNull();
    }

    @Test
    void aSlashedLineWithoutByWordsIsNoByline() {
        assertThat(Bylines.byLine("/By AzerNews/Sara Rajabova")).isFalse();
        assertThat(Bylines.byLine("/News/Politics")).isFalse();
        assertThat(Bylines.withoutByWord("/By AzerNews/By Sara Rajabova")).isEqualTo("Sara Rajabova");
    }

    @Test
    void aBylineUnderADateLineWithoutAnAgencyStaysApart() {
        // no code the outlet table knows closes the byline: the date line is not joined to it, and is a
        // dateline of its own, a place and a date with no agency
        Draft d = run("Rail freight deal signed", "Baku, Azerbaijan, Apr. 27", "By Umid Niayesh - Staff:", PROSE_1, PROSE_2);
        assertThat(d.dateline().text()).isEqualTo("Baku, Azerbaijan, Apr. 27");
        assertThat(d.dateline().agency()).isNull();
        assertThat(d.title()).isEqualTo("Rail freight deal signed");
        assertThat(d.paragraphs()).contains("By Umid Niayesh - Staff:", PROSE_1, PROSE_2);
        assertThat(d.removed()).extracting(Removed::text).doesNotContain("By Umid Niayesh");
    }

    @Test
    void sectionLabelsAreNoTitleAndProseBetweenTitleAndBodyStays() {
        Draft d = run("Visa Program Up for Renewal Amid Allegations of Fraud.", "ABSTRACT.",
                "The merits of the program are being debated again in Congress.", "FULL TEXT.",
                "WASHINGTON - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isNull();
        assertThat(d.paragraphs()).contains("The merits of the program are being debated again in Congress.", PROSE_1);
        assertThat(d.dateline().location()).isEqualTo("WASHINGTON");
    }

    @Test
    void longTableAboveTheFirstProseIsKept() {
        List<String> paras = new java.util.ArrayList<>(List.of("QUARTERLY RESULTS"));
        for (int i = 0; i < 10; i++) {
            paras.add("Oper net " + i + " mln vs " + (i + 1) + " mln");
        }
        paras.add(PROSE_1);
        paras.add(PROSE_2);
        Draft d = run(paras.toArray(String[]::new));
        assertThat(d.paragraphs()).hasSize(12);
    }

    @Test
    void digestKeepsEveryItemAndTakesTheFirstHeadline() {
        Draft d = run("GEORGIAN PARLIAMENT APPROVES NEW BUDGET...",
                "Georgia's parliament approved the budget in its third reading. Spending on schools rises.",
                "ARMENIA, AZERBAIJAN HOLD NEW ROUND OF TALKS...",
                "The foreign ministers met in Geneva for a new round of talks, the ministries said.");
        assertThat(d.title()).isEqualTo("GEORGIAN PARLIAMENT APPROVES NEW BUDGET...");
        assertThat(d.paragraphs()).hasSize(3);
    }

    @Test
    void titlePrintedTwiceBeatsAMastheadAbove() {
        Draft printed = new io.articlex.boilerplate.BoilerplateStage().apply(Draft.of(List.of(
                "The Azerbaijan State News Agency", "Azerbaijan, Georgia sign rail freight deal",
                "Azerbaijan, Georgia sign rail freight deal", "Baku, May 21, AZERTAC", PROSE_1, PROSE_2),
                PageMeta.NONE, List.of()));
        Draft d = new HeadStage().apply(printed);
        assertThat(d.title()).isEqualTo("Azerbaijan, Georgia sign rail freight deal");
        assertThat(d.dateline().agency()).isEqualTo("AZERTAC");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void bylineLinesAreNeverTheTitle() {
        Draft d = run("Radweg an der Donau eröffnet", "Maria Berger - Reporterin der dpa", "Wien (dpa) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Radweg an der Donau eröffnet");
        assertThat(d.meta().byline()).isEqualTo("Maria Berger - Reporterin der dpa");
        assertThat(d.removed()).contains(new Removed("Maria Berger - Reporterin der dpa", "byline"));
    }

    /**
     * A byline with a colon after its by-word, then the paper's name and its time stamp: the headline stands
     * above both, and neither of them is a headline or a deck.
     */
    @Test
    void aBylineAndAStampedCreditUnderTheHeadlineAreNotTheTitle() {
        Draft d = run("Pagasa: Low pressure area may become storm", "By: Jane Bautista - Reporter / @janebautistaINQ",
                "Philippine Daily Inquirer / 05:20 AM December 06, 2026", "MANILA, Philippines — " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Pagasa: Low pressure area may become storm");
        assertThat(d.dateline().location()).isEqualTo("MANILA, Philippines");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(HeadStage.stampedCredit("Philippine Daily Inquirer / 05:20 AM December 06, 2026")).isTrue();
        assertThat(HeadStage.stampedCredit("Storm hits Manila / Dec 6, 2026 rains")).isFalse();
        assertThat(HeadStage.stampedCredit("Storm leaves thousands without power across the northern provinces / Dec 6, 2026")).isFalse();
    }

    /**
     * A copied page keeps what stood between its headline and the story: the date and time glued together,
     * a reading time, a staff credit, a writer with a post and no comma, an outlet and its region, a name
     * under a share row. None of them is the title; the headline above them is.
     */
    @Test
    void aPagesLinesBetweenHeadlineAndStoryAreNotTheTitle() {
        for (String[] head : new String[][] {
                {"December 6, 20262:14 PM ET", "By Joel Rose"},
                {"By Jane Doe", "NZ Herald·", "2 mins to read"},
                {"Al Jazeera Staff"},
                {"Government says NHS spending on temporary staff has doubled", "Peter Walker Political correspondent",
                        "Sun 6 Dec 2026 14.22 GMT"},
                {"Published", "Save", "Jane Smith", "BBC News, Yorkshire"},
                {"12/06/2026December 6, 2026"}}) {
            List<String> paras = new java.util.ArrayList<>(List.of("Ministers to review rules on agency nurses"));
            paras.addAll(List.of(head));
            paras.add(PROSE_1);
            paras.add(PROSE_2);
            Draft d = run(paras.toArray(String[]::new));
            assertThat(d.title()).as(String.join(" / ", head)).isEqualTo("Ministers to review rules on agency nurses");
            assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        }
    }

    /**
     * A page copied from a browser gives the site's menu an item a line above the headline, more lines than
     * a head was looked for in: the menu's items no longer count against that, the headline is the title and
     * the menu goes. A byline with a post of several words ("North of England editor") is no title either.
     */
    @Test
    void aSitesMenuCopiedAboveTheHeadlineGoesWithTheHead() {
        List<String> paras = new java.util.ArrayList<>(List.of("Skip to main content", "Sign in"));
        paras.addAll(List.of("News", "Opinion", "Sport", "Culture", "Lifestyle", "UK", "World", "Climate crisis",
                "Middle East", "Business", "Transport", "Print subscriptions", "Today's Paper", "Video"));
        paras.addAll(List.of("Northern rail link gets go-ahead after years of delay", "Helen Pidd North of England editor",
                "Mon 7 Dec 2026 10.00 GMT", PROSE_1, PROSE_2));
        Draft d = run(paras.toArray(String[]::new));
        assertThat(d.title()).isEqualTo("Northern rail link gets go-ahead after years of delay");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    /** Short lines that are not a menu's items (figures, sentences) still count: a long head of them stays body. */
    @Test
    void aLongRunOfShortLinesThatAreNoMenuStaysBody() {
        List<String> rows = List.of("Wheat: 4.1m tonnes", "Maize: 2.2m tonnes", "Barley: 0.9m tonnes", "Rice: 0.4m tonnes",
                "Oats: 0.3m tonnes", "Rye: 0.2m tonnes", "Soy: 1.1m tonnes", "Millet: 0.1m tonnes", "Sorghum: 0.1m tonnes",
                "Total: 9.4m tonnes");
        List<String> paras = new java.util.ArrayList<>(rows);
        paras.addAll(List.of(PROSE_1, PROSE_2));
        assertThat(run(paras.toArray(String[]::new)).paragraphs()).containsAll(rows);
        assertThat(HeadStage.menuItem("Middle East")).isTrue();
        assertThat(HeadStage.menuItem("SKIP ADVERTISEMENT")).isTrue();
        for (String line : List.of("Wheat: 4.1m tonnes", "Talks end.", "Floods force thousands from their homes", "1,204 votes")) {
            assertThat(HeadStage.menuItem(line)).as(line).isFalse();
        }
    }

    /** A "Most Read from ..." list between headline and story is the site's other stories: none is the title. */
    @Test
    void aMostReadListUnderTheHeadlineGivesNoTitle() {
        io.articlex.model.Article a = io.articlex.Articlex.parser().parse(String.join("\n\n",
                "Oil Extends Gain as OPEC+ Signals Deeper Output Cuts",
                "Most Read from Bloomberg\nTrump Says He Will Meet Xi in January\nStocks Slide as Tech Selloff Deepens",
                "(Bloomberg) -- " + PROSE_1, PROSE_2));
        assertThat(a.title()).isEqualTo("Oil Extends Gain as OPEC+ Signals Deeper Output Cuts");
        assertThat(a.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    /** Headlines that hold a year, a time, a post or an outlet's name stay headlines. */
    @Test
    void headlinesThatLookLikeAPagesLinesStayHeadlines() {
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        for (String title : List.of("Polls close at 8:00 in landmark 2026 vote", "Hospital Cuts Nursing Staff",
                "Trump Names New Editor", "Jane Roe named editor of the Gazette", "Reuters, AP win awards",
                "Budget for 2027 passes at 3:15 am", "Five minutes to read the whole bill, senators complain")) {
            assertThat(HeadStage.headMetadata(title, outlets)).as(title).isFalse();
        }
    }

    @Test
    void aBareNameUnderTheHeadlineIsTheByline() {
        Draft d = run("Gölde su seviyesi yükseldi", "Mehmet Kaya", "VAN (AA) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Gölde su seviyesi yükseldi");
        assertThat(d.meta().byline()).isEqualTo("Mehmet Kaya");
    }

    @Test
    void aHeadlineMayEndInAFullStopRightAboveTheDateline() {
        Draft d = run("La commune ouvre une nouvelle piscine.", "(Belga) " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("La commune ouvre une nouvelle piscine.");
        assertThat(d.dateline().agency()).isEqualTo("Belga");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void slugsAndLeadersAreNotPartOfTheTitle() {
        assertThat(run("UPDATE 2-Council backs dam plan", "TEHRAN (IRNA) -- " + PROSE_1, PROSE_2).title())
                .isEqualTo("Council backs dam plan");
        assertThat(run("-- Council backs dam plan", "TEHRAN (IRNA) -- " + PROSE_1, PROSE_2).title())
                .isEqualTo("Council backs dam plan");
        assertThat(run("Hochwasserschutz in Leoben fertiggestellt =", "Leoben (APA) - " + PROSE_1, PROSE_2).title())
                .isEqualTo("Hochwasserschutz in Leoben fertiggestellt");
    }

    @Test
    void aDeckOfNearlyTheTitlesLengthAfterACommaIsPassedOver() {
        Draft d = run("В Томске создали новый датчик лесных пожаров для вышек",
                "Первые устройства установят на вышках летом, рассказали разработчики", "ТОМСК, 15 февраля. /ТАСС/. " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("В Томске создали новый датчик лесных пожаров для вышек");
    }

    @Test
    void publishedComesFromATimestampLineOrADatelineWithAYear() {
        Draft stamped = new HeadStage().apply(Draft.of(List.of("Council backs dam plan", "TEHRAN (IRNA) -- " + PROSE_1, PROSE_2),
                PageMeta.NONE, List.of()).withRemoved(List.of(new Removed("22.08.2023, 14:32 Uhr", "timestamp"))));
        assertThat(stamped.meta().published()).isEqualTo("2023-08-22T14:32");
        assertThat(run("O Porto planta árvores", "Porto, 12 set 2023 (Lusa) - " + PROSE_1, PROSE_2).meta().published())
                .isEqualTo("2023-09-12");
    }

    @Test
    void aDatelineDateWithoutAYearNeedsAHint() {
        List<String> story = List.of("Hallan una necrópolis romana", "Sevilla, 9 may (EFE).- " + PROSE_1, PROSE_2);
        Draft none = new HeadStage().apply(Draft.of(story, PageMeta.NONE, List.of()));
        assertThat(none.dateline().date()).isEqualTo("9 may");
        assertThat(none.meta().published()).isNull();
        Draft hinted = new HeadStage(null, io.articlex.dates.DateHint.ofYear(2024)).apply(Draft.of(story, PageMeta.NONE, List.of()));
        assertThat(hinted.meta().published()).isEqualTo("2024-05-09");
    }

    @Test
    void breakingNewsPlusSignsAreNotPartOfTheTitle() {
        assertThat(HeadStage.breakingMarks("+++ Kabinett beschließt Gesetz +++"))
                .isEqualTo("Kabinett beschließt Gesetz");
        assertThat(HeadStage.breakingMarks("++ Eilmeldung ++")).isEqualTo("Eilmeldung");
        assertThat(HeadStage.breakingMarks("C++ turns 40")).isEqualTo("C++ turns 40");
        assertThat(HeadStage.breakingMarks("++++++++")).isEqualTo("++++++++");
    }

    /** A wire's name and the page's stamp with no bar between ({@code Reuters Published December 7, 2026}): a credit. */
    @Test
    void anOutletsNameBeforeAStampIsACreditNotTheTitle() {
        Draft d = run("Pakistan, IMF reach staff-level agreement", "Reuters Published December 7, 2026", "ISLAMABAD: " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Pakistan, IMF reach staff-level agreement");
        assertThat(d.removed()).contains(new Removed("Reuters Published December 7, 2026", "credit"));
        assertThat(d.meta().published()).isEqualTo("2026-12-07");
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(HeadStage.outletStamp("AFP Updated 07 Dec 2026", outlets)).isTrue();
        assertThat(HeadStage.outletStamp("Reuters wins award on December 7", outlets)).isFalse();
        assertThat(HeadStage.outletStamp("Reuters Published a report on December 7", outlets)).isFalse();
        // the label in any case, after a name of up to four words; a longer word or another letter is none
        assertThat(HeadStage.outletStamp("AFP LAST UPDATED 07 Dec 2026 10:32", outlets)).isTrue();
        assertThat(HeadStage.outletStamp("Agence France-Presse posted 07 Dec 2026", outlets)).isTrue();
        assertThat(HeadStage.outletStamp("AFP Publishedd 07 Dec 2026", outlets)).isFalse();
        assertThat(HeadStage.outletStamp("AFP Publ\u0131shed 07 Dec 2026", outlets)).isFalse();
        assertThat(HeadStage.outletStamp("AFP Updated", outlets)).isFalse();
    }

    /**
     * A live page's entry times are no headline: the last of them above the story had been the title. The
     * body starts at the first entry, and the times between entries stay with them, as they do further down.
     */
    @Test
    void aClockTimeAloneIsNeverTheTitle() {
        Draft d = run("Cyclone makes landfall near Puducherry", "10:20 IST", "Rain continues; schools remain closed.",
                "09:50 IST", PROSE_1);
        assertThat(d.title()).isEqualTo("Cyclone makes landfall near Puducherry");
        assertThat(d.paragraphs()).containsExactly("Rain continues; schools remain closed.", "09:50 IST", PROSE_1);
    }

    /** Two words and a full stop over an agency's dateline are the headline; over a bare place they are not. */
    @Test
    void aTwoWordHeadlineWithAFullStopOverAnAgencysDateline() {
        assertThat(run("Meeting postponed.", "ACCRA, Dec 7 (GNA) - " + PROSE_1, PROSE_2).title()).isEqualTo("Meeting postponed.");
        assertThat(run("Meeting postponed.", "ACCRA - " + PROSE_1, PROSE_2).title()).isNull();
    }

    /**
     * A paper's own byline with its name in brackets ({@code Dian Septiari (The Jakarta Post)}) and its place
     * and date line ({@code Jakarta  ●  Mon, December 7, 2026}) under the headline: neither is the title.
     */
    @Test
    void aWriterWithHerPaperInBracketsAndAPlaceStampAreNoTitle() {
        Draft d = run("Jakarta to ban coal trucks from city roads", "Dian Septiari (The Jakarta Post)",
                "Jakarta  ●  Mon, December 7, 2026", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Jakarta to ban coal trucks from city roads");
        assertThat(d.dateline()).isNull();
        assertThat(d.removed()).contains(new Removed("Dian Septiari (The Jakarta Post)", "byline"));
        assertThat(HeadStage.placeBulletStamp("Jakarta  ●  Mon, December 7, 2026")).isTrue();
        assertThat(HeadStage.placeBulletStamp("Markets • Stocks rise on rate hopes")).isFalse();
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(Bylines.creditLine("Dian Septiari (The Jakarta Post)", outlets)).isTrue();
        assertThat(Bylines.creditLine("Talks resume (Update)", outlets)).isFalse();
    }

    @Test
    void liveEntriesUnderTheirClockTimesAreBodyAfterTheSummary() {
        String e1 = "The weather service has extended its red warning for the coast until 6pm.";
        String e2 = "Rail services between the two towns are suspended.";
        String e3 = "More than 50,000 homes are without power, the grid operator says.";
        Draft d = run("Storm hits the west coast", "Key points", "Winds of up to 90mph recorded",
                "Ferries cancelled and schools closed", e1, "14:10", e2, "13:55", e3);
        assertThat(d.title()).isEqualTo("Storm hits the west coast");
        assertThat(d.paragraphs()).containsExactly(e1, "14:10", e2, "13:55", e3);
        assertThat(HeadStage.clockAlone("2:45 pm")).isTrue();
        assertThat(HeadStage.clockAlone("14:10 GMT")).isTrue();
        assertThat(HeadStage.clockAlone("2026")).isFalse();
        assertThat(HeadStage.clockAlone("14:10 Council votes")).isFalse();
    }

    @Test
    void aSpeakersLabelInCapitalsIsNoDateline() {
        String q1 = "PRESENTER: Minister, will taxes rise next year?";
        String a1 = "MINISTER: We have no plans to raise income tax. What we have said is that we will look at every option.";
        String q2 = "PRESENTER: Including VAT?";
        String a2 = "MINISTER: I am not going to write the budget on this programme.";
        Draft d = run("Finance minister interview on budget", q1, a1, q2, a2);
        assertThat(d.dateline()).isNull();
        assertThat(d.paragraphs()).containsExactly(q1, a1, q2, a2);
        // a digest's items under two places keep the first place as the dateline
        d = run("Pakistan briefs", "KARACHI: " + PROSE_1, "LAHORE: " + PROSE_2);
        assertThat(d.dateline().location()).isEqualTo("KARACHI");
    }

    @Test
    void aNewsletterNamedInTwoWordsOverItsItemsKeepsThemAll() {
        String hello = "Good morning. Here is what you need to know today.";
        Draft d = run("Morning Briefing", hello, "Parliament votes on budget", PROSE_1, "Rail strike called off", PROSE_2);
        assertThat(d.title()).isEqualTo("Morning Briefing");
        assertThat(d.paragraphs()).containsExactly(hello, "Parliament votes on budget", PROSE_1, "Rail strike called off", PROSE_2);
    }

    @Test
    void anOutletInBracketsBeforeItsStampIsACredit() {
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(HeadStage.outletStamp("(People's Daily Online) 14:20, December 07, 2026", outlets)).isTrue();
        assertThat(HeadStage.outletStamp("(People's Daily Online) said on Monday", outlets)).isFalse();
        assertThat(HeadStage.outletStamp("(Photo) 14:20, December 07, 2026", outlets)).isFalse();
        Draft d = run("China's grain output hits record", "(People's Daily Online) 14:20, December 07, 2026", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("China's grain output hits record");
        assertThat(d.meta().published()).isEqualTo("2026-12-07");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void aStoryTypeSlugAndASignBeforeABreakingLabelLeaveTheTitle() {
        Draft d = run("BRIEF-Harbor Logistics says Q3 profit rose 12%", "Dec 7 (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Harbor Logistics says Q3 profit rose 12%");
        assertThat(d.removed()).contains(new Removed("BRIEF-", "editorial"));
        d = run("\uD83D\uDD34 BREAKING: Parliament dissolved ahead of snap election", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Parliament dissolved ahead of snap election");
        // a sign before words that are no label leaves the title whole
        d = run("\uD83D\uDD34 Storm warning: coast braces for winds", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("\uD83D\uDD34 Storm warning: coast braces for winds");
    }

    @Test
    void anAgencysNameBeforeAnAgeAndAClockIsACredit() {
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(HeadStage.outletStamp("KYODO NEWS - 2 hours ago - 15:00 | All, Japan, World", outlets)).isTrue();
        assertThat(HeadStage.outletStamp("KYODO NEWS - Japan | World", outlets)).isFalse();
        Draft d = run("Japan to raise defense spending", "KYODO NEWS - 2 hours ago - 15:00 | All, Japan, World", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Japan to raise defense spending");
        assertThat(d.removed()).contains(new Removed("KYODO NEWS - 2 hours ago - 15:00 | All, Japan, World", "credit"));
    }

    @Test
    void aPlaceEndingThePapersStampIsTheDateline() {
        io.articlex.rules.OutletTable outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(HeadStage.stampPlace(List.of(new Removed("Updated - December 07, 2026 10:12 pm IST - NEW DELHI", "timestamp")),
                outlets).location()).isEqualTo("NEW DELHI");
        assertThat(HeadStage.stampPlace(List.of(new Removed("Updated - December 07, 2026 - REUTERS", "timestamp")), outlets)).isNull();
        assertThat(HeadStage.stampPlace(List.of(new Removed("December 07, 2026 10:12 - CEST", "timestamp")), outlets)).isNull();
        assertThat(HeadStage.stampPlace(List.of(new Removed("Updated - December 07, 2026 - NEW DELHI", "header")), outlets)).isNull();
        assertThat(HeadStage.stampPlace(List.of(new Removed("December 07, 2026 - New Delhi", "timestamp")), outlets)).isNull();
    }

    @Test
    void aFeedsItemsOverTheStoryAreNoHeadlineOverDecks() {
        List<Removed> feed = List.of(new Removed("11:44 PM", "timestamp"), new Removed("10:12 PM", "timestamp"));
        Draft d = new HeadStage().apply(Draft.of(List.of("Ukraine receives new air defense systems from Germany",
                "Kyiv reports power outages after overnight attack", "Ukraine, Poland agree on grain transit rules",
                PROSE_1, PROSE_2), PageMeta.NONE, List.of()).withRemoved(feed));
        assertThat(d.title()).isEqualTo("Ukraine, Poland agree on grain transit rules");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(HeadStage.feedStamps(feed)).isTrue();
        assertThat(HeadStage.feedStamps(List.of(new Removed("11:44 PM", "timestamp")))).isFalse();
        assertThat(HeadStage.feedStamps(List.of(new Removed("December 7, 2026 11:44 PM", "timestamp"),
                new Removed("Updated 10:12 PM", "timestamp")))).isFalse();
        // without the feed's times, the last line reads as the deck of the one above it
        d = run("Ukraine receives new air defense systems from Germany", "Kyiv reports power outages after overnight attack",
                "Ukraine, Poland agree on grain transit rules", PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Kyiv reports power outages after overnight attack");
    }

    @Test
    void aDateGluedToTheHeadlinesLastWordGoes() {
        assertThat(HeadStage.gluedStamp("Bangladesh to import 500,000 tonnes of rice07 Dec 2026, 14:20")).isEqualTo(43);
        assertThat(HeadStage.gluedStamp("Airline orders 20 Boeing jets for 2027")).isEqualTo(-1);
        assertThat(HeadStage.gluedStamp("Samsung unveils Galaxy S27 in Seoul")).isEqualTo(-1);
        Draft d = run("Bangladesh to import 500,000 tonnes of rice07 Dec 2026, 14:20", "DHAKA, Dec 7 (BSS) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Bangladesh to import 500,000 tonnes of rice");
        assertThat(d.removed()).contains(new Removed("07 Dec 2026, 14:20", "timestamp"));
    }

    @Test
    void twoWordsInSentenceCaseOverAnAgencysDatelineAreTheHeadline() {
        Draft d = run("Markets tumble", "NEW YORK, Dec 7 (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isEqualTo("Markets tumble");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a name or a section's label capitalises its second word: no headline
        d = run("John Smith", "NEW YORK, Dec 7 (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isNull();
        d = run("World News", "NEW YORK, Dec 7 (Reuters) - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isNull();
        // over a dateline without an agency, two words are as often a label
        d = run("Markets tumble", "NEW YORK - " + PROSE_1, PROSE_2);
        assertThat(d.title()).isNull();
    }

    @Test
    void theHeadlinePrintedAgainUnderTheStoryGoes() {
        Draft d = run("Port strike ends after pay deal", "ROTTERDAM, Dec 7 (Reuters) - " + PROSE_1, PROSE_2,
                "Port strike ends after pay deal");
        assertThat(d.title()).isEqualTo("Port strike ends after pay deal");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed("Port strike ends after pay deal", "duplicate"));
    }
}
