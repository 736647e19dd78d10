package io.articlex.quotes;

import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quote cases named in issue 3, each on a text written for the test. */
class QuoteStageTest {

    static Draft run(String... paragraphs) {
        return new QuoteStage().apply(Draft.of(List.of(paragraphs), PageMeta.NONE, List.of()));
    }

    static List<Quote> quotes(String... paragraphs) {
        return run(paragraphs).quotes();
    }

    @Test
    void marksAroundNoWordsQuoteNothingAndLeaveTheRealQuoteAlone() {
        List<Quote> q = quotes("\"\" \"...\" Mayor Ana Ruiz said: \"The bridge will reopen before the winter rains.\" \"\"");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The bridge will reopen before the winter rains.");
            assertThat(x.speaker()).isEqualTo("Ana Ruiz");
        });
        assertThat(quotes("\"".repeat(1000))).isEmpty();
    }

    @Test
    void straightQuoteAfterColonCue() {
        List<Quote> q = quotes("Mayor Ana Ruiz said: \"The bridge will reopen before the winter rains.\"");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The bridge will reopen before the winter rains.");
            assertThat(x.speaker()).isEqualTo("Ana Ruiz");
            assertThat(x.cue()).isEqualTo("said");
            assertThat(x.closed()).isTrue();
            assertThat(x.partial()).isFalse();
        });
    }

    @Test
    void curlyQuoteWithInvertedCueAndAppositive() {
        List<Quote> q = quotes("“We planted four thousand trees this spring,” said Omar Haddad, head of the growers’ union.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("We planted four thousand trees this spring");
            assertThat(x.speaker()).isEqualTo("Omar Haddad");
            assertThat(x.mention()).isEqualTo("Omar Haddad, head of the growers’ union");
        });
        assertThat(run("“We planted four thousand trees this spring,” said Omar Haddad, head of the growers’ union.")
                .people()).containsExactly(new Person("Omar Haddad", List.of("head of the growers’ union"), 1));
    }

    @Test
    void splitQuoteGivesTwoQuotesWithTheSameSpeaker() {
        List<Quote> q = quotes("Lena Berg runs the ferry line. \"We will act,\" she said, \"and we will act soon.\"");
        assertThat(q).extracting(Quote::text).containsExactly("We will act", "and we will act soon.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Lena Berg", "Lena Berg");
        assertThat(q).extracting(Quote::mention).containsExactly("she", "she");
    }

    @Test
    void unclosedQuoteRunsToParagraphEndWithWarning() {
        Draft d = run("The minister said: \"Our ports stay open to every ship that respects the rules.",
                "Trade rose by a fifth last year.");
        assertThat(d.quotes()).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Our ports stay open to every ship that respects the rules.");
            assertThat(x.closed()).isFalse();
        });
        assertThat(d.warnings()).containsExactly("quote in paragraph 0 is never closed");
    }

    @Test
    void unclosedQuoteEndsAtItsAttributionClause() {
        List<Quote> q = quotes("\"The new line will carry twice as many people as the old one, Karimi continued, adding that fares would not rise.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The new line will carry twice as many people as the old one");
            assertThat(x.speaker()).isEqualTo("Karimi");
            assertThat(x.cue()).isEqualTo("continued");
            assertThat(x.closed()).isFalse();
        });
    }

    @Test
    void quoteOverSeveralParagraphsIsOneEntryPerParagraphAndNotAWarning() {
        Draft d = run("Pia Lund, who farms near Ystad, said: \"The harvest started early this year and the yields are good.",
                "\"We had rain when we needed it and sun when we needed it.",
                "\"Nobody here remembers a season like this one.\"");
        assertThat(d.quotes()).extracting(Quote::paragraph).containsExactly(0, 1, 2);
        assertThat(d.quotes()).extracting(Quote::speaker).containsOnly("Pia Lund");
        assertThat(d.quotes()).extracting(Quote::closed).containsOnly(true);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void nestedSingleQuotesStayInsideTheOuterQuote() {
        List<Quote> q = quotes("\"He told me 'no' twice before lunch,\" she said.");
        assertThat(q).singleElement().extracting(Quote::text).isEqualTo("He told me 'no' twice before lunch");
    }

    @Test
    void britishSingleQuotesAreQuotesButApostrophesAreNot() {
        List<Quote> q = quotes("Iran's envoy, who grew up on rock 'n' roll in the '90s, spoke briefly.",
                "'We are ready to talk at any time,' the envoy said.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("We are ready to talk at any time");
            assertThat(x.mention()).isEqualTo("the envoy");
        });
        assertThat(quotes("‘The talks will resume in March,’ said Tom Blake. It is Iran’s first offer since the ’90s."))
                .singleElement().extracting(Quote::text).isEqualTo("The talks will resume in March");
    }

    @Test
    void guillemetsBothWaysAndLowNinetyNineQuotes() {
        assertThat(quotes("«Nous ne céderons pas sur ce point», a déclaré Marc Petit, said the agency."))
                .singleElement().extracting(Quote::text).isEqualTo("Nous ne céderons pas sur ce point");
        assertThat(quotes("Anna Weber said: »Wir bleiben bei unserem Plan.«"))
                .singleElement().extracting(Quote::text).isEqualTo("Wir bleiben bei unserem Plan.");
        assertThat(quotes("Jan Novak said: „Wir bleiben bei unserem Plan.“"))
                .singleElement().extracting(Quote::text).isEqualTo("Wir bleiben bei unserem Plan.");
    }

    @Test
    void nytTwoApostropheMarks() {
        List<Quote> q = quotes("''This is not reform at all,'' said Mr. Holm, an economist at the institute.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("This is not reform at all");
            assertThat(x.speaker()).isEqualTo("Holm");
        });
    }

    @Test
    void typewriterBacktickQuotesClosedByTwoApostrophes() {
        // 1980s-90s wire archives open with two backticks and close with two apostrophes; a second quote of the
        // same paragraph after the attributed sentence keeps its speaker, as with straight marks
        List<Quote> q = quotes("``We were lucky this time,'' said county official Billy Wagner. ``The next one may not miss us.''");
        assertThat(q).extracting(Quote::text).containsExactly("We were lucky this time", "The next one may not miss us.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Billy Wagner", "Billy Wagner");
        assertThat(q).extracting(Quote::closed).containsExactly(true, true);
        // a lone backtick is an apostrophe's stand-in, no mark
        assertThat(quotes("Iran`s minister said the talks would resume in May.")).isEmpty();
    }

    @Test
    void straightMarkClosedByACurlyOne() {
        List<Quote> q = quotes("\"We call on both sides to return to the table”, - Zakharova said at a briefing.",
                "\"The situation remains tense,” she added \"but it is under control.”");
        assertThat(q).extracting(Quote::text).containsExactly("We call on both sides to return to the table",
                "The situation remains tense", "but it is under control.");
        assertThat(q).extracting(Quote::speaker).containsOnly("Zakharova");
    }

    @Test
    void aCurlyQuotationInsideAStraightOneDoesNotCloseIt() {
        List<Quote> q = quotes("\"The board called it a “rant,” and the members agreed with the board on every point,\" Ana Ruiz said.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The board called it a “rant,” and the members agreed with the board on every point");
            assertThat(x.speaker()).isEqualTo("Ana Ruiz");
        });
    }

    @Test
    void scareQuotesTitlesNicknamesAndOperationsAreNotQuotes() {
        assertThat(quotes("Critics attacked the so-called \"deal\" on Monday.")).isEmpty();
        assertThat(quotes("The agency launched a satellite named \"Nahid 2\" last year.")).isEmpty();
        assertThat(quotes("Tickets for the film \"The Long Road Home\" sold out.")).isEmpty();
        assertThat(quotes("The army began Operation \"Northern Shield\" at dawn.")).isEmpty();
        assertThat(quotes("Supporters call him \"Big Sam\" at rallies.")).isEmpty();
    }

    @Test
    void partialQuoteInReportedSpeechIsMarkedPartial() {
        List<Quote> q = quotes("Senator Ruth Alder called the move \"a grave mistake for the country\" on Tuesday.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.partial()).isTrue();
            assertThat(x.speaker()).isEqualTo("Ruth Alder");
            assertThat(x.cue()).isEqualTo("called");
        });
    }

    @Test
    void cueForms() {
        assertThat(quotes("According to Nadia Osei, \"the market has never been this calm.\""))
                .singleElement().extracting(Quote::speaker).isEqualTo("Nadia Osei");
        assertThat(quotes("Paul Dumas told reporters: \"The strike is over for now.\""))
                .singleElement().extracting(Quote::cue).isEqualTo("told");
        assertThat(quotes("Karl Meyer was quoted as saying: \"We never asked for the money.\""))
                .singleElement().satisfies(x -> {
                    assertThat(x.speaker()).isEqualTo("Karl Meyer");
                    assertThat(x.cue()).isEqualTo("quoted as saying");
                });
        assertThat(quotes("In a statement, the ministry said: \"The border crossing will stay closed.\""))
                .singleElement().satisfies(x -> {
                    assertThat(x.speaker()).isEqualTo("the ministry");
                    assertThat(x.mention()).isEqualTo("the ministry");
                });
        assertThat(quotes("\"The water is safe to drink,\" said Rashid Nouri."))
                .singleElement().extracting(Quote::speaker).isEqualTo("Rashid Nouri");
        assertThat(quotes("\"The water is safe to drink,\" Nouri added."))
                .singleElement().extracting(Quote::cue).isEqualTo("added");
    }

    @Test
    void surnamePronounAndRoleResolveToTheNamedPerson() {
        Draft d = run("Defence Minister Jonas Vik visited the base on Friday.",
                "Jonas Vik, the defence minister, met the troops.",
                "\"Our soldiers deserve better housing,\" Vik said.",
                "\"We will build it within two years,\" he added.",
                "\"The money is already in the budget,\" the defence minister said.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsOnly("Jonas Vik");
        assertThat(d.quotes()).extracting(Quote::mention).containsExactly("Vik", "he", "the defence minister");
        assertThat(d.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Jonas Vik");
            assertThat(p.quotes()).isEqualTo(3);
            assertThat(p.roles()).contains("defence minister");
        });
    }

    @Test
    void organisationsStayOrganisationsAndUnattributedQuotesHaveNoSpeaker() {
        List<Quote> q = quotes("Farmers gathered outside the hall.",
                "\"We cannot wait another season for the water to come back.\"");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isNull();
            assertThat(x.mention()).isNull();
        });
        assertThat(quotes("\"Prices will fall by spring,\" the central bank said."))
                .singleElement().extracting(Quote::speaker).isEqualTo("the central bank");
    }

    @Test
    void fragmentQuotedByAVerbOutsideTheCueListGoesToTheClauseSubject() {
        List<Quote> q = quotes("In a speech on Monday, Governor Lia Moreno attacked \"the reckless plan of the council\" again.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Lia Moreno");
            assertThat(x.cue()).isEqualTo("attacked");
            assertThat(x.partial()).isTrue();
        });
    }

    @Test
    void dashCreditAndTranscriptLabel() {
        assertThat(quotes("“Nobody asked us before they closed the clinic.” ― Rosa Diaz"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Rosa Diaz");
        assertThat(quotes("\"HOST: Will you run again next year?\""))
                .singleElement().extracting(Quote::mention).isEqualTo("HOST");
    }

    @Test
    void capitalisedNamesAreNotCueVerbs() {
        List<Quote> q = quotes("\"The talks went well,\" Omar Said, a United States envoy, told reporters.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.cue()).isEqualTo("told");
            assertThat(x.mention()).isEqualTo("Omar Said, a United States envoy");
        });
    }

    @Test
    void questionMarkInsideTheQuoteDoesNotEndTheSentence() {
        List<Quote> q = quotes("\"Who will pay for the new road?\" Elena Sorokina asked. \"Nobody has said.\"");
        assertThat(q).extracting(Quote::speaker).containsExactly("Elena Sorokina", "Elena Sorokina");
    }

    @Test
    void headlinesAndShowTitlesInTitleCaseAreNotQuotes() {
        assertThat(quotes("Harbour Workers: \"Our Town Will Not Be Silenced Again!\"")).isEmpty();
        assertThat(quotes("The governor repeated the claim on \"Meet the Press.\"")).isEmpty();
        assertThat(quotes("\"We will not be silenced again,\" the mayor said.")).hasSize(1);
    }

    @Test
    void longWindowsStayFastAndLinear() {
        // one 200,000-character paragraph of quotes and cue words: every look-around is bounded
        String p = "\"We will build the road,\" Mira Kovac said. ".repeat(5_000);
        List<Quote> q = quotes(p);
        assertThat(q).hasSize(5_000);
        assertThat(q.get(4_999).speaker()).isEqualTo("Mira Kovac");
    }

    @Test
    void quotedByAnOutletAsSaying() {
        List<Quote> q = quotes("Minister Reza Tabari was quoted by the state news agency as saying: \"The pipeline will be finished in May.\"");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Reza Tabari");
            assertThat(x.cue()).isEqualTo("as saying");
        });
    }
}
