package io.articlex.quotes;

import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.pipeline.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.articlex.quotes.QuoteStageTest.quotes;
import static io.articlex.quotes.QuoteStageTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Speakers as names a user can count: titles apart, one person per name, organisations apart. Invented text. */
class PeopleAndSpeakersTest {

    @Test
    void titleBeforeTheNameIsARoleNotPartOfTheSpeaker() {
        Draft d = run("\"The budget passes this week,\" Senate Majority Leader Carla Brenner told reporters.");
        assertThat(d.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Carla Brenner");
            assertThat(q.mention()).isEqualTo("Senate Majority Leader Carla Brenner");
        });
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles()).contains("Senate Majority Leader"));
    }

    @Test
    void anOwnerInThePossessiveBeforeANameIsNoPartOfIt() {
        // the name a pronoun takes back is read from the paragraph's run of capitals
        List<Quote> q = quotes(
                "Channel Four's Tobias Renn pressed the minister on Sunday about the polls.",
                "\"Do you believe them?\" he asked.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Tobias Renn");
    }

    @Test
    void aDescriptionEndingInACommitteeIsTheAppositiveOfTheNameBeforeIt() {
        Draft d = run("Rep. Ines Calder of Vermont, the top Democrat on the House Appropriations Committee, called the bill "
                + "\"a giveaway to the largest utilities.\"",
                "In Washington, the Senate Foreign Relations Committee called the treaty \"a good start for the country.\"");
        assertThat(d.quotes()).extracting(Quote::speaker, Quote::mention).containsExactly(
                org.assertj.core.api.Assertions.tuple("Ines Calder",
                        "Rep. Ines Calder of Vermont, the top Democrat on the House Appropriations Committee"),
                org.assertj.core.api.Assertions.tuple("the Senate Foreign Relations Committee", "the Senate Foreign Relations Committee"));
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles())
                .contains("top Democrat on the House Appropriations Committee"));
    }

    @Test
    void aRoleBeforeANameStopsAtTheVerbOrPrepositionBeforeIt() {
        Draft d = run("A group of pastors endorsed Senator Tobias Renn of Ohio on Thursday.",
                "\"I am humbled by their support,\" Renn said.",
                "Mara Quell, a spokeswoman for Mr. Renn, said the campaign had \"the best ground game in the state.\"",
                "It was the same thing as Supreme Court Justice Ilse Varga said: \"Judges must not be politicians.\"");
        assertThat(d.people()).extracting(Person::name, Person::roles).containsExactly(
                org.assertj.core.api.Assertions.tuple("Tobias Renn", List.of("Senator")),
                org.assertj.core.api.Assertions.tuple("Mara Quell", List.of("spokeswoman for Mr. Renn")),
                org.assertj.core.api.Assertions.tuple("Ilse Varga", List.of("Supreme Court Justice")));
    }

    @Test
    void anAppositiveAfterTheStateAndAListInARoleGiveOneRoleEach() {
        Draft d = run("Pastors endorsed Senator Mara Quell of Oregon, a Democrat, on Wednesday. \"The pipes are failing,\" Quell said.",
                "Jon Amsel, assistant secretary for water, wildlife, and parks, said the department was \"ready to move at once.\"");
        assertThat(d.people()).extracting(Person::name, Person::roles).containsExactly(
                org.assertj.core.api.Assertions.tuple("Mara Quell", List.of("Democrat", "Senator")),
                org.assertj.core.api.Assertions.tuple("Jon Amsel", List.of("assistant secretary for water, wildlife, and parks")));
    }

    @Test
    void anAdverbAfterTheNameIsNoPartOfIt() {
        assertThat(quotes("\"We will vote,\" Carla Brenner later said.").get(0).speaker()).isEqualTo("Carla Brenner");
        assertThat(quotes("\"We will vote,\" said Carla Brenner later.").get(0).speaker()).isEqualTo("Carla Brenner");
    }

    @Test
    void surnameAndRoleDescriptionResolveToThePersonIntroduced() {
        List<Quote> q = quotes(
                "\"The budget passes this week,\" council leader Carla Brenner told reporters.",
                "\"Nobody wants a shutdown,\" Brenner said.",
                "\"We have the votes,\" the council leader added.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Carla Brenner", "Carla Brenner", "Carla Brenner");
        assertThat(q).extracting(Quote::mention).containsExactly("council leader Carla Brenner", "Brenner", "the council leader");
    }

    @Test
    void peopleHoldsOnePersonEachAndSourcesTheRest() {
        Draft d = run(
                "\"We will not sell the mill,\" Brenner said on Monday.",
                "Mill owner Carla Brenner said the offer was too low.",
                "The Harbour Timber Company said in a statement that the offer \"remains on the table.\"",
                "A spokesman for the town declined to comment but said the talks were \"going nowhere fast.\"");
        assertThat(d.people()).containsExactly(new Person("Carla Brenner", List.of("Mill owner"), 1));
        assertThat(d.quotes().get(0).speaker()).isEqualTo("Carla Brenner");
        assertThat(d.sources()).extracting(Person::name)
                .containsExactly("The Harbour Timber Company", "A spokesman for the town");
    }

    @Test
    void aPronounIsNeverResolvedToAPlace() {
        List<Quote> q = quotes("The talks moved to New Hampshire on Friday. \"We are close,\" he said.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.mention()).isEqualTo("he");
            assertThat(x.speaker()).isNull();
        });
    }

    @Test
    void aQuoteAfterASentenceAboutSomeoneIsTheirs() {
        List<Quote> q = quotes("Ruth Abara backed the plan.",
                "Abara is upbeat about the vote on Friday. \"We have never been this close.\"");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Ruth Abara");
            assertThat(x.cue()).isNull();
        });
    }

    @Test
    void aSentenceOpeningWithAnyCapitalisedWordLendsNothing() {
        List<Quote> q = quotes("Prices rose sharply in March. \"Nobody saw it coming.\"");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isNull());
    }

    @Test
    void aFragmentInReportedSpeechBelongsToTheClauseSubject() {
        List<Quote> q = quotes("Governor Ilse Marr called the plan \"a disaster for every farmer in the valley\" and left.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Ilse Marr");
            assertThat(x.partial()).isTrue();
        });
    }

    @Test
    void theArticlesRolesForAPersonAreTheAppositionsAndTitlesThatNameARole() {
        // roles read from every place the article names the person: an apposition or the words before the
        // name, kept when they hold a role noun, dropped when they open with a participle, "who" or "said"
        Draft d = run(
                "Ward leader Carla Brenner, the city's budget director, opened the session.",
                "Carla Brenner, who chairs it, spoke first. Carla Brenner, speaking softly, went on.",
                "Carla Brenner, said an aide, was late. Carla Brenner, a lawyer by training, left.",
                "\"The budget passes this week,\" Brenner said.");
        assertThat(d.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Carla Brenner"));
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles())
                .containsExactly("city's budget director", "Ward leader", "lawyer by training"));
    }
    @Test
    void aDescriptionWithTheNameInAppositionAfterItIsThatPersonsRole() {
        Draft d = run("\"We will not fly until the contract is signed,\" said the head of the pilots union, Claire Martin.");
        assertThat(d.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Claire Martin");
            assertThat(q.mention()).isEqualTo("the head of the pilots union, Claire Martin");
        });
        assertThat(d.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Claire Martin");
            assertThat(p.roles()).containsExactly("head of the pilots union");
        });
        assertThat(d.sources()).isEmpty();
        // an organisation after the comma is no person's name: the description stays the source
        d = run("\"We are ready to talk,\" said a spokesman for the ministry, Harbor Transport Authority.");
        assertThat(d.people()).isEmpty();
    }

    @Test
    void aCueVerbAfterTheNamesCommaOpensThePredicateNotARole() {
        Draft d = run("\"The strike is costing us millions,\" the company's managing director, Zahid Mir, told reporters on Friday.");
        assertThat(d.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Zahid Mir"));
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles()).doesNotContain("told reporters on Friday"));
        d = run("Oleg Vetrov, told reporters in the port city that the talks failed. \"Nothing moved,\" Vetrov said.");
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles()).isEmpty());
    }

    @Test
    void aClosingMarkOfApostrophesEndsTheRoleBeforeTheName() {
        Draft d = run("``They left us no choice,'' union steward Paul Gagnon said.");
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles()).containsExactly("union steward"));
        d = run("\u2018We will win,\u2019 party chairman Tom Hale said, and Jones' rival agreed.");
        assertThat(d.people()).extracting(Person::name).contains("Tom Hale");
        assertThat(d.people()).filteredOn(p -> p.name().equals("Tom Hale"))
                .singleElement().satisfies(p -> assertThat(p.roles()).containsExactly("party chairman"));
    }

    @Test
    void aTitlesOrganisationBeforeTheHolderGoesToTheRole() {
        Draft d = run(
                "\"The port opens in May,\" Secretary of Transport Mara Quell said on Friday.",
                "Governor of North Fenland Tobias Renn backed the plan. \"It is overdue,\" Renn said.",
                "\"We were not consulted,\" Minister of Foreign Affairs Ines Calder told reporters.",
                "Quell added: \"Nothing will stop it.\"");
        assertThat(d.quotes()).extracting(Quote::speaker)
                .containsExactly("Mara Quell", "Tobias Renn", "Ines Calder", "Mara Quell");
        assertThat(d.people()).containsExactly(
                new Person("Mara Quell", List.of("Secretary of Transport"), 2),
                new Person("Tobias Renn", List.of("Governor of North Fenland"), 1),
                new Person("Ines Calder", List.of("Minister of Foreign Affairs"), 1));
    }

    @Test
    void aPortfolioBeforeAThreeWordNameLeavesTheWholeName() {
        Draft d = run(
                "\"The wards are full,\" Minister of Health Ana Lucia Ferro said on Monday.",
                "\"We will check every border post,\" said Secretary of Homeland Security Rolf Peter Brandt.",
                "Secretary of State Mara Quell backed them. \"It is overdue,\" Quell said.");
        assertThat(d.quotes()).extracting(Quote::speaker)
                .containsExactly("Ana Lucia Ferro", "Rolf Peter Brandt", "Mara Quell");
        assertThat(d.people()).containsExactly(
                new Person("Ana Lucia Ferro", List.of("Minister of Health"), 1),
                new Person("Rolf Peter Brandt", List.of("Secretary of Homeland Security"), 1),
                new Person("Mara Quell", List.of("Secretary of State"), 1));
    }

    @Test
    void aPlaceBeforeAThreeWordNameStillKeepsTheLastTwo() {
        // no portfolio word: nothing tells where "North Fenland" ends, so the holder is the last two words
        Draft d = run("\"It is overdue,\" Governor of North Fenland Tobias Renn said.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Tobias Renn");
    }

    @Test
    void aCapitalisedOccupationBeforeAFullNameIsARole() {
        Draft d = run("Pharmacist Linda Parr, Radio North: \"People came in asking for batteries.\"",
                "\"We ran out by noon,\" Parr said.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Linda Parr", "Linda Parr");
        assertThat(d.people()).containsExactly(new Person("Linda Parr", List.of("Pharmacist"), 2));
        // a trade as the last word of a name stays a name
        assertThat(run("\"The oven broke,\" said Tom Baker.").quotes())
                .extracting(Quote::speaker).containsExactly("Tom Baker");
    }

    @Test
    void aSentenceOpenerOrAPrepositionBeforeARoleIsNoPartOfIt() {
        Draft d = run("But Governor Alice Grant asked residents to stay home. \"Please do not drive,\" she said.",
                "According to council member Peter Hollis, \"the debate was long but fair.\"",
                "The plan was rejected by Deputy Mayor Ines Calder. \"It is too late,\" Calder said.");
        assertThat(d.people()).containsExactly(
                new Person("Alice Grant", List.of("Governor"), 1),
                new Person("Peter Hollis", List.of("council member"), 1),
                new Person("Ines Calder", List.of("Deputy Mayor"), 1));
    }

    @Test
    void anOccupationOfTheEventOrTradeBeforeANameIsARole() {
        Draft d = run("According to trade unionist Bo Brandt, \"the workers will pay the price.\"",
                "\"We slept in the car,\" said retiree Ann Lowe.",
                "\"They shouted at us,\" protester Ines Calder said.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Bo Brandt", "Ann Lowe", "Ines Calder");
        assertThat(d.people()).containsExactly(
                new Person("Bo Brandt", List.of("trade unionist"), 1),
                new Person("Ann Lowe", List.of("retiree"), 1),
                new Person("Ines Calder", List.of("protester"), 1));
    }

    @Test
    void aPostedTitlesPlaceAfterToIsNoPartOfTheName() {
        Draft d = run("\"It is a sad day,\" said former special envoy to Lakeland Ines Calder.",
                "\"The talks are over,\" Fenland's ambassador to the United Nations Tobias Renn told reporters.",
                "\"Nobody wants a war,\" an adviser to President Mara Quell said.");
        assertThat(d.quotes()).extracting(Quote::speaker)
                .containsExactly("Ines Calder", "Tobias Renn", "an adviser to President Mara Quell");
        assertThat(d.people()).containsExactly(
                new Person("Ines Calder", List.of("former special envoy to Lakeland"), 1),
                new Person("Tobias Renn", List.of("Fenland's ambassador to the United Nations"), 1));
    }

    @Test
    void aDescriptionEndingInANameAfterItsRoleIsThatPerson() {
        Draft d = run("\"We had a good year,\" the chief executive Helen Marr said.",
                "\"We had a good week,\" said the Secretary of State Mara Quell.",
                "\"We will appeal,\" the president of the Fenland Farm Bureau said.");
        assertThat(d.quotes()).extracting(Quote::speaker)
                .containsExactly("Helen Marr", "Mara Quell", "the president of the Fenland Farm Bureau");
        assertThat(d.people()).containsExactly(
                new Person("Helen Marr", List.of("chief executive"), 1),
                new Person("Mara Quell", List.of("Secretary of State"), 1));
    }

    @Test
    void anAgeInAppositionIsNoRole() {
        Draft d = run("\"We cannot pay more rent,\" said Pia Holm, 52, a nurse.");
        assertThat(d.people()).containsExactly(new Person("Pia Holm", List.of("nurse"), 1));
    }

    @Test
    void aRunAfterOfWithoutATitleStaysAsWritten() {
        // "of" after no title: the capitals are an organisation, not a holder's name
        Draft d = run("\"We will appeal,\" the Bureau of Land Management Field Office said.");
        assertThat(d.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("the Bureau of Land Management Field Office"));
        assertThat(d.people()).isEmpty();
    }

    @Test
    void aPartyTagInParenthesesIsARoleNotPartOfTheName() {
        Draft d = run("\"It is a land grab,\" Sen. Tom Brandt (R-Idaho) told reporters.",
                "\"We have the votes,\" said Rep. Ann Lowe (D-N.Y.), who leads the caucus.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Tom Brandt", "Ann Lowe");
        assertThat(d.people()).extracting(Person::name).containsExactly("Tom Brandt", "Ann Lowe");
        assertThat(d.people().get(0).roles()).contains("R-Idaho");
    }

    @Test
    void aPartyTagWithoutCommasOrParenthesesIsARoleNotPartOfTheName() {
        Draft d = run("Sen. Tom Brandt I-Vt. said the bill fell short. \"It is a start,\" Brandt said.",
                "Rep. Ann Lowe D-Calif. was blunter. \"We are wasting time,\" she said.",
                "\"This is a bad bill,\" said Rep. Jim Roe R-Ohio.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Tom Brandt", "Ann Lowe", "Jim Roe");
        assertThat(d.people()).extracting(Person::name).containsExactly("Tom Brandt", "Ann Lowe", "Jim Roe");
        assertThat(d.people()).extracting(Person::roles).containsExactly(
                List.of("I-Vt", "Sen."), List.of("D-Calif", "Rep."), List.of("R-Ohio", "Rep."));
        // a capital and a hyphen that are no party's tag stay in the name
        assertThat(run("\"We will win,\" said Rep. Ann Jean-Marie.").quotes().get(0).speaker()).isEqualTo("Ann Jean-Marie");
    }

    @Test
    void aPronounOfNumberAloneIsASourceNotAPerson() {
        Draft d = run("Some colleagues were less kind. One called the speech \"a victory lap for himself.\"",
                "Another, Sen. Paul Kerr, said only: \"Good riddance to him.\"");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("One", "Paul Kerr");
        assertThat(d.people()).extracting(Person::name).containsExactly("Paul Kerr");
    }

    @Test
    void aNameOfAPlaceOrBodyAfterTheCueKeepsThePlaceAsRole() {
        Draft d = run("\"The water is ours,\" said Senator Mara Quell of Fenland.",
                "\"The case will take years,\" said Ines Calder of the Lakeland Law School.",
                "\"Nobody asked us,\" said Executive Director of Planning at the agency Tobias Renn.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Mara Quell", "Ines Calder", "Tobias Renn");
        assertThat(d.quotes().get(1).mention()).isEqualTo("Ines Calder of the Lakeland Law School");
        assertThat(d.people()).filteredOn(p -> p.name().equals("Ines Calder")).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly("Lakeland Law School"));
    }

    @Test
    void aDescriptionBeforeANameSetOffByCommasIsItsRole() {
        Draft d = run("\"The yard will hire 200 workers,\" the company's managing director, Omar Haddad, told reporters.",
                "In a letter to the mayor in May, Lena Marsh, a local baker, said she would stay.");
        assertThat(d.people()).filteredOn(p -> p.name().equals("Omar Haddad")).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly("company's managing director"));
        assertThat(d.people()).extracting(Person::roles).noneMatch(r -> r.contains("mayor in May"));
    }
    @Test
    void aTitleAbbreviatedBeforeTheNameIsARoleAndNamesTheDescribedHolder() {
        Draft d = run(
                "Former Ohio Gov. Carla Brenner met Omar Velde, who spoke with Sen. Dana Pell on Monday.",
                "\"The budget passes this week,\" the Ohio governor said.",
                "\"We have the votes,\" Pell said.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Carla Brenner", "Dana Pell");
        assertThat(d.people()).extracting(Person::name, Person::roles).containsExactly(
                org.assertj.core.api.Assertions.tuple("Carla Brenner", List.of("Ohio governor", "Former Ohio Gov.")),
                org.assertj.core.api.Assertions.tuple("Dana Pell", List.of("Sen.")));
        // "the senator" alone is not the nearest "Sen.": the story's subject is as often described so, never titled
        assertThat(quotes(
                "Sen. Dana Pell voted no.",
                "\"The budget passes this week,\" the senator said.").get(0).speaker()).isEqualTo("the senator");
    }

    @Test
    void aDescriptionAfterThePersonItsParagraphNamesIsThatPerson() {
        Draft d = run("Sen. Dana Pell pressed him on rents. \"Families are being crushed,\" the Ohio Democrat said.");
        assertThat(d.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Dana Pell");
            assertThat(q.mention()).isEqualTo("the Ohio Democrat");
        });
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles()).contains("Ohio Democrat"));
        // two people named before the quote: which one the description means is left open
        assertThat(quotes("Sen. Dana Pell criticised Gov. Omar Velde. \"It is a disgrace,\" the Republican said.")
                .get(0).speaker()).isEqualTo("the Republican");
        // a plural stands for several; a name with a possessive is a show or a body
        assertThat(quotes("Sen. Dana Pell met union leaders. \"We are gravely concerned,\" the members wrote.")
                .get(0).speaker()).isEqualTo("the members");
        assertThat(quotes("He spoke on ABC's This Week. \"I know the deal,\" the candidate said.")
                .get(0).speaker()).isEqualTo("the candidate");
    }

    @Test
    void aDescriptionWithAnOfPhraseBeforeANameSetOffByCommasIsItsRole() {
        Draft d = run(
                "The director of the port authority, Omar Velde, faced questions on Monday.",
                "\"The cranes stay idle until May,\" the director said.");
        assertThat(d.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Omar Velde"));
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles()).contains("director of the port authority"));
    }

    @Test
    void aTitledNameSetOffAfterADescriptionTakesTheDescriptionToo() {
        Draft d = run(
                "The committee's chairman, Senator Bill Haskett, Republican of Georgia, praised the nominee.",
                "But Mr. Haskett also said the questions were fair. \"Every nominee gets them,\" the chairman said.");
        assertThat(d.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Bill Haskett");
            assertThat(q.mention()).isEqualTo("the chairman");
        });
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles()).contains("committee's chairman", "Senator"));
        // an aide's description before a titled name is the aide's, not the name's
        Draft aide = run("\"Voters can see that,\" said Kyle Ambrose, a spokesman for former Governor Dale Ward.",
                "\"We will see,\" an aide to Senator Ada Pruitt said. Pruitt said: \"No comment for now.\"",
                "\"I am still running,\" Ward said.");
        assertThat(aide.people()).filteredOn(p -> p.name().equals("Dale Ward")).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly("former Governor"));
        assertThat(aide.people()).filteredOn(p -> p.name().equals("Ada Pruitt")).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly("Senator"));
        // the title alone, with no description before its comma, gives the title only
        assertThat(run("On Monday, Senator Bill Haskett, Republican of Georgia, said: \"Every nominee gets them.\"").people())
                .singleElement().satisfies(p -> assertThat(p.roles()).containsExactly("Republican of Georgia", "Senator"));
    }

    @Test
    void aSloganInTitleCaseIsNoFullNameForALaterSurname() {
        List<Quote> q = quotes(
                "Senator Ida Marsh spoke in Dayton on Saturday.",
                "Her supporters held signs reading \"Elect Marsh!\" and \"Vote Marsh.\"",
                "\"We will win in November,\" Marsh said.");
        assertThat(q).extracting(Quote::speaker).last().isEqualTo("Ida Marsh");
        // a name quoted inside a longer quote is still a name
        List<Quote> r = quotes(
                "\"Ask Tomas Brandt, he knows the numbers,\" the mayor said.",
                "\"It is late,\" Brandt said.");
        assertThat(r).extracting(Quote::speaker).last().isEqualTo("Tomas Brandt");
    }

    @Test
    void aPluralNounOpeningTheSentenceIsASourceNotAPerson() {
        Draft d = run("Protesters outside the hall shouted \"Not one more cut!\" for an hour.",
                "\"We are not going away,\" Lena Ostrow said.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Protesters outside the hall", "Lena Ostrow");
        assertThat(d.people()).extracting(Person::name).containsExactly("Lena Ostrow");
        assertThat(d.sources()).extracting(Person::name).containsExactly("Protesters outside the hall");
    }

    @Test
    void theCapitalsAfterAnIndefiniteDescriptionsPrepositionAreNoSpeaker() {
        Draft d = run("\"Rivers are people too,\" read a banner at the state Capitol.",
                "\"The cuts stay,\" a spokesman for Gov. Ann Berg said.",
                "\"We will sue,\" a lawyer named Tom Reyes said.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("a banner at the state Capitol",
                "a spokesman for Gov. Ann Berg", "Tom Reyes");
        assertThat(d.people()).extracting(Person::name).containsExactly("Tom Reyes");
    }

    @Test
    void anIrregularPastEndsAOneWordSubjectBeforeAPluralObject() {
        List<Quote> q = quotes("Supporters held signs reading \"Fund the future now\" outside the Capitol.",
                "Marchers carried banners reading \"Rails not roads, ever.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Supporters", "Marchers");
    }

    @Test
    void anAldermanBeforeTheNameIsARole() {
        Draft d = run("\"The numbers do not add up,\" Alderman Ray Castillo said.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Ray Castillo");
        assertThat(d.people()).singleElement().satisfies(p -> assertThat(p.roles()).contains("Alderman"));
    }

    @Test
    void aBankHoldingCompanyOrAnAirlineIsAnOrganisation() {
        Draft d = run("First Plains Bancorp said in a statement that it \"follows all applicable laws.\"",
                "\"Our offer is fair,\" Northern Airways said.");
        assertThat(d.people()).isEmpty();
        assertThat(d.sources()).extracting(Person::name).containsExactly("First Plains Bancorp", "Northern Airways");
    }

    @Test
    void aCapitalisedOccupationAfterAnAgencysInitialsIsARole() {
        Draft d = run("FEMA Administrator Deanne Criswell said the agency \"will stay until the job is done.\"",
                "\"We have the votes,\" Mary Baker Eddy said."); // a trade word inside a three-word name stays
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Deanne Criswell", "Mary Baker Eddy");
        assertThat(d.people()).first().satisfies(p -> assertThat(p.roles()).containsExactly("FEMA Administrator"));
    }

    /**
     * An organisation with its own "of", a title and a name ("Bank of England Governor Andrew Bailey"): the
     * name is the speaker and the rest its role. A description linked by "for" stays the speaker.
     */
    @Test
    void anOrganisationsOfThenATitleThenANameGivesThePerson() {
        Draft d = run("\"We are watching closely,\" Bank of England Governor Andrew Bailey said.",
                "\"Rates will stay put,\" Federal Reserve Bank of Chicago President Anna Lewis told reporters.",
                "\"No comment,\" said a spokesman for Senate Majority Leader Chuck Schumer.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Andrew Bailey", "Anna Lewis",
                "a spokesman for Senate Majority Leader Chuck Schumer");
        assertThat(d.people()).extracting(Person::name).containsExactly("Andrew Bailey", "Anna Lewis");
        assertThat(d.people().get(0).roles()).containsExactly("Bank of England Governor");
    }

    @Test
    void theArticleBeforeAnHonorificOpensAPersonsName() {
        Draft d = run("\"We're thrilled,\" said the Rev. William Barber, president of the state NAACP.",
                "\"It is a start,\" said the Sierra Club.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("William Barber", "the Sierra Club");
        assertThat(d.people()).extracting(Person::name).containsExactly("William Barber");
    }

    @Test
    void twoPeopleJoinedByAndAreEachAPersonAndACompanyNamedSoStaysASource() {
        Draft d = run("Sen. Tom Hadley and Sen. Rachel Moore said in a joint statement: \"We cannot support this bill.\"",
                "Hadley and Moore said: \"We will vote no on the bill tomorrow.\"",
                "Johnson and Johnson said in a statement: \"We will appeal the ruling.\"");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Tom Hadley and Rachel Moore",
                "Tom Hadley and Rachel Moore", "Johnson and Johnson");
        assertThat(d.people()).containsExactly(new Person("Tom Hadley", List.of("Sen."), 2),
                new Person("Rachel Moore", List.of("Sen."), 2));
        assertThat(d.sources()).extracting(Person::name).containsExactly("Johnson and Johnson");
    }

    @Test
    void aGenerationalSuffixEndsTheNameAndTheSurnameBeforeItIsTheLaterMention() {
        Draft d = run("Former Gov. Ray Mabus II, a Democrat, said the party \"needs a younger generation to step up.\"",
                "\"I will be there,\" Mabus said.",
                "Martin Luther King III said: \"My father would have stood here today.\"");
        assertThat(d.quotes()).extracting(Quote::speaker)
                .containsExactly("Ray Mabus II", "Ray Mabus II", "Martin Luther King III");
        assertThat(d.people()).extracting(Person::name).containsExactly("Ray Mabus II", "Martin Luther King III");
        assertThat(NameIndex.surname("Robert F. Kennedy Jr.")).isEqualTo("Kennedy");
        assertThat(NameIndex.surname("Jane Roe")).isEqualTo("Roe");
    }

    @Test
    void anHonorificOfTheOtherGenderIsAnotherPersonOfTheFamily() {
        Draft d = run("Hillary Clinton and former President Bill Clinton campaigned separately on Monday.",
                "\"We are going to win Ohio,\" Mrs. Clinton told a crowd in Toledo.",
                "\"I have seen a lot of campaigns,\" Mr. Clinton said in Akron.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Hillary Clinton", "Bill Clinton");
        // no full name of his in the article: the honorific stays, and he is not folded into her
        Draft alone = run("Hillary Clinton spoke in Toledo on Monday.",
                "\"We are going to win Ohio,\" Mrs. Clinton said.",
                "\"This one is different,\" Mr. Clinton said in Akron.");
        assertThat(alone.quotes()).extracting(Quote::speaker).containsExactly("Hillary Clinton", "Mr. Clinton");
        assertThat(alone.people()).extracting(Person::name).containsExactly("Hillary Clinton", "Mr. Clinton");
        // the same gender, or a given name of either: the one person
        assertThat(run("Elizabeth Warren spoke first.", "\"Break them up,\" Ms. Warren said.").quotes())
                .extracting(Quote::speaker).containsExactly("Elizabeth Warren");
        assertThat(run("Jordan Hale spoke first.", "\"Break them up,\" Mr. Hale said.").quotes())
                .extracting(Quote::speaker).containsExactly("Jordan Hale");
    }

    @Test
    void aSportsPositionBeforeANameIsARole() {
        Draft d = run("Goaltender Chris Kreider made 31 saves. \"I just got lucky on the bounce,\" he said.",
                "\"It went off my pad,\" said goaltender Tuukka Rask.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Chris Kreider", "Tuukka Rask");
        assertThat(d.people()).extracting(Person::name).containsExactly("Chris Kreider", "Tuukka Rask");
    }

    @Test
    void aWordTheArticleWritesBeforeALegalFormIsACompany() {
        Draft d = run("Acme Corp reported quarterly profit above estimates on Thursday.",
                "Acme said in a statement that it would \"continue to invest heavily in data centers.\"");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Acme");
        assertThat(d.people()).isEmpty();
        assertThat(d.sources()).extracting(Person::name).containsExactly("Acme");
        // a surname the article never writes so stays a person
        assertThat(run("\"We will appeal,\" Paxton said.").people()).extracting(Person::name).containsExactly("Paxton");
    }

    @Test
    void aCompanyNameMayHaveWordsBetweenItAndTheLegalForm() {
        Draft d = run("Tidewater Marine Inc. would build the terminal.",
                "Tidewater said in a statement that it would \"hire locally wherever it can.\"");
        assertThat(d.people()).isEmpty();
        assertThat(d.sources()).extracting(Person::name).containsExactly("Tidewater");
    }

    @Test
    void aQuoteOnlyParagraphTakesTheSpeakerOfASummaryWhoseOnlyQuoteIsAScareQuote() {
        List<Quote> q = quotes("Dave Humphrey, who calls the plan a \"disaster,\" said he doubts it will pass.",
                "\"To my knowledge, nobody has the votes yet.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Dave Humphrey");
    }

    @Test
    void aSpeakerLabelBeforeAQuoteIsItsSpeakerWhenItNamesAPerson() {
        Draft d = run("Mayor Maria Ortiz sat down with the Gazette this week.",
                "Update: \"The council votes on the plan next Tuesday.\"",
                "Ortiz: \"We cannot wait for the state to act.\"",
                "Watch: \"Mayor Ortiz on housing policy today.\"",
                "Maria Ortiz: \"Critics said the same about the subway.\"",
                "John Smith, Gazette: \"Critics say the plan is too expensive.\"");
        assertThat(d.quotes()).extracting(Quote::speaker)
                .containsExactly(null, "Maria Ortiz", null, "Maria Ortiz", "John Smith");
    }
    @Test
    void aRelativeClauseAfterARoleIsNoPartOfIt() {
        Draft d = run("\"It's a jump ball,\" said Denise Walker, a retired nurse from Dayton who attended the rally.",
                "\"They thought we would give up,\" said Ann Ross, whose book comes out next month.",
                "\"Nobody is above the law,\" said Tom Ives, executive director at the Center for Media and whose film opened Friday.");
        assertThat(d.people()).extracting(Person::name, Person::roles).containsExactly(
                org.assertj.core.api.Assertions.tuple("Denise Walker", List.of("retired nurse from Dayton")),
                org.assertj.core.api.Assertions.tuple("Ann Ross", List.of()),
                org.assertj.core.api.Assertions.tuple("Tom Ives", List.of("executive director at the Center for Media")));
    }

    @Test
    void aCountrySpeakingIsASourceNotAPerson() {
        Draft d = run("Mexico's response was swift: \"We will not pay for any wall.\"",
                "The UK said in a statement that it was \"deeply concerned by the reports.\"",
                "\"We will see,\" said Rep. Jim Jordan.",
                "\"Not now,\" Jordan said.");
        // a surname that is also a country's name in some lists ("Jordan") stays a person
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Mexico", "The UK", "Jim Jordan", "Jim Jordan");
        assertThat(d.people()).extracting(Person::name).containsExactly("Jim Jordan");
        assertThat(d.sources()).extracting(Person::name).containsExactly("Mexico", "The UK");
    }
}
