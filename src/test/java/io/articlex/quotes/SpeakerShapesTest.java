package io.articlex.quotes;

import io.articlex.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.articlex.quotes.QuoteStageTest.quotes;
import static org.assertj.core.api.Assertions.assertThat;

/** Speaker shapes found in error lists of unseen political news, each in invented sentences. */
class SpeakerShapesTest {

    @Test
    void aPronounTakesTheSurnameThatOpensItsParagraph() {
        List<Quote> q = quotes(
                "\"The report is late,\" Mara Quell said, after council clerk Tobias Renn filed it.",
                "Renn fired back: \"It was due on Friday,\" he wrote, \"and it came on Friday.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Mara Quell", "Tobias Renn", "Tobias Renn");
    }

    @Test
    void aSentenceThatHandsTheWordOnWithAColonLendsItsSubject() {
        List<Quote> q = quotes(
                "Local resident Kurt Maier had a different view: \"Trams are loud.\"",
                "But the opposition leader remained sceptical: \"Where is the money coming from?\"",
                "The report lists three reasons: \"cost, noise and delay.\"");
        assertThat(q).extracting(Quote::speaker, Quote::cue).containsExactly(
                org.assertj.core.api.Assertions.tuple("Kurt Maier", "had"),
                org.assertj.core.api.Assertions.tuple("the opposition leader", "remained"),
                org.assertj.core.api.Assertions.tuple(null, null));
    }

    @Test
    void aCueWordAfterAnArticleOrANumberIsANoun() {
        List<Quote> q = quotes(
                "The memo gives three reasons: \"cost, noise and delay.\"",
                "It was not only the claims of \"fraud everywhere\" that worried Ines Calder.",
                "Tobias Renn claims: \"The line will never pay for itself.\"");
        // the fragment after "the claims" has no speaker, and so is no quote at all
        assertThat(q).extracting(Quote::speaker).containsExactly(null, "Tobias Renn");
    }

    @Test
    void aPluralCueWordAfterAPastVerbIsItsObject() {
        List<Quote> q = quotes(
                "Mayor Lena Fischer also dismissed questions about the audit, saying, \"The books are in order.\"",
                "Tom Roe answered questions from reporters for an hour.",
                "Ines Calder says: \"The audit is overdue.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Lena Fischer", "Ines Calder");
    }

    @Test
    void aCueNounAfterAPossessiveThatAQuoteDescribesIsNoAttribution() {
        List<Quote> q = quotes(
                "Tom Roe spoke for the landlords.",
                "Her spokesman, Jon Amsel, said in an email that Mr. Roe's remarks were \"another cheap stunt by a landlord.\"",
                "Mr. Roe's statement said: \"We will appeal the ruling in the spring.\"");
        // the statement that "said" is a source of its own
        assertThat(q).extracting(Quote::speaker).containsExactly("Jon Amsel", "Mr. Roe's statement");
    }

    @Test
    void aSourceThatOpensTheSentenceLeavesAParticiplesQuoteToTheClauseSubject() {
        List<Quote> q = quotes(
                "According to the Ledger, Mayor Lena Fischer also dismissed questions about the audit, saying, \"The books are in order.\"",
                "According to the Ledger, \"the books are not in order at all.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Lena Fischer", "the Ledger");
    }

    @Test
    void aSubjectOpenedByAnArticleEndsAtItsRelativePronounOrItsNamedRole() {
        List<Quote> q = quotes(
                "The group that met on Monday said in a statement: \"Our members will not accept these terms.\"",
                "Green party mayoral candidate Lena Fischer on Monday rejected the plan, calling it \"a gift to the landlords of this city.\"",
                "Green party candidate Tom Roe's lawyer rejected the plan, calling it \"a gift to the landlords of this city.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("The group", "Lena Fischer",
                "Green party candidate Tom Roe's lawyer");
    }

    @Test
    void aPronounAfterAFamilyMemberIntroducedWithoutASurnameIsTheNewcomerByTheFirstName() {
        // "Ron" alone is no name the index holds; the husband is someone new, so "he" is not Linda Hayes but Ron,
        // and a newcomer given no name at all ("Her neighbor, a retired schoolteacher") gets none
        List<Quote> q = quotes(
                "\"I don't like either of them,\" said Linda Hayes, a retired teacher.",
                "Her husband, Ron, was leaning the other way. \"At least he says what he thinks,\" he said.",
                "His daughter, Karin, who runs a cafe, is less sure. \"The bridge will bring lorries,\" she says.",
                "Her neighbor, a retired schoolteacher, agreed. \"It is loud,\" she said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Linda Hayes", "Ron", "Karin", null);
    }

