package io.articlex.segment;

import io.articlex.boilerplate.BoilerplateStage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    /** With the built-in chrome-line rules, as a parse without user rules uses. */
    private static List<String> segment(String text) {
        List<String> out = Segmenter.segment(text, BoilerplateStage::isChromeLine);
        if (plain(text)) {
            assertThat(Segmenter.segment(text, true, BoilerplateStage::isChromeLine)).isEqualTo(out);
        }
        return out;
    }

    /** Printable ASCII and line feeds only, as the decoder's plain flag says. */
    private static boolean plain(String text) {
        return text.chars().allMatch(c -> c == '\n' || c >= 0x20 && c < 0x7F);
    }

    @Test
    void plainTextLinesAreStrippedAndTheirInnerRunsOfSpacesMadeOne() {
        // trailing spaces before an indent, so the double space found first lies outside the next line
        String text = "    Shr 81 cts  vs 57 cts  \n    Net 1.2 mln vs 900,000   \n   \n  A  b c.  \nnext line.";
        List<String> lines = Segmenter.segment(text, true, BoilerplateStage::isChromeLine);
        assertThat(lines).containsExactly("Shr 81 cts vs 57 cts", "Net 1.2 mln vs 900,000", "A b c.", "next line.");
        assertThat(lines).isEqualTo(Segmenter.segment(text, false, BoilerplateStage::isChromeLine));
    }

    @Test
    void plainTextsSegmentAsAnyText() {
        java.util.Random random = new java.util.Random(15);
        String alphabet = "  \n\naA.,:-bthe of ";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(120);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(Segmenter.segment(text, true, BoilerplateStage::isChromeLine))
                    .as(text).isEqualTo(Segmenter.segment(text, false, BoilerplateStage::isChromeLine));
        }
    }

    @Test
    void indentedWireCopyJoinsWrappedLinesAndSplitsAtIndents() {
        String text = "    PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed a\n"
                + "registration statement.\n"
                + "    The company said it expects the offering to be priced at 20\n"
                + "dlrs per unit.\n";
        assertThat(segment(text)).containsExactly(
                "PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed a registration statement.",
                "The company said it expects the offering to be priced at 20 dlrs per unit.");
    }

    /** A byline in lower case ("di Marco Rossi") under a long headline ending in a lower-case word stays its own line. */
    @Test
    void lowerCaseBylineIsNotTheHeadlinesEnd() {
        String text = "Milano, chiude dopo 80 anni la storica libreria di corso Buenos Aires\n"
                + "di Marco Rossi\n07 marzo 2024 | 14:20\n";
        assertThat(segment(text)).containsExactly("Milano, chiude dopo 80 anni la storica libreria di corso Buenos Aires",
                "di Marco Rossi", "07 marzo 2024 | 14:20");
        String sentence = "The new rules were drafted over the winter and signed last week\nby the minister of transport.\n";
        assertThat(segment(sentence)).hasSize(1);
    }

    /** A German headline closing on its particle "an" is no English article waiting for its noun. */
    @Test
    void germanHeadlineEndingInTheParticleAnStaysALineOfItsOwn() {
        assertThat(segment("GDL kündigt neuen Warnstreik an\nDie Gewerkschaft ruft erneut zum Ausstand auf.\n"))
                .containsExactly("GDL kündigt neuen Warnstreik an", "Die Gewerkschaft ruft erneut zum Ausstand auf.");
        // the article before a vowel, an "h" or capitals still runs on
        assertThat(segment("The council has named an\nIndian engineer as its new chief.\n"))
                .containsExactly("The council has named an Indian engineer as its new chief.");
        assertThat(segment("The agency opened an\nFBI inquiry into the sale.\n"))
                .containsExactly("The agency opened an FBI inquiry into the sale.");
    }

    /** Web copy with a line per paragraph is not hard-wrapped: the date line under the headline stays apart. */
    @Test
    void lineLongerThanTheWidthIsNoEvidenceOfWrapping() {
        String body = "La Délégation provinciale de la santé a lancé, vendredi, une campagne de vaccination contre la grippe saisonnière au profit des personnes âgées.";
        String text = "Société\nCasablanca: lancement d'une campagne de vaccination contre la grippe\nvendredi 6 décembre 2024 - 10:32\n"
                + body + "\nCette campagne se poursuivra jusqu'à fin janvier, a-t-on précisé.\nLu 123 fois\n";
        assertThat(segment(text)).containsExactly("Société", "Casablanca: lancement d'une campagne de vaccination contre la grippe",
                "vendredi 6 décembre 2024 - 10:32", body, "Cette campagne se poursuivra jusqu'à fin janvier, a-t-on précisé.", "Lu 123 fois");
    }

    @Test
    void emailLineUnderANameStaysALineOfItsOwn() {
        assertThat(segment("Council approves skate park\n\nSarah Jones\nsjones@example.com\nPublished 6:02 a.m. ET March 12, 2024\n"))
                .containsExactly("Council approves skate park", "Sarah Jones", "sjones@example.com",
                        "Published 6:02 a.m. ET March 12, 2024");
        assertThat(Segmenter.address("sjones@example.com")).isTrue();
        assertThat(Segmenter.address("www.example.org")).isTrue();
        assertThat(Segmenter.address("said the mayor")).isFalse();
        assertThat(Segmenter.address("@handle")).isFalse();
    }

    @Test
    void headlineWrappedOverTwoLinesOfAWrappedBlockIsOneLine() {
        String text = "Government approves Rs 6,000 crore extension of Delhi Metro\n"
                + "Magenta Line to Noida airport\n"
                + "New Delhi, Mar 12 (PTI) The Union Cabinet on Tuesday approved\n"
                + "a 28-km extension of the Delhi Metro's Magenta Line at a cost\n"
                + "of Rs 6,000 crore, officials said.\n";
        assertThat(segment(text)).first().isEqualTo("Government approves Rs 6,000 crore extension of Delhi Metro Magenta Line to Noida airport");
        // a dateline alone on the second line holds a date or a bracket: never the headline's end
        assertThat(Segmenter.headlineTail("Government approves Rs 6,000 crore extension of Delhi Metro",
                "New Delhi, Mar 12 (PTI)", 62)).isFalse();
        assertThat(Segmenter.headlineTail("Short headline", "Magenta Line to Noida airport", 62)).isFalse();
        // a headline in capitals wrapped after a function word runs on
        assertThat(segment("PORT AUTHORITY AWARDS CONTRACT FOR NEW FERRY TERMINAL ON\nNORTH QUAY\n"))
                .containsExactly("PORT AUTHORITY AWARDS CONTRACT FOR NEW FERRY TERMINAL ON NORTH QUAY");
    }

    @Test
    void oneParagraphALineIsNoWrappedBlock() {
        // every line ends a sentence, though two come near the second-longest line's length
        String text = "Harbour board backs plan to deepen channel\n"
                + "PORTSMOUTH, N.H., May 8 (AP) - The harbour board on Friday approved a plan to deepen the main channel so that larger ships can dock.\n"
                + "Work is due to start in the autumn and take two years.\n"
                + "\"This keeps the port in business,\" the board chairman said.\n"
                + "The plan still needs federal approval.\n";
        assertThat(segment(text)).hasSize(5);
        // the same lengths cut inside sentences are a wrapped block
        String wrapped = "The harbour board on Friday approved a plan to deepen the main\n"
                + "channel so that larger ships can dock at the port, ending years\n"
                + "of debate over the cost and the harm to the fishing grounds in\n"
                + "the bay. Work is due to start in the autumn and take two years.\n";
        assertThat(segment(wrapped)).hasSize(1);
    }

    @Test
    void shortChromeLinesStaySeparate() {
        assertThat(segment("Your Comment\nYou are replying to: .\n3 + 5 =\n"))
                .containsExactly("Your Comment", "You are replying to: .", "3 + 5 =");
    }

    @Test
    void blankLinesSeparateAndInnerSpacesCollapse() {
        assertThat(segment("One  two.\n\n\n  Three.\n")).containsExactly("One two.", "Three.");
    }

    @Test
    void indentedTableRowsAreOneParagraphEach() {
        // reuters21578-00126: every row indented, lower-case "net loss" must not join the row above
        String text = "    Shr loss 6.52 dlrs vs profit 3.87 dlrs\n    net loss 111.2 mln vs profit 64.2 mln\n"
                + "    Revs 501.0 mln vs 776.0 mln\n Reuter\n";
        assertThat(segment(text)).containsExactly("Shr loss 6.52 dlrs vs profit 3.87 dlrs",
                "net loss 111.2 mln vs profit 64.2 mln", "Revs 501.0 mln vs 776.0 mln", "Reuter");
    }

    @Test
    void headLinesAboveTheFirstIndentedLineStaySeparate() {
        // a wire archive's slug, editor's note, byline and a dateline on its own line, then indented paragraphs:
        // the column-0 lines above the first indent are not one wrapped paragraph
        String text = "AP-NR-09-20-89 0002EDT\nEds: SUBS 5th graf\nBy DAN SEWELL\nAssociated Press Writer\nMIAMI (AP)\n"
                + "   Residents of the Keys began returning home Wednesday after the storm\n"
                + "spared the island chain.\n"
                + "   Damage was estimated at $4 million.\n";
        assertThat(segment(text)).containsExactly("AP-NR-09-20-89 0002EDT", "Eds: SUBS 5th graf", "By DAN SEWELL",
                "Associated Press Writer", "MIAMI (AP)",
                "Residents of the Keys began returning home Wednesday after the storm spared the island chain.",
                "Damage was estimated at $4 million.");
    }

    @Test
    void chromeLineAtColumnZeroAfterAnIndentedSentenceIsALineOfItsOwn() {
        String text = "(ANSA) - VENICE, DEC 6 - Venice will charge day-trippers an entry fee.\n"
                + "    Mayor Luigi Brugnaro said the scheme had reduced crowding.\n"
                + "ALL RIGHTS RESERVED © Copyright ANSA\n";
        assertThat(segment(text)).containsExactly("(ANSA) - VENICE, DEC 6 - Venice will charge day-trippers an entry fee.",
                "Mayor Luigi Brugnaro said the scheme had reduced crowding.", "ALL RIGHTS RESERVED © Copyright ANSA");
        // a wrapped line at column 0 after a sentence's end that is no chrome still continues the paragraph
        String wrapped = "    The company said it expects the offering to be priced.\n"
                + "It gave no date.\n    Shares rose.\n";
        assertThat(segment(wrapped)).containsExactly("The company said it expects the offering to be priced. It gave no date.",
                "Shares rose.");
    }

    @Test
    void anIndentedChromeLineMakesNoIndentedLayout() {
        String text = "Story by Reuters\n \u2022 2h\nISTANBUL, Dec 6 (Reuters) - Turkey's central bank cut its key rate.\n"
                + "The decision was in line with expectations.\n";
        assertThat(segment(text)).containsExactly("Story by Reuters", "\u2022 2h",
                "ISTANBUL, Dec 6 (Reuters) - Turkey's central bank cut its key rate.", "The decision was in line with expectations.");
        // nor does one with no word of two letters that the chrome rules do not know (" • 2h • ")
        text = "Story by Reuters\n \u2022 2h \u2022 \nISTANBUL, Dec 6 (Reuters) - Turkey's central bank cut its key rate.\n"
                + "The decision was in line with expectations.\n";
        assertThat(segment(text)).containsExactly("Story by Reuters", "\u2022 2h \u2022",
                "ISTANBUL, Dec 6 (Reuters) - Turkey's central bank cut its key rate.", "The decision was in line with expectations.");
    }

    @Test
    void yonhapParagraphsSeparatedOnlyByIndentation() {
        String text = "SEOUL -- The ministry said Friday it will expand the program next year.\n"
                + "   Under the plan, doctors will receive support.\n"
                + "   The ministry will also pay for night shifts.\n";
        assertThat(segment(text)).containsExactly(
                "SEOUL -- The ministry said Friday it will expand the program next year.",
                "Under the plan, doctors will receive support.", "The ministry will also pay for night shifts.");
    }

    @Test
    void ptiWrappedWithoutBlankLinesSplitsAtShortSentenceEnds() {
        String text = "Shillong, Mar 12 (PTI) The state government on Tuesday\n"
                + "launched a drive to clear plastic waste and invasive weeds\n"
                + "from the lake, the main source of drinking water for\n"
                + "several towns.\n"
                + "Officials said a ban on single-use plastic in shops around\n"
                + "the lake would be enforced from April. Fines for repeat\n"
                + "violations will follow.\n";
        assertThat(segment(text)).containsExactly(
                "Shillong, Mar 12 (PTI) The state government on Tuesday launched a drive to clear plastic waste "
                        + "and invasive weeds from the lake, the main source of drinking water for several towns.",
                "Officials said a ban on single-use plastic in shops around the lake would be enforced from April. "
                        + "Fines for repeat violations will follow.");
    }

    @Test
    void aLineCutInsideASentenceRunsOnIntoACapitalisedWord() {
        String text = "New Delhi, Dec 7 (PTI) The Union Cabinet on Monday approved\n"
                + "a Rs 12,000-crore scheme to boost the production of\n"
                + "electric buses in the country, Information and Broadcasting\n"
                + "Minister said.\n"
                + "The scheme will support the deployment of 10,000 electric\n"
                + "buses in 169 cities over the next five years, he told\n"
                + "reporters after the Cabinet meeting.\n"
                + "PTI AB CD EF\n";
        assertThat(segment(text)).containsExactly(
                "New Delhi, Dec 7 (PTI) The Union Cabinet on Monday approved a Rs 12,000-crore scheme to boost the "
                        + "production of electric buses in the country, Information and Broadcasting Minister said.",
                "The scheme will support the deployment of 10,000 electric buses in 169 cities over the next five "
                        + "years, he told reporters after the Cabinet meeting.",
                "PTI AB CD EF");
        // a head of four lines keeps its lines: the stamp ending on a place is no sentence cut at the width
        String head = "Supreme Court seeks Centre's response on plea over ration cards\n"
                + "The plea sought the issuance of ration cards to migrant workers without proof of residence\n"
                + "Updated - December 07, 2026 04:12 pm IST - New Delhi\n"
                + "PTI\n";
        assertThat(segment(head)).hasSize(4);
    }

    @Test
    void sentenceEndingAtTheWrapJoinsWhenTheNextWordCouldNotHaveFitted() {
        String text = "The lake gives us water, electricity and livelihood, and it.\n"
                + "Cannot be treated as a dumping ground any longer, he said\n"
                + "at the launch of the campaign in the state capital city\n"
                + "on Tuesday morning.\n"
                + "Officials said the ban would be strictly enforced.\n";
        assertThat(segment(text)).hasSize(2);
    }

    @Test
    void overLongCaptionLineIsNotJoinedToTheWrappedStory() {
        String text = "Shillong: Volunteers clear weeds from the Umiam lake shore on Tuesday. PTI Photo\n"
                + "Shillong, Mar 12 (PTI) The Meghalaya government on Tuesday\n"
                + "launched a drive to clear plastic waste and invasive weeds\n"
                + "from Umiam lake, the main source of drinking water for\n"
                + "several towns near the state capital.\n";
        assertThat(segment(text)).first()
                .isEqualTo("Shillong: Volunteers clear weeds from the Umiam lake shore on Tuesday. PTI Photo");
    }

    @Test
    void blankLineAfterEveryWrappedLineIsRejoined() {
        // syn-dev-06 layout: a Xinhua blog repost wraps at ~60 and leaves a blank line after each line
        String text = "Giant panda base opens new research and visitor center\n\n"
                + "CHENGDU, Oct. 9 (Xinhua) -- Chengdu's giant panda breeding\n\n"
                + "base on Monday opened a research and visitor center that staff\n\n"
                + "say will let the public watch veterinary work without\n\n"
                + "disturbing the animals.\n\n"
                + "Visitor numbers will be capped at 30,000 a day during the\n\n"
                + "National Day holidays to reduce stress on the animals, Li\n\n"
                + "said.\n";
        assertThat(segment(text)).containsExactly(
                "Giant panda base opens new research and visitor center",
                "CHENGDU, Oct. 9 (Xinhua) -- Chengdu's giant panda breeding base on Monday opened a research and "
                        + "visitor center that staff say will let the public watch veterinary work without disturbing "
                        + "the animals.",
                "Visitor numbers will be capped at 30,000 a day during the National Day holidays to reduce stress "
                        + "on the animals, Li said.");
    }

    @Test
    void ordinaryBlankLineParagraphsAreNeverRejoined() {
        String text = "Headline in title case about a thing\n\nthe first paragraph starts in lower case here.\n\n"
                + "Second paragraph.\n";
        assertThat(segment(text)).hasSize(3);
    }

    @Test
    void shortChromeBlockStaysLineByLine() {
        assertThat(segment("Leave a Reply\nYour email address will not be published.\nRelated\n"
                + "Porto expands metro to the airport\nMadrid bans old diesel cars from the centre\n"))
                .containsExactly("Leave a Reply", "Your email address will not be published.", "Related",
                        "Porto expands metro to the airport", "Madrid bans old diesel cars from the centre");
    }

    @Test
    void relatedHeadlinesWithoutMarkerStaySeparate() {
        // syn-dev-07: TASS appends title + summary pairs with no blank line between them
        assertThat(segment("Russian airlines carried 9% more passengers in January\n"
                + "The figure was reported by the Federal Air Transport Agency\n"
                + "Kazan airport to open new terminal in 2025\n"
                + "The terminal will double the airport's capacity, the regional government said\n")).hasSize(4);
    }

    @Test
    void wrappedCopyRunsOnWhateverTheNextLineOpensWith() {
        // German copy wrapped at about 66: lines that end no sentence run on into a noun, a name, a bracket
        String text = "Wien (APA) - Die Stadt hat am Montag den neuen Radweg entlang der\n"
                + "Donau eröffnet. \"Wir haben lange auf diesen Tag gewartet\", sagte die\n"
                + "Bezirksvorsteherin Maria Huber (SPÖ) bei der Eröffnung vor rund\n"
                + "200 Gästen. Die Strecke ist vier Kilometer lang.\n"
                + "\n"
                + "Nach Angaben der Stadt kostete der Bau rund zwölf Millionen Euro und\n"
                + "Bund und Land trugen je ein Drittel.\n";
        assertThat(segment(text)).containsExactly(
                "Wien (APA) - Die Stadt hat am Montag den neuen Radweg entlang der Donau eröffnet. \"Wir haben "
                        + "lange auf diesen Tag gewartet\", sagte die Bezirksvorsteherin Maria Huber (SPÖ) bei der "
                        + "Eröffnung vor rund 200 Gästen. Die Strecke ist vier Kilometer lang.",
                "Nach Angaben der Stadt kostete der Bau rund zwölf Millionen Euro und Bund und Land trugen je ein Drittel.");
    }

    @Test
    void aStackOfLongHeadlinesIsNotWrappedCopy() {
        // four lines near one width, but none ends a sentence: related headlines, one per line
        String text = "Regional airline adds two routes to the north this summer\n"
                + "Port authority says cargo volumes rose for a third month\n"
                + "City to open a new bus terminal next to the station\n"
                + "Rail union and operator agree on a new wage deal for staff\n";
        assertThat(segment(text)).hasSize(4);
    }

    @Test
    void aTimestampLineIsNotGluedToTheHeadlineAboveIt() {
        assertThat(segment("Ooievaars broeden dit jaar opvallend vroeg\nvandaag, 14:32 • Aangepast vandaag, 15:10\n"))
                .containsExactly("Ooievaars broeden dit jaar opvallend vroeg", "vandaag, 14:32 • Aangepast vandaag, 15:10");
    }

    @Test
    void theCallersChromeRulesDecideWhichShortLinesStayApart() {
        // a line starting in lower case continues the one above, unless either line is chrome by the rules in force
        String text = "Weather desk\nupdates every hour\n";
        assertThat(Segmenter.segment(text, line -> false)).containsExactly("Weather desk updates every hour");
        assertThat(Segmenter.segment(text, line -> line.equals("Weather desk")))
                .containsExactly("Weather desk", "updates every hour");
    }

    /** {@code clean} makes runs of spaces one exactly where the regex finds them: every line of spaces and letters up to ten long. */
    @Test
    void cleanJoinsSpacesWhereverTheRunStands() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile(" {2,}");
        for (int len = 0; len <= 10; len++) {
            for (int bits = 0; bits < 1 << len; bits++) {
                StringBuilder b = new StringBuilder("x");
                for (int i = 0; i < len; i++) {
                    b.append((bits >> i & 1) != 0 ? ' ' : 'a');
                }
                String line = b.append('x').toString();
                assertThat(Segmenter.clean(line)).as("[" + line + "]").isEqualTo(spaces.matcher(line.strip()).replaceAll(" "));
                assertThat(Segmenter.clean(line.substring(1))).isEqualTo(spaces.matcher(line.substring(1).strip()).replaceAll(" "));
            }
        }
    }

    /** A chrome line after a last sentence, pasted without blank lines, is a line of its own in wrapped copy. */
    @Test
    void chromeLineAfterASentenceEndStaysApartInWrappedCopy() {
        String text = "RUSSIA TO LAUNCH NEW SPACE STATION MODULE IN 2028\n"
                + "Russia will launch the first module of its new orbital station in 2028, the head of Roscosmos said.\n"
                + "The station will orbit at a higher inclination than the ISS.\n"
                + "Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!\n";
        assertThat(segment(text)).endsWith("The station will orbit at a higher inclination than the ISS.",
                "Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!");
    }
}