    @Test
    void aPronounAfterReportedSpeechWithADroppedFragmentIsItsSubject() {
        List<Quote> q = quotes(
                "\"You should resign,\" Anna Roe told the bank's chief, Tobias Renn.",
                "Renn said he was \"deeply sorry\" for what the bank had done.",
                "\"I accept full responsibility,\" he said.",
                "Treasurer Jon K. Amsel said the board would take \"robust steps\" before the spring.",
                "\"We will not wait for the regulator,\" he said.");
        assertThat(q).extracting(Quote::speaker).endsWith("Tobias Renn", "Jon K. Amsel");
    }

    @Test
    void aPronounAgreesWithTheGivenNameOfItsAntecedent() {
        List<Quote> q = quotes(
                "\"You should resign,\" Sen. Elizabeth Warren told the bank's chief, John Stumpf.",
                "\"I accept full responsibility,\" he said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Elizabeth Warren", "John Stumpf");
        // a given name of either gender, or none the list knows, agrees with both pronouns
        assertThat(quotes("\"We are ready,\" said Jordan Vale.", "\"We have waited long enough,\" she said."))
                .extracting(Quote::speaker).containsExactly("Jordan Vale", "Jordan Vale");
    }

    @Test
    void aRunOfFiveCapitalisedWordsIsNoAntecedent() {
        // a headline quoted in the text reads as one long name, which would agree with any pronoun
        List<Quote> q = quotes(
                "The column Mara Quell Takes Aim At Tobias Renn ran on Sunday.",
                "\"He has never paid his fair share,\" she said.");
        assertThat(q).extracting(Quote::speaker).containsExactly((String) null);
    }

    @Test
    void aQuantityOpeningTheSentenceIsNoSubject() {
        // "hundred" ends in -ed like a past tense, and "Several" is capitalised like a name
        List<Quote> q = quotes(
                "Several hundred marchers gathered outside the town hall on Friday, chanting \"Not our mayor\" for an hour.",
                "Ines Calder, who led the march, was pleased. \"We were heard today,\" she said.");
        assertThat(q).extracting(Quote::speaker).doesNotContain("Several").contains("Ines Calder");
        assertThat(quotes("Two hundred workers walked out, demanding \"a fair wage for fair work\" from the owners."))
                .extracting(Quote::speaker).doesNotContain("Two");
    }

    @Test
    void aCueInsideAClauseThatOpensAfterAQuotedFragmentNamesNoSpeaker() {
        // "states" is the plural noun of the as-clause, whose subject never spoke the fragment
        List<Quote> q = quotes("Tobias Renn on Monday promised to \"fix the roads first\" in Harbor City, as the "
                + "mayor toured three coastal states in the campaign's last week.");
        assertThat(q).extracting(Quote::speaker).doesNotContain("three coastal");
        // an aside between commas still leads to the cue after it
        assertThat(quotes("\"The vote is close,\" the mayor, as the crowd cheered, said."))
                .extracting(Quote::speaker).containsExactly("the mayor");
    }

    @Test
    void aSurnameThatOpensWithALowerCaseParticleIsAName() {
        List<Quote> q = quotes(
                "Envoy Marta de Vries said she would keep trying.",
                "\"Hope is not a plan,\" de Vries said, \"but it is what we have today.\"",
                "Koen van Dijk, the union's leader, disagreed. \"We have waited long enough,\" van Dijk said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Marta de Vries", "Marta de Vries", "Koen van Dijk");
    }

    @Test
    void aPronounAfterAParagraphOfReportedSpeechIsItsSubjectNotTheLastQuoted() {
        List<Quote> q = quotes(
                "Council leader Tobias Renn dismissed the protest. \"It changes nothing,\" Renn told reporters.",
                "A council spokeswoman, Ines Calder, said the vote would go ahead on Monday.",
                "\"It will be a long night,\" she said.",
                "Mara Quell, the council's treasurer, said the money was there.",
                "\"We have checked every line,\" she said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Tobias Renn", "Ines Calder", "Mara Quell");
        // a paragraph that only names someone, with no verb of speech after the name, leaves the last speaker
        assertThat(quotes(
                "\"It changes nothing,\" Anna Roe told reporters.",
                "Ines Calder, the council's treasurer, was not at the meeting.",
                "\"We will vote on Monday,\" she said.")).extracting(Quote::speaker)
                .containsExactly("Anna Roe", "Anna Roe");
        // a participle after a name's appositive, and a possessive, make no one the subject of speech
        assertThat(quotes(
                "\"We will win,\" Anna Roe said.",
                "Roe was open about her dislike of Tobias Renn, the council leader, saying voters deserve better.",
                "\"He has failed this town,\" she said.",
                "Asked about Renn's calling the vote a farce, Roe laughed.",
                "\"It is no farce,\" she said.")).extracting(Quote::speaker)
                .containsExactly("Anna Roe", "Anna Roe", "Anna Roe");
    }

    @Test
    void aPronounAfterAPossessiveAndTheRoleItOpensIsThePersonNamedNext() {
        List<Quote> q = quotes(
                "Mayor Lena Fischer defended the budget.",
                "Fischer's deputy, Jon Amsel, disagreed. \"It is too expensive,\" he said.",
                "Tom Roe spoke for the landlords.",
                "Roe's client, Fenland Homes, will appeal. \"We expected this,\" he said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Jon Amsel", "Tom Roe");
    }

    @Test
    void aNameInsideAnEarlierQuoteIsNoAntecedent() {
        List<Quote> q = quotes(
                "Ilse Varga spoke first.",
                "\"Ask Tomas Brandt about it,\" Varga said. \"I have nothing to add,\" she said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ilse Varga", "Ilse Varga");
    }

    @Test
    void aClauseOpenerOrADayIsNoPartOfAName() {
        List<Quote> q = quotes(
                "Although Pell lacks a majority, Dana Pell has the votes, aides say.",
                "On that point, Pell Sunday recounted the meeting.",
                "\"We will win,\" Pell said.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Dana Pell"));
    }

    @Test
    void aDayBetweenSubjectAndCueIsNoPartOfTheSpeaker() {
        List<Quote> q = quotes(
                "President Ines Calder on Saturday told donors the vote was \"the most important of our lives.\"",
                "Gov. Tobias Renn late Tuesday night called the plan \"a disaster for working families.\"",
                "The senator Friday said the vote was \"a betrayal of every promise we made.\"",
                "Black Friday shoppers said the deals were \"not as good as last year.\"");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                org.assertj.core.api.Assertions.tuple("Ines Calder", "President Ines Calder"),
                org.assertj.core.api.Assertions.tuple("Tobias Renn", "Gov. Tobias Renn"),
                org.assertj.core.api.Assertions.tuple("The senator", "The senator"),
                org.assertj.core.api.Assertions.tuple("Black Friday shoppers", "Black Friday shoppers"));
    }

    @Test
    void aListEndingInAndIsReadBackToItsFirstItem() {
        List<Quote> q = quotes(
                "Ines Calder, assistant secretary for population, refugees, and migration, said the plan would \"save thousands of lives.\"",
                "Officials from Ohio, Texas, and Florida said the rule was \"a burden on every small business.\"",
                "\"We are ready to act,\" said Tom Baker, director of parks, recreation, and culture.");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                org.assertj.core.api.Assertions.tuple("Ines Calder",
                        "Ines Calder, assistant secretary for population, refugees, and migration"),
                org.assertj.core.api.Assertions.tuple("Officials from Ohio, Texas, and Florida", "Officials from Ohio, Texas, and Florida"),
                org.assertj.core.api.Assertions.tuple("Tom Baker", "Tom Baker, director of parks, recreation, and culture"));
    }

    @Test
    void aPronounAfterSomeoneNewAndUnnamedIsNotTheLastSpeaker() {
        List<Quote> q = quotes(
                "\"This is our water,\" said Ilse Varga, who has lived in the town all her life.",
                "Her neighbor, a retired teacher, agreed. \"They never asked us,\" she said.",
                "Varga spoke again. \"We will go to court,\" she said.");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                org.assertj.core.api.Assertions.tuple("Ilse Varga", "Ilse Varga, who has lived in the town all her life"),
                org.assertj.core.api.Assertions.tuple(null, "she"),
                org.assertj.core.api.Assertions.tuple("Ilse Varga", "she"));
    }

    @Test
    void aSummarySentenceEndingInItsVerbLendsItsSubject() {
        List<Quote> q = quotes(
                "\"Good morning, this is the Renn campaign,\" Ada Renn said into the phone.",
                "She pauses.",
                "\"Thank you so much.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ada Renn", "Ada Renn");
        assertThat(q.get(1).mention()).isEqualTo("She");
    }

    /** A paragraph that reports someone titled in several words gives them the quote-only paragraph after it. */
    @Test
    void aReportedSentenceWithALongTitleLendsItsSubject() {
        List<Quote> q = quotes(
                "Council Finance Chair Ben Ruiz said he had concerns about the police budget.",
                "\"The numbers do not add up.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Ben Ruiz"));
        q = quotes("Federal Reserve Bank of Chicago officials said they had concerns.", "\"The numbers do not add up.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isNull());
    }

    @Test
    void aHeadlineInTheBodyGivesNoFullName() {
        List<Quote> q = quotes(
                "Angry Farmers Confront Governor Lund Over Water Rights",
                "\"We need the water now,\" Lund said.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Lund"));
    }

    @Test
    void aParticipleAfterTheQuoteKeepsTheSentencesSpeaker() {
        List<Quote> q = quotes("Mayor Ines Calder stressed that \"the budget must pass,\" suggesting that the only way is a new tax.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Ines Calder"));
    }

    @Test
    void aNameRightBeforeAParticipleIsItsSubject() {
        List<Quote> q = quotes("The new ad shows footage of Ines Calder asking, \"Who pays for the bridge?\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Ines Calder"));
    }

    @Test
    void aRelativeClauseWhosePronounIsItsSubjectIsAnAppositive() {
        List<Quote> q = quotes("Omar Velde, head of the Dockworkers Guild, which represents Harbor City crews, said he wants \"a fair deal for everyone.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Omar Velde"));
    }

    @Test
    void aSubjectWithAHeadNounAfterItsCapitalIsKeptWhole() {
        List<Quote> q = quotes("His office put out a statement saying the county \"cannot pay for the bridge.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.mention()).isEqualTo("His office"));
    }

    @Test
    void aPartyNameBeforeTheNameIsARole() {
        List<Quote> q = quotes("Democrat Lena Hart won the seat.", "\"We did it,\" Hart said.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Lena Hart"));
    }

    @Test
    void theFullNameWrittenMostOftenWinsOverAOnceOnlyLongerOne() {
        List<Quote> q = quotes("Lena Hart won the seat. Lena Hart thanked her staff.",
                "Rivals call her Mighty Lena Hart.", "\"We did it,\" Hart said.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Lena Hart"));
    }

    @Test
    void aSignatureParagraphAfterAQuoteNamesItsSpeaker() {
        List<Quote> q = quotes("\"The bridge will open on time.\"", "-Mayor Ines Calder, speaking after the vote.",
                "\"Nobody believes that.\"", "— Omar Velde, Harbor City.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ines Calder", "Omar Velde");
    }

    @Test
    void aDashInsideAParagraphSignsNothingAfterIt() {
        List<Quote> q = quotes("\"The bridge will open on time.\"", "Traffic was light - Harbor City had closed the road.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isNull());
    }

    @Test
    void aNameBeforeAColonAfterAVerbThatIsNoCueTakesTheQuote() {
        List<Quote> q = quotes("The delay does not surprise county engineer Ines Calder: \"Steel prices doubled this year.\"");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Ines Calder");
            assertThat(x.mention()).isEqualTo("engineer Ines Calder");
        });
    }

    @Test
    void theLastItemOfAnAppositiveListStaysInTheMention() {
        List<Quote> q = quotes("\"We are ready,\" said Omar Velde, director of roads, bridges, and tunnels.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Omar Velde");
            assertThat(x.mention()).isEqualTo("Omar Velde, director of roads, bridges, and tunnels");
        });
    }

    @Test
    void aRelativeClauseAfterADescriptionStaysInTheMention() {
        io.articlex.pipeline.Draft d = QuoteStageTest.run(
                "\"The audit was never finished,\" said a former county official who oversaw the budget and asked not to be named.",
                "\"We are ready,\" said Omar Velde, who runs the port.");
        assertThat(d.quotes()).extracting(Quote::mention).containsExactly(
                "a former county official who oversaw the budget", "Omar Velde, who runs the port");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("a former county official", "Omar Velde");
    }
    @Test
    void aVerbOfJudgingBeforeAsQuotesWhatItsSubjectCalledSomeone() {
        List<Quote> q = quotes("Online, Ines Calder has criticized the mayor's aides as \"badly out of touch.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Ines Calder"));
        q = quotes("Senator Omar Velde hailed the harbor deal as a \"win for every crew on the docks.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Omar Velde"));
    }

    @Test
    void aVerbOfJudgingWithoutAsIsNoCue() {
        // the words of the one praised, whose relative clause has a cue of its own
        List<Quote> q = quotes("Later, Tobias Renn praised Mayor Ines Calder, who has publicly vowed to keep \"every single library open next year.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Ines Calder"));
    }

    @Test
    void aVerbOfJudgingAfterTheQuoteIsNoCue() {
        List<Quote> q = quotes("\"The budget must pass this week,\" Dana Pell said, and Mara Quell blasted the plan.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Dana Pell"));
    }

    @Test
    void anObjectsWhoBeforeACueLeadsToTheRelativeClausesSubject() {
        List<Quote> q = quotes(
                "Dana Pell spoke in Harbor City on Monday.",
                "Pell again said the party must unite to defeat Mara Quell, who she blasted as a \"bully and a fraud\" before the crowd.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Dana Pell");
            assertThat(x.mention()).isEqualTo("she");
        });
        q = quotes(
                "Omar Velde spoke to the guild on Monday.",
                "He mocked the deal signed by Mayor Ines Calder, who he noted was \"in her final year, at last.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Omar Velde"));
    }
    @Test
    void aNameAndItsOutletBeforeAColonSpeakWithoutACue() {
        List<Quote> q = quotes("Omar Velde, Channel Four News: \"We saw the documents ourselves and they were altered.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Omar Velde"));
        // a place and its state, a single word, or a role are no such name
        assertThat(quotes("Harbor City, Maine: \"The port stays closed until the storm has passed.\"").get(0).speaker()).isNull();
        assertThat(quotes("Velde, Channel Four News: \"We saw the documents ourselves and they were altered.\"").get(0).speaker()).isNull();
    }

    @Test
    void aSentenceOfOnlyTheSpeakerAndCueFollowsAQuoteWithoutItsComma() {
        List<Quote> q = quotes("\"The tolls are too high\" Tobias Renn said.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Tobias Renn"));
        q = quotes("\"Well, yes. We will look at a lot of different people…\" Ines Calder said. \"Anyone?\" Tobias Renn asked.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ines Calder", "Tobias Renn");
        // a sentence that goes on after the cue is a sentence of its own about the quote
        q = quotes("Mara Quell wants \"a fair deal\" Tobias Renn said was never on the table.");
        assertThat(q).allSatisfy(x -> assertThat(x.speaker()).isNotEqualTo("Tobias Renn"));
    }
    @Test
    void aSubjectAfterAConjunctionKeepsTheWordPastItsRelativeClause() {
        List<Quote> q = quotes(
                "But a senior port official, who spoke on condition of anonymity to discuss the talks, said the plan was \"open to new safeguards.\"",
                "Yet Ines Calder, whose office declined to comment, told a radio station: \"We are not backing down.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("a senior port official", "Ines Calder");
        assertThat(q.get(0).mention()).startsWith("a senior port official, who spoke");
        // a segment after the conjunction that is no subject leaves the named subject after it
        q = quotes("And the next day, the official, who asked not to be named, said the plan was \"dead on arrival in the Senate.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("the official");
    }
    @Test
    void aRelativeWhoAfterANounHandsTheWordToThatNounsPhrase() {
        List<Quote> q = quotes(
                "The mayor signed the order, ignoring activists who called it \"a war on the poor and the sick.\"",
                "It was Ines Calder who said the vote was \"rigged against the harbor towns.\"",
                "She met a local farmer who told her: \"We have not seen rain since March.\"",
                "The figures came from the Harbor City Police Department which reported \"two thousand calls a month.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("activists", "Ines Calder", "a local farmer",
                "the Harbor City Police Department");
        // the words at the quote keep the relative pronoun, which annotators take for the nearest mention
        assertThat(q.get(0).mention()).isEqualTo("activists who");
        // after another cue of the sentence the relative clause is no attribution of the quote
        q = quotes("Ines Calder told a young woman who suggested that voters may stay home that \"not voting is no strategy at all.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ines Calder");
    }
    @Test
    void aSubjectSetOffByAnAsideGivesTheQuoteItsVerbQuotes() {
        List<Quote> q = quotes(
                "Dana Pell, for her part, accused Ines Calder of running \"an insult-driven campaign.\"",
                "Omar Velde, the harbor master, attacked \"the hateful ideology of the toll lobby.\"");
        assertThat(q).extracting(Quote::speaker, Quote::cue).containsExactly(
                org.assertj.core.api.Assertions.tuple("Dana Pell", "accused"),
                org.assertj.core.api.Assertions.tuple("Omar Velde", "attacked"));
        // a participle after the name's comma is no verb of the name's
        q = quotes("Dana Pell, accused of dodging, offered \"a full and complete answer in due course.\"");
        assertThat(q).extracting(Quote::cue).doesNotContain("accused");
    }

    @Test
    void aScareQuoteDroppedLendsNoSpeakerBackOverASentencesEnd() {
        List<Quote> q = quotes("Ines Calder called the plan \"a giveaway to the developers.\" Omar Velde called that \"rich,\" given the tolls.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Ines Calder"));
        q = quotes("The council sees \"a waste of public money.\" Omar Velde called that \"rich,\" given the tolls.");
        assertThat(q).allSatisfy(x -> assertThat(x.speaker()).isNotEqualTo("Omar Velde"));
    }
    @Test
    void aBarePluralAfterAccordingToIsTheSource() {
        List<Quote> q = quotes(
                "The plan, according to aides, would create \"a new office for rural broadband access.\"",
                "According to senior officials, the mayor was \"furious and embarrassed by the leak.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("aides", "senior officials");
        // no subject is read for "according to": the sentence's "The" was taken for a speaker
        q = quotes("The plan, according to the data, would create \"a new office for rural broadband access.\"");
        assertThat(q).extracting(Quote::speaker).doesNotContain("The");
    }

    @Test
    void anIndefiniteDescriptionAfterTheNameIsItsAppositiveThoughItEndsInCapitals() {
        List<Quote> q = quotes(
                "\"It is un-American,\" Rep. Kurt Ellory, a Minnesota Democrat, tweeted.",
                "\"We will appeal,\" Dana Mills, a spokeswoman for Governor Ann Berg, said.",
                "In Ohio, a Democratic Party official said the count was \"slow but fair and complete.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Kurt Ellory", "Dana Mills", "a Democratic Party official");
        assertThat(q).extracting(Quote::mention).first().isEqualTo("Rep. Kurt Ellory, a Minnesota Democrat");
    }
    @Test
    void aVerbThatTakesTheCueAsItsInfinitiveIsNoPartOfTheSpeaker() {
        List<Quote> q = quotes(
                "The president likes to say that \"the country is back on its feet.\"",
                "\"It's over,\" Priebus went on to say. \"We have a nominee.\"",
                "Clinton is expected to say that \"the economy must work for everyone.\"");
        assertThat(q).extracting(Quote::mention).containsExactly("The president", "Priebus", "Priebus", "Clinton");
        // "on" is that verb only after a form of "go"
        q = quotes("\"We will see,\" the mayor of Carlton on to say.");
        assertThat(q).extracting(Quote::mention).doesNotContain("the mayor");
    }

    @Test
    void theWordsOfANamedSpeakerOrAPersonsDescriptionAttributeTheQuote() {
        List<Quote> q = quotes(
                "In the words of one longtime party strategist, \"This is a five-alarm fire.\"",
                "We should heed the words of Martin Luther King Jr.: \"The time is always right to do what is right.\"",
                "To quote Reagan: \"Trust, but verify, and verify again.\"");
        assertThat(q).extracting(Quote::speaker, Quote::cue).containsExactly(
                org.assertj.core.api.Assertions.tuple("one longtime party strategist", "words of"),
                org.assertj.core.api.Assertions.tuple("Martin Luther King Jr.", "words of"),
                org.assertj.core.api.Assertions.tuple("Reagan", "quote"));
        // a text's or a song's words are nobody's
        q = quotes(
                "The bill changes the words of the statute, \"any person acting in concert with another,\" twice.",
                "Protesters sang the words of an old hymn, \"We shall overcome some day.\"");
        assertThat(q).extracting(Quote::cue).doesNotContain("words of");
    }

    @Test
    void aPartyAndStateTagNamesTheStateAndThePartyOfLaterDescriptions() {
        List<Quote> q = quotes(
                "Sen. Chuck Grassley, R-Iowa, opened the hearing. Sen. Ron Wyden, D-Ore., the panel's top Democrat, was skeptical.",
                "\"This bill is good for farmers,\" the Iowa Republican said.",
                "\"It does nothing for workers in my state,\" the Oregon senator replied.",
                "Sen. Sherrod Brown (D-Ohio) said he would vote no. \"We have seen this movie before,\" the Ohio Democrat said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Chuck Grassley", "Ron Wyden", "Sherrod Brown");
        // the office alone is still too weak a link ("the senator" is often the story's subject)
        q = quotes("Sen. Ron Wyden, D-Ore., was skeptical.", "\"I'm not convinced,\" the senator added.");
        assertThat(q).extracting(Quote::speaker).containsExactly("the senator");
    }

    @Test
    void aLeadThatNamesSomeoneKeepsItsDescriptionFromTheNextParagraphsName() {
        List<Quote> q = quotes(
                "Sen. Patrick Leahy said the bill \"gives our troops a raise.\" The Vermont senator added that it \"does not go far enough on health care.\"",
                "Leanne Carter, a vice president at a defense firm, said the company welcomed it.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Patrick Leahy", "Patrick Leahy");
    }

    @Test
    void aNationalityOrAnAgeAfterTheNameIsTheOnePersonNamedJustBefore() {
        List<Quote> q = quotes(
                "City coach Marco Bellini defended his decision to rest five starters on Tuesday.",
                "\"We have three games in eight days,\" the Italian told reporters after the match.",
                "Veteran striker Ana Ruiz scored twice.",
                "\"I still feel young,\" the 36-year-old said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Marco Bellini", "Ana Ruiz");
        // two people named before: either could be meant
        q = quotes("Marco Bellini shook hands with Tomas Novak after the match.",
                "\"We have three games in eight days,\" the Italian told reporters.");
        assertThat(q).extracting(Quote::speaker).containsExactly("the Italian");
    }
    @Test
    void aPossessorsRoleAndTheNameAfterItHandTheWordOnWithAColon() {
        List<Quote> q = quotes(
                "Clinton's campaign manager, Robby Mook, had a different take: \"We are winning this state now.\"",
                "His longtime adviser, Roger Stone, is unrepentant: \"I would do it all again tomorrow.\"");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                org.assertj.core.api.Assertions.tuple("Robby Mook", "Robby Mook"),
                org.assertj.core.api.Assertions.tuple("Roger Stone", "Roger Stone"));
        // no name set off after the role: nobody is named to speak
        q = quotes("Her husband, a retired teacher, was more cautious: \"We will wait and see what happens.\"");
        assertThat(q).extracting(Quote::speaker).containsOnlyNulls();
    }

    @Test
    void aLowerCaseRoleAndNameThenWhereThePersonBelongsInLowerCaseIsThePerson() {
        List<Quote> q = quotes(
                "\"Rates will rise,\" said economist Jane Roe of the central bank.",
                "\"Prices will fall,\" said chief economist Ingrid Solberg of the University of Bergen.",
                "\"We disagree,\" said spokesman Li Wei from the foreign ministry.",
                "\"Nothing is settled,\" said economists at the bank.");
        // a role with no name after it is not read this way
        assertThat(q).extracting(Quote::speaker).containsExactly("Jane Roe", "Ingrid Solberg", "Li Wei", null);
    }

    @Test
    void aPronounAfterADescribedSubjectIsTheSpeakerInThatRoleOrNoOne() {
        List<Quote> q = quotes(
                "Gov. Ann Roe signed the budget on Saturday. \"This is a historic day,\" Roe said.",
                "John Flanagan, the Senate majority leader, said his members had concerns. \"We have real concerns,\" said Flanagan.",
                "Asked whether the wage increase would cost jobs, the governor shrugged. \"They said that last time,\" she said.",
                "The senator paused. \"We will see,\" he said.",
                "The Red Room was full. Flanagan spoke first. \"It is a good start,\" he said.");
        // the governor is Roe, who was given the title; no senator was named, so the pronoun goes to no one
        // rather than to Flanagan, the last speaker; a run of capitals after "the" is a place, not the "he"
        assertThat(q).extracting(Quote::speaker).containsExactly("Ann Roe", "John Flanagan", "Ann Roe", null, "John Flanagan");
    }

    @Test
    void aNameInAPlaceAPossessiveOwnsIsNoOne() {
        List<Quote> q = quotes(
                "Gov. Ann Roe signed the budget on Saturday.",
                "The governor, speaking at a news conference in the Capitol's Red Room, called the plan \"the most progressive budget in the nation.\"",
                "Roe was interviewed by CNN's Jake Tapper. \"We did it,\" he said.");
        // the description stays as written (the office alone names no one); Tapper is a person after a possessive
        assertThat(q).extracting(Quote::speaker).containsExactly("The governor", "Jake Tapper");
    }

    @Test
    void aPossessorsSpeechNounBeforeAColonOrSetOffByDashesIsThePossessorsWords() {
        List<Quote> q = quotes(
                "Tom Roe spent the weekend online. Roe's tweet — \"The wall will be paid for in full!\" — drew a quick response.",
                "Roe's statement on Sunday was shorter: \"We will win this fight.\"",
                "Ann Calder's response - \"He is unfit for the office\" - came within the hour.",
                "His reply was blunt: \"Not going to happen.\"",
                "The report's conclusion was stark: \"The system cannot cope with this.\"");
        assertThat(q).extracting(Quote::speaker, Quote::cue).containsExactly(
                org.assertj.core.api.Assertions.tuple("Tom Roe", "tweet"),
                org.assertj.core.api.Assertions.tuple("Tom Roe", "statement"),
                org.assertj.core.api.Assertions.tuple("Ann Calder", "response"),
                org.assertj.core.api.Assertions.tuple("Tom Roe", "reply"),
                // a conclusion is no speech act: no speaker
                org.assertj.core.api.Assertions.tuple(null, null));
    }

    @Test
    void aQuoteEndingTheThatClauseOfAPossessedSpeechNounIsThePossessors() {
        List<Quote> q = quotes(
                "The campaign pounced on Tom Roe's claim that the city's police had been \"reduced to rubble\" by the budget.",
                "The claim that the plan was \"a gift to every family\" drew laughter.",
                "The report's finding that the city had been \"slow to respond at every turn\" was disputed.");
        // a claim no one owns, and a finding (no speech act), give no speaker
        assertThat(q).extracting(Quote::speaker, Quote::cue).containsExactly(
                org.assertj.core.api.Assertions.tuple("Tom Roe", "claim"),
                org.assertj.core.api.Assertions.tuple(null, null),
                org.assertj.core.api.Assertions.tuple(null, null));
    }

    @Test
    void aStreetInterviewsNameAgeAndTradeBeforeAColonAreTheSpeaker() {
        List<Quote> q = quotes(
                "Linda Carver, 58, retired teacher: \"I want someone who will protect Social Security.\"",
                "Marcus Hill, 24, student from Ames: \"Honestly? I haven't decided yet.\"",
                "Harbor City, Maine: \"This is the place to be this winter.\"",
                "Des Moines, Iowa, Jan. 31: \"Caucus night is coming for all of us.\"");
        // a place and its state, or a date after them, are no one
        assertThat(q).extracting(Quote::speaker).containsExactly("Linda Carver", "Marcus Hill", null, null);
    }

    @Test
    void aSpeakerAndTheChannelBeforeAColonWithNoVerbIsTheSpeaker() {
        List<Quote> q = quotes(
                "Grace Obi, to reporters: \"Housing comes first.\"",
                "Her predecessor, Alan Cross, in a statement: \"I wish her every success.\"",
                "Ivan Petrov, on Twitter: \"The numbers are from last year.\"",
                "The company, in a statement: \"We are sorry.\"",
                "Housing and Jobs, in a report: \"Rents rose again.\"");
        // no name ends the words before the channel, or the channel is none of the known kinds: no speaker
        assertThat(q).extracting(Quote::speaker).containsExactly("Grace Obi", "Alan Cross", "Ivan Petrov", null, null);
    }
}
