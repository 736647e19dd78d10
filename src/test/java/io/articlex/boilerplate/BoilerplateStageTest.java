package io.articlex.boilerplate;

import io.articlex.model.Removed;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateStageTest {

    private static final String PROSE_1 = "The council approved the plan on Monday after a long debate in the chamber.";
    private static final String PROSE_2 = "Members said the work would start in spring and end before the summer.";
    private static final String PROSE_3 = "The budget for the first phase was set at twelve million dollars by the board.";

    private static Draft run(String... paragraphs) {
        return new BoilerplateStage().apply(Draft.of(List.of(paragraphs), PageMeta.NONE, List.of()));
    }

    @Test
    void gluedCrumbOfAKnownSiteIsCutFromTheParagraph() {
        Draft d = run(PROSE_1, "Iran PressIran News: Speaking to reporters, he said the work was on schedule.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "Speaking to reporters, he said the work was on schedule.");
        assertThat(d.removed()).containsExactly(new Removed("Iran PressIran News:", "navigation"));
    }

    /**
     * Once the line rules' automaton is built (past {@link BoilerplateStage.Compiled#SCAN_AFTER} paragraphs),
     * its pass answers the prefix rules' required characters: the rules that can start with anything still
     * cut what they cut before, and a paragraph without their characters keeps its start.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12345678_large.jpgThe port reopened on Monday after the storm passed.|12345678_large.jpg|navigation",
        "photo_2024_medium The port reopened on Monday after the storm passed.||",
        "harbour_gallery_mediumThe port reopened on Monday after the storm passed.|harbour_gallery_medium|navigation",
        "The ship left the port. /CFPThe crew said the storm had passed by the morning.|The ship left the port. /CFP|caption",
        "The ship left the port. CFP The crew said the storm had passed by the morning.||",
        "nannews.ng Nigeria to export one million tonnes of sesame next year.|nannews.ng|navigation",
        "www.example.com.ng The port reopened on Monday after the storm passed.|www.example.com.ng|navigation",
        "i.e. The port reopened on Monday after the storm passed.||",
    })
    void prefixRulesCutTheSameOnceTheLineScanIsBuilt(String paragraph, String cut, String reason) {
        List<String> filler = new java.util.ArrayList<>();
        for (int i = 0; i < BoilerplateStage.Compiled.SCAN_AFTER + 10; i++) {
            filler.add("Paragraph " + i + " of the filler says that the council met again on Monday morning.");
        }
        run(filler.toArray(new String[0]));
        Draft d = run(PROSE_1, paragraph, PROSE_2);
        if (cut == null) {
            assertThat(d.paragraphs()).containsExactly(PROSE_1, paragraph, PROSE_2);
        } else {
            assertThat(d.removed()).contains(new Removed(cut, reason));
            assertThat(d.paragraphs().get(1)).isEqualTo(paragraph.substring(paragraph.indexOf(cut) + cut.length()).strip());
        }
    }

    /** The agency credit's gates (upper-case start, a comma, only letters, spaces and slashes) refuse no line its regexes take. */
    @Test
    void agencyCreditGatesRefuseNoCredit() throws java.io.IOException {
        var outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(BoilerplateStage.agencyCredit("PAP - Nauka w Polsce, Julia Nowicka", outlets)).isTrue();
        assertThat(BoilerplateStage.agencyCredit("ANSA, Mario Rossi", outlets)).isTrue();
        assertThat(BoilerplateStage.agencyCredit("EFE mrb/ja", outlets)).isTrue();
        assertThat(BoilerplateStage.agencyCredit("", outlets)).isFalse();
        assertThat(BoilerplateStage.lettersSpacesSlashes("EFE mrb/ja")).isTrue();
        assertThat(BoilerplateStage.lettersSpacesSlashes("Shr loss 51 cts")).isFalse();
        java.util.regex.Pattern initials = java.util.regex.Pattern.compile(
                "(?<code>\\p{Lu}[\\p{L}]{1,9}) (?<ini>\\p{L}{2,4}(?:[ /]{1,3}\\p{L}{2,4}){0,3})/?");
        for (String corpus : List.of("reuters-dev", "synthetic-dev", "quotes-dev", "multilingual-dev")) {
            try (var files = java.nio.file.Files.list(io.articlex.Corpora.corpus(corpus))) {
                for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : java.nio.file.Files.readString(f).split("\\n")) {
                        String p = line.strip();
                        if (initials.matcher(p).matches()) {
                            assertThat(BoilerplateStage.lettersSpacesSlashes(p)).as(p).isTrue();
                        }
                    }
                }
            }
        }
    }

    /** The pre-check never refuses a paragraph whose start the crumb regex matches (corpora, samples, crafted shapes). */
    @Test
    void crumbPrecheckNeverRefusesAMatch() throws java.io.IOException {
        List<String> paragraphs = new java.util.ArrayList<>(List.of("Iran PressIran News: x", "Iran Press/Iran News: x",
                "AB C.D E F/Gh Ij Kl: x", "Tasnim\uD835\uDC00 News Politics: x", "Ábc Ñews Mundo: x", "X/Yz:",
                "Aa Bb Cc Dd/Ee ff gg: x", "Aa Bb Cc DdEe ff gg: x"));
        for (String corpus : List.of("reuters-dev", "synthetic-dev", "quotes-dev", "multilingual-dev")) {
            try (var files = java.nio.file.Files.list(io.articlex.Corpora.corpus(corpus))) {
                for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    for (String para : java.nio.file.Files.readString(f).split("\\n")) {
                        paragraphs.add(para.strip());
                    }
                }
            }
        }
        int matched = 0;
        for (String p : paragraphs) {
            if (GLUED_CRUMB_PATTERN.matcher(p).lookingAt()) {
                matched++;
                assertThat(BoilerplateStage.mayOpenWithCrumb(p)).as(p).isTrue();
            }
        }
        assertThat(matched).isGreaterThanOrEqualTo(5); // the shapes above; the corpora add the lines it must refuse
        assertThat(BoilerplateStage.mayOpenWithCrumb("The survey showed that 54 percent: of voters")).isFalse();
        // five spaces at most before the colon: four site words and a three-word section take that many
        assertThat(BoilerplateStage.mayOpenWithCrumb("Aa Bb Cc Dd/Ee ff gg: x")).isTrue();
        assertThat(BoilerplateStage.mayOpenWithCrumb("Aa Bb Cc Dd Ee ff gg: x")).isFalse();
        assertThat(GLUED_CRUMB_PATTERN.matcher("Aa Bb Cc Dd Ee ff gg: x").lookingAt()).isFalse();
    }

    private static final java.util.regex.Pattern GLUED_CRUMB_PATTERN = BoilerplateStage.GLUED_CRUMB;

    /** The prefix rules' first-character mask answers as the rule's first characters do, for every first character. */
    @Test
    void prefixFirstMaskAnswersAsTheFirstCharacters() {
        BoilerplateStage.Compiled c = BoilerplateStage.Compiled.BuiltIn.INSTANCE;
        for (int i = 0; i < c.prefixes.size(); i++) {
            io.articlex.rules.Rules.Rule r = c.prefixes.get(i);
            String first = RegexFacts.of(r.regex(), r.flags()).firstWithClasses();
            assertThat(c.prefixCanStart(i, "")).isTrue();
            for (char ch = 0; ch < 0x3000; ch++) {
                String p = ch + "x";
                assertThat(c.prefixCanStart(i, p)).as("%s opens with U+%04X", r.regex(), (int) ch)
                        .isEqualTo(BoilerplateStage.Compiled.canStart(first, p));
            }
        }
    }

    /** The markers' pre-checks (first character, length without a colon) never refuse a line one of them matches. */
    @Test
    void markerPrechecksNeverRefuseAMatch() throws java.io.IOException {
        BoilerplateStage.Compiled c = BoilerplateStage.Compiled.BuiltIn.INSTANCE;
        List<String> lines = new java.util.ArrayList<>(List.of("Read more", "Read more »", "READ MORE:",
                "Related stories: " + "A headline that runs on well past the length of any marker phrase and its punctuation",
                "More from Global Markets and the World Economy Desk", "Lire aussi : Le gouvernement annonce un plan",
                "More than 200 people were killed in the clashes that began on Sunday near the border town",
                // the colon as late as a marker's headline allows (the longest marker, a space, three marks,
                // a space), and a colon too late for one
                "More from " + "abcdefghi ".repeat(4) + " ..: A headline that runs on well past the length of any marker",
                "Take a look at how the minister and his aides spent the week, the paper said: lots of travel"));
        for (String corpus : List.of("reuters-dev", "synthetic-dev", "quotes-dev", "multilingual-dev")) {
            try (var files = java.nio.file.Files.list(io.articlex.Corpora.corpus(corpus))) {
                for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : java.nio.file.Files.readString(f).split("\\n")) {
                        lines.add(line.strip());
                    }
                }
            }
        }
        int matched = 0;
        for (String p : lines) {
            if (p.length() > 300) {
                continue;
            }
            String expected = null;
            for (io.articlex.rules.Rules.Rule r : c.markers) {
                java.util.regex.Matcher m = r.pattern().matcher(p);
                if (m.matches()) {
                    expected = m.group();
                    break;
                }
            }
            java.util.regex.Matcher got = c.marker(p);
            assertThat(got == null ? null : got.group()).as(p).isEqualTo(expected);
            matched += expected != null ? 1 : 0;
        }
        assertThat(matched).isGreaterThanOrEqualTo(6);
        assertThat(c.marker("More than 200 people were killed in the clashes that began on Sunday near the border town")).isNull();
    }

    @Test
    void anOutletsCreditWithTheWireClosingARepostGoes() {
        Draft d = run(PROSE_1, PROSE_2, "Le Monde avec AFP");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Le Monde avec AFP", "credit"));
        // the same join between words the table does not know is body
        d = run(PROSE_1, PROSE_2, "Le maire avec ses adjoints.");
        assertThat(d.paragraphs()).hasSize(3);
    }

    @Test
    void nameGluedToAVerbIsNotACrumb() {
        // "McDonald said:" has the same lower-to-upper join, but McDonald is no outlet
        Draft d = run("McDonald said: \"We will build it.\"");
        assertThat(d.paragraphs()).containsExactly("McDonald said: \"We will build it.\"");
        assertThat(d.removed()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            he noted. (end) mt | he noted. | (end) mt
            he noted. (end) ta.gb | he noted. | (end) ta.gb
            he noted. (PNA) | he noted. | (PNA)
            ma začít v roce 2028. ČTK | ma začít v roce 2028. | ČTK
            في مدينة الكويت. (النهاية) ع ب | في مدينة الكويت. | (النهاية) ع ب
            قبل نهاية العام. (النهاية) ا م ش / ع ا ب | قبل نهاية العام. | (النهاية) ا م ش / ع ا ب
            at major interchange stations. (ANI) | at major interchange stations. | (ANI)
            she said. - Emirates News Agency, WAM – | she said. | - Emirates News Agency, WAM –
            in the region. -- BERNAMA | in the region. | -- BERNAMA
            against the aggression.104/209 | against the aggression. | 104/209
            according to ministry data. (END) | according to ministry data. | (END)
            the minister said.(Reporting by Ann Lee; Editing by Tom Fox) | the minister said. | (Reporting by Ann Lee; Editing by Tom Fox)
            runs for 16 kilometers under the bay. /CGTN | runs for 16 kilometers under the bay. | /CGTN
            nelle fasce di punta. (AGI)Mi1/Gav 061230 DIC 24 | nelle fasce di punta. | (AGI)Mi1/Gav 061230 DIC 24
            nelle fasce di punta. Red/Sec 061230 DIC 24 | nelle fasce di punta. | Red/Sec 061230 DIC 24
            chaired a meeting on the project. APP/ame/ | chaired a meeting on the project. | APP/ame/
            up to seven years. --Brussels: +32 2 555 0101; email: desk@mni.example [TOPICS: MTABLE] | up to seven years. | --Brussels: +32 2 555 0101; email: desk@mni.example [TOPICS: MTABLE]
            im Sommer fertig werden. (dpa/lni) | im Sommer fertig werden. | (dpa/lni)
            um 1,2 Prozent nach./bgf/jha/he | um 1,2 Prozent nach. | /bgf/jha/he
            """)
    void signOffGluedToTheLastSentenceIsCut(String last, String kept, String signOff) {
        Draft d = run(PROSE_1, PROSE_2, "The plan " + last);
        assertThat(d.paragraphs()).last().isEqualTo("The plan " + kept);
        assertThat(d.removed()).contains(new Removed(signOff, "sign-off"));
    }

    @Test
    void readerNotesOfWebCopyGo() {
        Draft d = run(PROSE_1, "Story continues below", PROSE_2, "Article continues below this ad", PROSE_3,
                "Continue reading the main story");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
        d = run("For Subscribers", PROSE_1, "Story continues below advertisement", "Ann Lee/Getty Images", PROSE_2,
                "Open this photo in gallery:", PROSE_3, "Sign up here.", "Get the latest news delivered to your inbox.",
                "Report an error", "Editorial code of conduct");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
        assertThat(d.removed()).contains(new Removed("Ann Lee/Getty Images", "caption"));
        // the same note in the pages of other languages
        d = run(PROSE_1, "Continua depois da publicidade", PROSE_2, "La noticia continúa después de la publicidad", PROSE_3,
                "La suite après cette publicité", "Der Artikel geht nach der Anzeige weiter", "Continua dopo la pubblicità",
                "Het artikel gaat verder onder de advertentie", "Dalsza część artykułu pod materiałem wideo",
                "Haberin devamı reklamın altında", "Продолжение ниже");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
        // a sentence that says as much is body text
        d = run(PROSE_1, "La suite après la publicité a surpris les téléspectateurs, selon l'institut de mesure.", PROSE_2);
        assertThat(d.paragraphs()).hasSize(3);
        d = run(PROSE_1, "A crane stands over the site on Monday. (Photo by Ann Lee)", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run("Listen to this article · 4:12 min Learn more", "Share full article", "Staff and agencies in Nairobi",
                "Reporting from Nairobi, Kenya", "3 mins", PROSE_1, PROSE_2, "Ann Lee is the East Africa correspondent for the paper.",
                "A version of this article appears in print on March 4, 2024, Section A, Page 8.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a page's credit under the story's last line, closed with a full stop like a sentence
        d = run(PROSE_1, PROSE_2, "Staff writer.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a Korean news page's head: the reporter's name with his post, and the comment count
        d = run("김민수 기자", "댓글 0", PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run(PROSE_1, "기자회견", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "기자회견", PROSE_2);
        // a Spanish site's signature line: the writer, her city, the date and time
        d = run("Lucía Fernández | Santander | 12/10/2023 - 19:45h", PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run(PROSE_1, "Ventas | Enero | 12/10/2023", PROSE_2);
        assertThat(d.paragraphs()).as("one word before the bars is no name").containsExactly(PROSE_1, "Ventas | Enero | 12/10/2023", PROSE_2);
        d = run(PROSE_1, PROSE_2, "The staff writers left.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, "The staff writers left.");
        d = run("Listen to article", "Listen to the story 3 minutes", PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run(PROSE_1, PROSE_2, "Related Topics", "Interest rates", "Explore more on these topics", "Spain", "Wildfires");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed("Interest rates", "tags"), new Removed("Wildfires", "tags"));
    }

    @Test
    void theBylineOfThePagesMetadataWithADateAboveTheStoryGoes() {
        Draft d = new BoilerplateStage().apply(Draft.of(List.of("Helen Marsh Nov 30, 2026", PROSE_1, "Helen Marsh Nov 30, 2026"),
                PageMeta.NONE.withByline("Helen Marsh"), List.of()));
        // above the story only; below it the line is the story's own (a letter's signature, say)
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "Helen Marsh Nov 30, 2026");
        assertThat(d.removed()).containsExactly(new Removed("Helen Marsh Nov 30, 2026", "timestamp"));
        assertThat(BoilerplateStage.signedStamp("Helen Marsh · 5 December 2026", "Helen Marsh")).isTrue();
        assertThat(BoilerplateStage.signedStamp("Helen Marsh said on Monday", "Helen Marsh")).isFalse();
        assertThat(BoilerplateStage.signedStamp("Helen Marsh Nov 30, 2026", null)).isFalse();
    }

    @Test
    void paywallPromptsGoButSentencesAboutSubscribersStay() {
        Draft d = run(PROSE_1, PROSE_2, "Keep reading with a 7-day free trial", "Already a subscriber? Sign in",
                "Cet article est réservé aux abonnés.", "This article is available to paying subscribers only.",
                "To continue reading, please subscribe or log in.", "Start your free trial");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        String story = "The paper said it had 40,000 paying subscribers and would start a free trial in May.";
        String member = "Already a member of the club, she joined the board in 2019.";
        d = run(PROSE_1, story, member, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, story, member, PROSE_2);
    }

    @Test
    void meteredPaywallCountsGoButAStoryAboutFreeArticlesStays() {
        Draft d = run(PROSE_1, PROSE_2, "You've read 3 of 3 free articles this month. Subscribe now for just $1 for 6 months.",
                "You have reached your limit of free articles.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        String story = "Readers who have read their free articles can still see the obituaries, the paper said.";
        d = run(PROSE_1, story, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, story, PROSE_2);
    }

    @Test
    void recipeCardRatingsAndCallsToActionGoButTheRecipeStays() {
        // a recipe plugin's card: its rating line and the invitation to post a picture of the result
        Draft d = run(PROSE_1, "4.86 from 213 votes", "225 g caster sugar", PROSE_2,
                "Tried this recipe?Mention @crumbsandco or tag #crumbsandco!", "Did you make this recipe? Leave a rating below");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "225 g caster sugar", PROSE_2);
        String asked = "Tried this recipe? Many readers wrote in to say the loaf sank in the middle, and the baker explained why.";
        d = run(PROSE_1, "The dish won 4 from 5 judges.", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "The dish won 4 from 5 judges.", PROSE_2);
        d = run(PROSE_1, PROSE_2, asked);
        assertThat(d.paragraphs()).contains(asked);
    }

    @Test
    void aPostsClapAndFollowerCountsGo() {
        // a blogging platform's clap count under the title and at the end ("--" then the count), the writer's followers
        Draft d = run(PROSE_1, "--12", PROSE_2, "--1.2K", "214 Followers");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a newsletter platform's closing invitation; a writer's own thanks stays
        d = run(PROSE_1, PROSE_2, "Thanks for reading Verge Notes! Subscribe for free to receive new posts and support my work.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run(PROSE_1, PROSE_2, "Thanks for reading this far.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, "Thanks for reading this far.");
        d = run(PROSE_1, "The temperature fell to -12 overnight.", "-12", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "The temperature fell to -12 overnight.", "-12", PROSE_2);
    }

    /**
     * A known agency before its desk's code in brackets is a sign-off; a slashed pair in brackets that opens
     * with no agency, or a desk part longer than a code, is body.
     */
    @Test
    void agencyWithDeskCodesInBracketsIsASignOffOnlyForAKnownAgency() {
        var outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(BoilerplateStage.agencyWithDesks("dpa/lni", outlets)).isTrue();
        assertThat(BoilerplateStage.agencyWithDesks("AFP/dpa", outlets)).isTrue();
        assertThat(BoilerplateStage.agencyWithDesks("dpa", outlets)).isTrue();
        assertThat(BoilerplateStage.agencyWithDesks("UE/Mercosur", outlets)).isFalse();
        assertThat(BoilerplateStage.agencyWithDesks("AP/Ipsos", outlets)).isFalse();
        String body = "Die Zahl stieg deutlich (Bund/Land).";
        assertThat(run(PROSE_1, body).paragraphs()).containsExactly(PROSE_1, body);
    }

    @Test
    void editorsInitialsWithTheWiresInBracketsAreASignOff() {
        Draft d = run(PROSE_1, PROSE_2, "ab/rc (AFP, Reuters)");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("ab/rc (AFP, Reuters)", "sign-off"));
        assertThat(run(PROSE_1, "jsi/sms (dpa, Reuters)").paragraphs()).containsExactly(PROSE_1);
        // a sentence in brackets after a slashed pair is body
        String body = "and/or (The council said it would decide later.)";
        assertThat(run(PROSE_1, body).paragraphs()).containsExactly(PROSE_1, body);
    }

    @Test
    void agencyCreditGluedAfterTheLastSentenceIsCut() {
        Draft d = run(PROSE_1, "\"It will help,\" he added. PTI ABC DEF");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "\"It will help,\" he added.");
        assertThat(d.removed()).containsExactly(new Removed("PTI ABC DEF", "sign-off"));
        var outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(BoilerplateStage.gluedAgencyCredit("Es una medida urgente, dijo. EFE abc/def", outlets)).isEqualTo(29);
        // no known agency, a sentence of its own, or nothing after a full stop: no credit
        assertThat(BoilerplateStage.gluedAgencyCredit("The plan was approved. Acme ABC", outlets)).isEqualTo(-1);
        assertThat(BoilerplateStage.gluedAgencyCredit("The plan was approved. PTI said so.", outlets)).isEqualTo(-1);
        assertThat(BoilerplateStage.gluedAgencyCredit("The plan was approved by PTI ABC", outlets)).isEqualTo(-1);
    }

    @Test
    void imageSourceAndCaptionLinesAreCaptions() {
        Draft d = run("Image source, Example Agency", "Image caption, Crews cleared fallen trees on Sunday", PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Image source, Example Agency", "caption"),
                new Removed("Image caption, Crews cleared fallen trees on Sunday", "caption"));
    }

    @Test
    void anOutletsNameAsALineOfTheStoryStays() {
        // a bare name (a photo credit) or one in round brackets (a sign-off) goes; a name with a full stop
        // or in square brackets is the story's own line
        Draft d = run(PROSE_1, "Sputnik", PROSE_2, "The Guardian.", "[ The Guardian ]", PROSE_3, "(PAP)");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, "The Guardian.", "[ The Guardian ]", PROSE_3);
        assertThat(BoilerplateStage.bareName("(PAP)")).isTrue();
        assertThat(BoilerplateStage.bareName("Reuters")).isTrue();
        assertThat(BoilerplateStage.bareName("/العُمانية/")).isTrue();
        assertThat(BoilerplateStage.bareName("The Telegraph.")).isFalse();
        assertThat(BoilerplateStage.bareName("()")).isFalse();
    }

    @Test
    void aSentenceAskingReadersToWriteInStays() {
        String ask = "Officials urged residents to contact the city at its hotline or by email.";
        Draft d = run(PROSE_1, ask, "Contact Jane Roe at jroe@example.com", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, ask, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Contact Jane Roe at jroe@example.com", "sign-off"));
    }

    @Test
    void aSentenceAboutASocialNetworkIsNoShareRow() {
        Draft d = run(PROSE_1, "Twitter said on Monday it would ban the accounts.", "Facebook Twitter", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "Twitter said on Monday it would ban the accounts.", PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Facebook Twitter", "share"));
    }

    /** A site's invitation to its messaging channel closes the story; a sentence about joining such a channel stays. */
    @Test
    void anInvitationToAMessagingChannelIsNoStory() {
        String promo = "Join ST's Telegram channel and get the latest breaking news delivered to you.";
        String story = "Protesters used a Telegram channel to organise the march, police said.";
        Draft d = run(PROSE_1, story, PROSE_2, promo);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, story, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed(promo, "share"));
    }

    /** A gallery's numbered caption with the licensing link a copied page keeps, and a page's skip link, are no story. */
    @Test
    void aNumberedGalleryCaptionAndASkipLinkAreNoStory() {
        String caption = "[1/2] A trader looks at screens in Frankfurt, Germany, December 5, 2026. REUTERS/Kai Pfaffenbach "
                + "Purchase Licensing Rights, opens new tab";
        Draft d = run(PROSE_1, caption, PROSE_2, "Skip next section Explore more");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).extracting(Removed::reason).containsExactly("caption", "navigation");
    }

    /** A slash after a word that is no agency's code is a line of the story, and so is a field label over prose. */
    @Test
    void slashCreditsAndFieldLabelsNeedTheirShape() {
        Draft d = run(PROSE_1, "Editor: the one who decides what the paper prints, said the minister in his speech on Monday.",
                "Lisbon/Porto/Faro", "AC/DC");
        assertThat(d.removed()).isEmpty();
    }

    /**
     * Italian wire copy closes with the agency in brackets, then the desk's initials and a filing stamp
     * (day, hour and minute, month, year) on a line of its own: all of it goes, and the bracketed code
     * names the source.
     */
    @Test
    void italianWireStampAndDeskInitialsUnderTheLastSentenceGo() {
        String last = "Atm ha annunciato che le linee della metropolitana saranno garantite. (AGI)";
        Draft d = run(PROSE_1, last, "Red/Sec 061230 DIC 24");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "Atm ha annunciato che le linee della metropolitana saranno garantite.");
        assertThat(d.removed()).contains(new Removed("Red/Sec 061230 DIC 24", "sign-off"), new Removed("(AGI)", "sign-off"));
        d = run(PROSE_1, last, "Mi1/Gav");
        assertThat(d.removed()).contains(new Removed("Mi1/Gav", "sign-off"));
        // a stamp-like number or a slash pair inside the text, or not after a sentence's end, stays
        for (String kept : List.of("The plant opened in 061230 DIC 24", "Il confronto Roma/Lazio si gioca domenica",
                "I voti sono stati Sì/No")) {
            d = run(PROSE_1, kept);
            assertThat(d.paragraphs()).last().isEqualTo(kept);
        }
    }

    /** A page header flattened into one line: the time stamp, then the byline; each goes with its own reason. */
    @Test
    void timeStampThenBylineOnOneLineGoAsBoth() {
        Draft d = run("Publicado em 06/12/2024 - 10:32 Por Ana Souza - Repórter da Agência Brasil - Brasília", PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Publicado em 06/12/2024 - 10:32", "timestamp"),
                new Removed("Por Ana Souza - Repórter da Agência Brasil - Brasília", "byline"));
        // a sentence after the date is no byline
        String kept = "Em 06/12/2024 Por Ana Souza foi eleita a nova presidente da associação.";
        assertThat(run(kept, PROSE_1).paragraphs()).containsExactly(kept, PROSE_1);
        // the by-word after a space, wherever it stands among the words after spaces ("Dec", "By", "Bureau")
        d = run("Updated Dec 6, 2024 10:32 By Jo Lin, Bureau Chief", PROSE_1);
        assertThat(d.removed()).containsExactly(new Removed("Updated Dec 6, 2024 10:32", "timestamp"),
                new Removed("By Jo Lin, Bureau Chief", "byline"));
    }

    /** A word after the last sentence that is an outlet's name but not its code stays: "... the plan. Nova" */
    @Test
    void nameAfterTheLastSentenceThatIsNoAgencyCodeStays() {
        Draft d = run(PROSE_1, "The tower was designed by the firm. Nova");
        assertThat(d.paragraphs()).last().isEqualTo("The tower was designed by the firm. Nova");
    }

    /** A byline under the lead of a wire story does not make the lead a standfirst. */
    @Test
    void leadWithAnAgencyDatelineAboveABylineIsNoDeck() {
        String lead = "Phnom Penh, December 6 (AKP) -- Cambodia will ban single-use plastic bags from January 2028.";
        Draft d = run("Cambodia to ban single-use plastic bags", lead, "By Chea Vannak", PROSE_1);
        assertThat(d.paragraphs()).containsExactly("Cambodia to ban single-use plastic bags", lead, PROSE_1);
        String deck = "The ministry says shops will have two years to adapt. Markets are included.";
        d = run("Cambodia to ban single-use plastic bags", deck, "By Chea Vannak", PROSE_1);
        assertThat(d.removed()).contains(new Removed(deck, "deck"));
    }

    @Test
    void parenthesisedWordThatIsNoOutletStaysInTheLastSentence() {
        Draft d = run(PROSE_1, "The plant is run by the state company (Sonatrach)");
        assertThat(d.paragraphs()).last().isEqualTo("The plant is run by the state company (Sonatrach)");
    }

    @Test
    void publishersFootLinesGo() {
        String upi = "Copyright 2026 United Press International, Inc. (UPI). Any reproduction, republication, redistribution"
                + " and/or modification of any UPI content is expressly prohibited without UPI's prior written consent.";
        String has = "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA"
                + " News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.";
        Draft d = run(PROSE_1, PROSE_2, upi, has, "dpa-infocom GmbH", "ISSN 1234-5678");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed(upi, "copyright"), new Removed(has, "disclaimer"),
                new Removed("dpa-infocom GmbH", "sign-off"), new Removed("ISSN 1234-5678", "metadata"));
        // a story about copyright with a year stays
        String law = "Copyright law was last reformed in 1998, and publishers say reproduction without consent is still common"
                + " on many websites, which the new bill would make easier to prosecute in the courts, officials said.";
        assertThat(run(PROSE_1, law).paragraphs()).containsExactly(PROSE_1, law);
    }

    @Test
    void wholeLineSignOffsAndEditorCodesGo() {
        Draft d = run(PROSE_1, PROSE_2, "Reuter");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(run(PROSE_1, "2216**1412").removed()).containsExactly(new Removed("2216**1412", "sign-off"));
        assertThat(run(PROSE_1, "(Reporting by Lena Ortiz in Oslo; Editing by Mark Haldane)").paragraphs())
                .containsExactly(PROSE_1);
        // the desk's and editors' codes alone on the last line (PTI, Bernama), and Mehr's initials and item number
        assertThat(run(PROSE_1, PROSE_2, "ABC DEF RT RT").removed()).containsExactly(new Removed("ABC DEF RT RT", "sign-off"));
        assertThat(run(PROSE_1, "-- BERNAMA", "AFI ZMN").paragraphs()).containsExactly(PROSE_1);
        assertThat(run(PROSE_1, "ZZ/5123456").removed()).containsExactly(new Removed("ZZ/5123456", "sign-off"));
        // Xinhua's web editor, WAFA's editor initials, MAP's code and filing date, each on the last line
        assertThat(run(PROSE_1, "[Editor: Li Yan]").paragraphs()).containsExactly(PROSE_1);
        assertThat(run(PROSE_1, PROSE_2, "K.F.").removed()).containsExactly(new Removed("K.F.", "sign-off"));
        assertThat(run(PROSE_1, "MAP: 07 December 2026").removed()).containsExactly(new Removed("MAP: 07 December 2026", "sign-off"));
        assertThat(run("U.S.", PROSE_1, PROSE_2).paragraphs()).containsExactly("U.S.", PROSE_1, PROSE_2);
        assertThat(run(PROSE_1, "Note: 07 December 2026").paragraphs()).containsExactly(PROSE_1, "Note: 07 December 2026");
        // capitals that are words, or such a line above the last one, stay
        assertThat(run(PROSE_1, "GOD SAVE THE KING").paragraphs()).containsExactly(PROSE_1, "GOD SAVE THE KING");
        assertThat(run(PROSE_1, "ALL ARE WELCOME").paragraphs()).containsExactly(PROSE_1, "ALL ARE WELCOME");
        assertThat(run("UN ACTS NOW", PROSE_1, PROSE_2).paragraphs()).containsExactly("UN ACTS NOW", PROSE_1, PROSE_2);
        assertThat(run(PROSE_1, "VOTE YES ON TUE").paragraphs()).containsExactly(PROSE_1, "VOTE YES ON TUE");
    }

    /**
     * A copied page's picture between the headline and the story: its credit alone on a line ({@code Getty
     * Images}, {@code JEFF OVERS / BBC}), then the caption, which reads as a headline and became the title.
     */
    @Test
    void aPhotoCreditAboveTheStoryAndTheCaptionUnderItGo() {
        Draft d = run("Iran frees British-Iranian aid worker", "JEFF OVERS / BBC", "Rana Rahimpour had campaigned for her release",
                PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly("Iran frees British-Iranian aid worker", PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("JEFF OVERS / BBC", "caption"),
                new Removed("Rana Rahimpour had campaigned for her release", "caption"));
        d = run("UK inflation falls to 2.1%", "Maya Lind / Getty Images", "Food prices rose more slowly last month.", PROSE_1);
        assertThat(d.paragraphs()).containsExactly("UK inflation falls to 2.1%", PROSE_1);
        d = run("UK inflation falls to 2.1%", "Getty Images", "Food prices rose more slowly last month.", PROSE_1);
        assertThat(d.paragraphs()).containsExactly("UK inflation falls to 2.1%", PROSE_1);
        // the story's dateline, or a place in capitals, right under the credit stays; so does the line after a
        // credit inside the story, and a slash between words that name no agency is no credit
        d = run("Port reopens", "Getty Images", "KARACHI: " + PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly("Port reopens", "KARACHI: " + PROSE_1, PROSE_2);
        d = run("Port reopens", "Getty Images", "ANKARA", PROSE_1);
        assertThat(d.paragraphs()).containsExactly("Port reopens", "ANKARA", PROSE_1);
        // inside the story the credit goes, and a caption without a full stop under it; a sentence stays
        d = run(PROSE_1, "Getty Images", "Work starts in May.", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "Work starts in May.", PROSE_2);
        d = run("Storm closes schools", PROSE_1, "Getty Images", "Snow ploughs cleared the A9 near Dalwhinnie", PROSE_2);
        assertThat(d.paragraphs()).containsExactly("Storm closes schools", PROSE_1, PROSE_2);
        d = run("Museum reopens", PROSE_1, PROSE_2, "Getty Images", "The museum will be open every day except Monday");
        assertThat(d.paragraphs()).as("the story's last line is no caption").contains("The museum will be open every day except Monday");
        d = run("Budget talks resume", "Labour / Greens", "Coalition partners meet on Monday", PROSE_1);
        assertThat(d.paragraphs()).containsExactly("Budget talks resume", "Labour / Greens", "Coalition partners meet on Monday", PROSE_1);
    }

    /** A writer's label and name goes as a byline; a transcript's turn under the same label is body. */
    @Test
    void aReporterLabelWithANameIsABylineButATurnOfATranscriptStays() {
        assertThat(run("Reporter: Jane Doe", PROSE_1, PROSE_2).paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(run("REPORTER: Ana de la Cruz and Tom Lee", PROSE_1).paragraphs()).containsExactly(PROSE_1);
        assertThat(run(PROSE_1, "REPORTER: Will taxes rise?", PROSE_2).paragraphs())
                .containsExactly(PROSE_1, "REPORTER: Will taxes rise?", PROSE_2);
        assertThat(run(PROSE_1, "Reporter: So the plan is off for now", PROSE_2).paragraphs())
                .containsExactly(PROSE_1, "Reporter: So the plan is off for now", PROSE_2);
    }

    /** What a phone or an app adds when a story is passed on: a signature and a share line. */
    @Test
    void appAndPhoneSignaturesGo() {
        assertThat(run(PROSE_1, PROSE_2, "Sent from my iPhone").paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(run(PROSE_1, PROSE_2, "Shared from the Guardian app").paragraphs()).containsExactly(PROSE_1, PROSE_2);
        String about = "The minister said she had sent from my office a letter to the app developers.";
        assertThat(run(PROSE_1, about).paragraphs()).containsExactly(PROSE_1, about);
    }

    @Test
    void relatedListAfterMarkerGoesToRelated() {
        Draft d = run(PROSE_1, PROSE_2, "Read More:", "Iran's power consumption hits new record",
                "Khuzestan farmers switch to drip irrigation");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.related()).containsExactly("Iran's power consumption hits new record",
                "Khuzestan farmers switch to drip irrigation");
        assertThat(d.removed()).first().isEqualTo(new Removed("Read More:", "related-links"));
    }

    @Test
    void aFullStoryLinkUnderTheBodyOpensTheTeasersGluedToTheirOwnLinks() {
        // a site whose every teaser ends in a "Full Story" link: the article's own link ("W140" is the
        // teaser's image box) and then the next teaser glued to the link before it
        Draft d = run(PROSE_1, PROSE_2, "W140 Full Story", "Full StoryCourt jails former port chief",
                "Full StoryDam upgrade finishes early");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.related()).containsExactly("Court jails former port chief", "Dam upgrade finishes early");
    }

    @Test
    void aCopiedPagesAdvertisingAndReadingListLinesGoAndRelatedArticleOpensALinkList() {
        Draft d = run("SKIP ADVERTISEMENT", "Save articles to read later and create your own reading list.", PROSE_1, PROSE_2,
                "Related article", "Why some earthquakes cause tsunamis and others don't");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.related()).containsExactly("Why some earthquakes cause tsunamis and others don't");
    }

    @Test
    void printJumpLinesGoAndTheirPageNumbersWithThem() {
        // text taken from a printed page: where the story jumps to another page, and where it resumes
        Draft d = run(PROSE_1, "(Continued on Page A6)", "Continued from Page 1", PROSE_2 + " \u2192P8");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).extracting(Removed::text).contains("(Continued on Page A6)", "Continued from Page 1", "\u2192P8");
        // a sentence about what continued, or a page in running text, stays
        Draft kept = run(PROSE_1, "Talks continued on Monday.", "The figures are on page 12 of the report.");
        assertThat(kept.paragraphs()).containsExactly(PROSE_1, "Talks continued on Monday.", "The figures are on page 12 of the report.");
    }

    @Test
    void markerGluedToItsHeadlineSplitsOff() {
        Draft d = run(PROSE_1, "Read more: Dam upgrade finishes early");
        assertThat(d.related()).containsExactly("Dam upgrade finishes early");
        assertThat(d.paragraphs()).containsExactly(PROSE_1);
    }

    @Test
    void bodyResumesAfterAnInlineRelatedLink() {
        Draft d = run(PROSE_1, "Take a look:", "Dawn investigation into the port deal", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.related()).containsExactly("Dawn investigation into the port deal");
    }

    @Test
    void trailingHeadlineRunWithoutMarkerIsRelated() {
        Draft d = run(PROSE_1, PROSE_2, PROSE_3, "Russian airlines carried 9% more passengers in January",
                "The figure was reported by the Federal Air Transport Agency");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
        assertThat(d.related()).hasSize(2);
    }

    @Test
    void pageBodyKeepsItsClosingLinesThatTextWouldTakeForARelatedList() {
        // a page's markup already cut its related boxes away: lines after the last long paragraph are
        // the article's own end (a question to readers, tour dates), not a list without a marker
        List<String> body = List.of(PROSE_1, PROSE_2, PROSE_3, "What do you think of the new models?",
                "More information on the maker's website at example.org");
        Draft page = new BoilerplateStage().forPages().apply(Draft.of(body, PageMeta.NONE, List.of()));
        assertThat(page.paragraphs()).isEqualTo(body);
        assertThat(page.related()).isEmpty();
        Draft text = run(body.toArray(String[]::new));
        assertThat(text.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void pageBlocksAreNotCutByRulesWithALongOpenPrefixOrForBareNumbers() {
        // a caption rule lets its credit sit after 400 characters of anything, and a bare number is a
        // stray counter in pasted text; on a page the markup already dropped captions with their figures
        String credited = "Crowds gathered at the new bridge on Monday. (AP Photo/Jane Doe)";
        List<String> body = List.of(PROSE_1, credited, "1913", PROSE_2);
        Draft text = run(body.toArray(String[]::new));
        assertThat(text.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        Draft page = new BoilerplateStage().forPages().apply(Draft.of(body, PageMeta.NONE, List.of()));
        assertThat(page.paragraphs()).isEqualTo(body);
        // rules that open with their key word still apply
        Draft share = new BoilerplateStage().forPages().apply(Draft.of(List.of(PROSE_1, "Share this article", PROSE_2),
                PageMeta.NONE, List.of()));
        assertThat(share.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void rulesForTextOnlyAreToldByTheirShape() {
        assertThat(BoilerplateStage.Compiled.textOnly("(?i)[^\\n]{0,80}\\ball rights reserved\\b")).isTrue();
        assertThat(BoilerplateStage.Compiled.textOnly("[^\\n]{0,400}\\(AP Photo\\)")).isTrue();
        assertThat(BoilerplateStage.Compiled.textOnly("\\d{3,14}")).isTrue();
        assertThat(BoilerplateStage.Compiled.textOnly("[^\\n]{0,20}版权所有")).isFalse();
        assertThat(BoilerplateStage.Compiled.textOnly("(?i)share this article")).isFalse();
    }

    @Test
    void pageBodyStillLosesAMarkedRelatedList() {
        Draft page = new BoilerplateStage().forPages().apply(Draft.of(
                List.of(PROSE_1, PROSE_2, "Read More:", "Dawn investigation into the port deal"), PageMeta.NONE, List.of()));
        assertThat(page.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(page.related()).containsExactly("Dawn investigation into the port deal");
    }

    @Test
    void trailingTableRowsAreNotTakenForRelatedLinks() {
        Draft d = run(PROSE_1, PROSE_2, PROSE_3, "Qtr div 12 cts vs 12 cts prior", "Pay April 15", "Record March 30");
        assertThat(d.paragraphs()).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bookmark and Share | share
            Follow us on Twitter @IrnaEnglish | navigation
            Share this article | share
            Your Comment | comments
            You are replying to: . | comments
            3 + 5 = | comments
            Write comment (12 Comments) | comments
            © Copyright 2007 (All Rights Reserved) | copyright
            © Provided by The Canadian Press | copyright
            By Lena Ortiz and Tomas Berg | byline
            by Olena Marchuk March 6, 2024 4:15 PM 2 min read | byline
            Associated Press writer Dana Kim in Minneapolis contributed to this report. | byline
            News Code 84522917 | metadata
            Journalist ID: 2216 | metadata
            0 Persons | metadata
            News number: 14020813000412 | metadata
            AGI0345 3 CRO 0 R01 / | metadata
            ADN0789 7 ECO 0 ADN ECO NAZ | metadata
            (ATTN: ADDS comments from ministry official in paras 4-5) | editorial
            UPDATES WITH REMARKS OF MINISTER, CHANGES HEADLINE, DECK | editorial
            This audio is created with AI assistance | editorial
            Representative Image | caption
            (Image: ANI) | caption
            Shillong: Volunteers clear weeds from the lake shore on Tuesday. PTI Photo | caption
            A keeper feeds a cub at the nursery, Oct. 9, 2023. (Xinhua/Wang Lei) Photo Gallery | caption
            folder_openLebanon access_timetwo days ago | navigation
            starAdd to favorites | navigation
            {{ dayPoint.date }} | template
            Source: Xinhua | sign-off
            Dear reader, news on this portal is published automatically without editorial review. | disclaimer
            Skip to content | navigation
            With inputs from PTI | byline
            (With inputs from agencies) | byline
            With wire services | byline
            Avec AFP | byline
            Con información de EFE y Europa Press | byline
            Com informações da Agência Brasil | byline
            Mit Material von dpa und AFP | byline
            *Com informações da Agência Brasil | byline
            (Zusammenfassung - neu: Zitat Verkehrsminister in Absatz 3) | editorial
            (Actualisé avec la réaction du ministre) | editorial
            (Ampliación con declaraciones del ministro) | editorial
            كتب: أحمد محمود | byline
            بقلم سارة علي | byline
            С использованием материалов ТАСС | byline
            -- With reporting by Jane Roe in London | sign-off
            (Bericht von Anna Becker, redigiert von Thomas Seythal) | sign-off
            (Reportage Claire Duval, édité par Marc Joly) | sign-off
            ink/dpa/AFP | sign-off
            (dpa/AFP) | sign-off
            jw/AFP, dpa | sign-off
            /انتهى/ | sign-off
            --(بترا) | sign-off
            م ع/ح ش | sign-off
            ع ح | sign-off
            -- قنا | sign-off
            (Schluss) dpa ab yyzz n1 mk | sign-off
            CMC/ | sign-off
            CMC/ir/ld/2026 | sign-off
            À VOIR AUSSI - Les images des inondations dans le Var | related-links
            LIRE AUSSI - Le gouvernement prépare une loi | related-links
            Автор: Иван Ткачёв | metadata
            El periodista de The Associated Press Fabiola Sánchez contribuyó a este despacho. | byline
            Por g1 SP — São Paulo | byline
            Por g1 Campinas e Região | byline
            Por Redação g1 | byline
            Di Redazione Web | byline
            Aus Regensburg berichtet Lena Hofmann | byline
            ANP 141200 mrt 24 | sign-off
            ЕЗ НМР | sign-off
            ЕЗ/НМР | sign-off
            Aus Brüssel berichten Anna Maier und Jan Roth | byline
            dpa-AFX/ab/mk | sign-off
            /العُمانية/ | credit
            Ce texte a été publié par La Presse Canadienne le 12 mars 2024. | repost
            This piece first appeared on Example Insights. | repost
            This report by The Canadian Press was first published Dec. 6, 2026. | repost
            Dieser Artikel ist ursprünglich am 3. Mai 2021 erschienen. | repost
            Go to Contents Go to Navigation | navigation
            Editor: Rahmad Nasution | metadata
            Newspaper section: News | metadata
            Reporter: Putu Indah Savitri | byline
            WAM/Tariq Alfaham/Hatem Mohamed | sign-off
            BSS/GM/AK/1430 hrs | sign-off
            APP/ame/ | sign-off
            UNI XC ML 1420 | sign-off
            Enditem/ASG | sign-off
            (By Lin Chi-hsuan) Enditem/AW | sign-off
            ==========R.H. | sign-off
            (By Joseph Yeh) | byline
            dpa ab yy n1 mk | sign-off
            (NAN)(www.nannews.ng) | sign-off
            Photo credit: Akorda press service | caption
            ع.ح | sign-off
            Waterlogged streets in Chennai on Sunday. (Photo: PTI) | caption
            Posted by: Admin | byline
            • 2h | timestamp
            Copy Link copied | share
            NEWSPAPER SECTION: Business | metadata
            WRITER: Reuters | byline
            Published: December 06, 2026 14:20 By Staff, Agencies | timestamp
            /NZ/ | sign-off
            AGERPRES (RO - author: Ana Popescu, editor: Mihai Ion) | sign-off
            AGERPRES/(AS - autor: Ioana Marin, editor: Vlad Dinu) | sign-off
            بنا 1430 جمت 05/03/2024 | sign-off
            red, wien.ORF.at/Agenturen | sign-off
            --(بترا) ع ح/ م ت | sign-off
            Photos by Daniel Reyes | caption
            Video by Ana Ruiz and Tom Lee | caption
            Submitted by Tom Barrett on Tue, 03/03/2026 - 09:12 | timestamp
            Posted by Ana Ruiz on November 30, 2026 at 9:14 am | timestamp
            Got a tip? Email us at news@example.org or call 01632 960 123. | contact
            Have you got a story for us? Contact our newsdesk on 01632 960 555. | contact
            Do you want to respond to this article? You can write a letter to the editor. | contact
            Send us your tips at news@example.org | contact
            GadgetDesk may earn a commission when you buy through links on our site. | disclaimer
            We may receive a small commission if you click on links in this guide and make a purchase. | disclaimer
            This post contains affiliate links. | disclaimer
            As an Amazon Associate I earn from qualifying purchases. | disclaimer
            Post Reply 4 posts • Page 1 of 1 | navigation
            12 replies · Page 2 of 3 | navigation
            Users browsing this forum: No registered users and 3 guests | navigation
            Who is online | navigation
            Re: Repainting a 1970s fibreglass hull - what primer? | navigation
            AW: Winterreifen für den alten Kombi | navigation
            There are currently 3 users browsing this thread. (0 members and 3 guests) | navigation
            Powered by phpBB® Forum Software © phpBB Limited | navigation
            Proudly powered by WordPress | navigation
            """)
    void chromeLineIsRemovedWithItsReason(String line, String reason) {
        Draft d = run(line, PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed(line, reason));
    }

    /** Body sentences that open like a page's credit, stamp, tip, disclosure or forum line stay body. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Photos by the two men were shown to the jury on Tuesday.",
        "Submitted by the mayor on Monday, the plan goes to a vote in 2027.",
        "Posted by Ana Ruiz on Facebook, the video had 2 million views by Friday.",
        "Retailers could earn a commission when you buy through their apps, the regulator warned.",
        "Powered by two electric motors, the ferry crosses the bay in twenty minutes.",
        "Who is online and who is not has become a political question in the valley.",
        "The forum had 40 posts on page 2 of the thread by Friday, the moderators said.",
    })
    void pageChromeLookalikesStayBody(String line) {
        Draft d = run(PROSE_1, line, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, line, PROSE_2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", textBlock = """
            26 October 2021 - 11:42
            13:52 | 2023-11-04
            All News 10:21 March 15, 2024
            posted on 12/02/2016
            Tehran - 14:05 / GMT - 10:35
            April, 16, 2023 - 21:05
            Published On 2 Dec 2023
            """)
    void timestampAboveTheStoryGoes(String line) {
        Draft d = run(line, PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed(line, "timestamp"));
    }

    /**
     * A place in capitals before the stamp's date and time stands where the dateline would and is left for
     * the dateline reader; a name, an outlet or a stamp's label before it does not make one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", textBlock = """
            CHENNAI, December 06, 2026 09:15 IST # true
            LAGOS, Dec 6, 2026, 10:42 am # true
            Ade Bello, Dec 6, 2026, 10:42 am # false
            REUTERS, Dec 6, 2026 10:42 # false
            UPDATED, Dec 6, 2026 10:42 # false
            """)
    void placeThenStampAboveTheStoryStays(String line, boolean stays) {
        Draft d = run(line, PROSE_1, PROSE_2);
        if (stays) {
            assertThat(d.paragraphs()).containsExactly(line, PROSE_1, PROSE_2);
            assertThat(d.removed()).isEmpty();
        } else {
            assertThat(d.removed()).containsExactly(new Removed(line, "timestamp"));
        }
        // inside the story the same line is a time stamp as before
        assertThat(run(PROSE_1, PROSE_2, line).paragraphs()).doesNotContain(line);
    }

    @Test
    void copyrightGluedToTheLastSentenceGoes() {
        Draft d = run(PROSE_1, "La Protezione civile ha aperto i centri. RIPRODUZIONE RISERVATA © Copyright ANSA");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "La Protezione civile ha aperto i centri.");
        assertThat(d.removed()).containsExactly(new Removed("RIPRODUZIONE RISERVATA © Copyright ANSA", "copyright"));
        Draft law = run(PROSE_1, "The court ruled on Monday. Copyright law will change next year, lawyers said.");
        assertThat(law.paragraphs()).containsExactly(PROSE_1, "The court ruled on Monday. Copyright law will change next year, lawyers said.");
    }

    @Test
    void aNameThenABarAndADateIsABylineLine() {
        String line = "Mehmet Yılmaz   |05.03.2024 - Güncelleme : 05.03.2024";
        Draft d = run(line, PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed(line, "byline"));
        Draft kept = run("Turkey | 2024 in review", PROSE_1, PROSE_2);
        assertThat(kept.removed()).isEmpty();
    }

    @Test
    void timeLinesInsideTheStoryStay() {
        // a live blog: "6:05 p.m." heads an entry between paragraphs
        Draft d = run(PROSE_1, "6:05 p.m.", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "6:05 p.m.", PROSE_2);
    }

    @Test
    void tableRowWithAMonthIsNoTimestamp() {
        assertThat(Timestamps.isTimestamp("Pay March 31")).isFalse();
        assertThat(Timestamps.isTimestamp("MONTREAL, March 3 -")).isFalse();
    }

    /** A number of hours or days ago, in the wire languages, is a stamp; a number of years or of days alone is not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 hours ago | true
            Updated 5 minutes ago | true
            07/03/2024 14h10 Atualizado há 2 horas | true
            Publié le 12 mars 2024 à 14 h 05 | true
            Mis à jour le 12 mars 2024 à 15 h 10 | true
            14 h de route | false
            041432 Mär 24 | true
            041432 | false
            991432 Mär 24 | false
            Vor 3 Stunden | true
            Il y a 2 heures | true
            Publicado hace 3 horas | true
            2 saat önce | true
            3 часа назад | true
            Il y a 20 ans | false
            12 days | false
            3 hours of talks | false
            Publié aujourd’hui à 10h12, modifié à 11h30 | true
            heute, 09:12 Uhr | true
            Hoy 11:20 | true
            Oggi a Roma | false
            Aktualisiert am 04.03.2024-16:05 | true
            Spiel am 04.03.2024-Nord gegen Süd | false
            5 de marzo de 2025 | true
            Ley 5 de 2020 | false
            Reforma de 2025 aprobada | false
            نُشر: 14:20-12 مارس 2025 م ـ 12 رَمضان 1446 هـ | true
            نُشر الخبر في 12 مارس 2025 عن مصادر | false
            نُشر: 10:15-07 ديسمبر 2026 م ـ 16 جمادى الآخرة 1448 هـ | true
            في الربع الأول من 2026 | false
            12:05ت م | true
            3ملايين دولار | false
            """)
    void relativeStamps(String line, boolean stamp) {
        assertThat(Timestamps.isTimestamp(line)).isEqualTo(stamp);
    }

    /** A stamp that joins its date with "de" (Portuguese, Spanish), its parts parted by bars. */
    @Test
    void writtenOutDateWithBarsIsAStamp() {
        assertThat(Timestamps.isTimestamp("12 Março de 2025 | 14h32 - Actualizado em 12 Março de 2025 | 15h10")).isTrue();
        assertThat(Timestamps.withoutArabicMarks("نُشر")).isEqualTo("نشر");
        assertThat(Timestamps.withoutArabicMarks("ـ")).isEmpty();
        assertThat(Timestamps.withoutArabicMarks("مارس")).isEqualTo("مارس");
    }

    /**
     * A stamp of today under a one-sentence deck dates the story as a written date does: it goes. Inside the story, after two paragraphs, such a line stays (a live entry's time).
     */
    @Test
    void stampOfTodayUnderADeckGoes() {
        String deck = "Selon les notaires, la baisse atteint 4 % sur un an en Ile-de-France.";
        String stamp = "Publié aujourd’hui à 10h12, modifié à 11h30";
        Draft d = run(deck, stamp, PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(deck, PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed(stamp, "timestamp"));
        d = run(PROSE_1, PROSE_2, "Aujourd’hui, 10h12", PROSE_3);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, "Aujourd’hui, 10h12", PROSE_3);
        assertThat(Timestamps.relativeDay("heute, 09:12 Uhr")).isTrue();
        assertThat(Timestamps.relativeDay("12.03.2024, 16.45 Uhr")).isFalse();
    }

    /**
     * De Tijd's head: headline, a deck of two sentences, the writer's name alone, the date line. The name
     * between deck and stamp hid the deck, which stayed as the story's first paragraph.
     */
    @Test
    void deckAboveANameAndAStampGoes() {
        String title = "Bpost schrapt 600 banen in België";
        String deck = "Het postbedrijf wil tegen eind 2025 600 jobs schrappen. De vakbonden reageren verbolgen.";
        Draft d = run(title, deck, "Marc Peeters", "12 maart 2024 11:05", PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(title, "Marc Peeters", PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed(deck, "deck"));
        assertThat(BoilerplateStage.personLine("Jan van der Berg")).isTrue();
        assertThat(BoilerplateStage.personLine("Binnenland")).isFalse();
        assertThat(BoilerplateStage.personLine("Tussen 06.00 en 09.00")).isFalse();
        // a lead above a line that is no name stays
        d = run(title, deck, "Lees ook het interview", "12 maart 2024 11:05", PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).contains(deck);
    }

    /** AGI's closing code with the desk's codes glued after it: both go, the story's last sentence stays. */
    @Test
    void agencyCodeWithGluedEditorCodesGoes() {
        Draft d = run(PROSE_1, PROSE_2, "(AGI)Na1/Mav");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Na1/Mav", "sign-off"), new Removed("(AGI)", "credit"));
        // a bracketed word that is no outlet stays, and so does a Russian line of one acronym
        d = run(PROSE_1, PROSE_2, "(Ende)Na1/Mav");
        assertThat(d.paragraphs()).contains("(Ende)");
        assertThat(run(PROSE_1, "МВД", PROSE_2).paragraphs()).containsExactly(PROSE_1, "МВД", PROSE_2);
    }

    /** A related link after a bar ({@code Lire aussi | ...}, Le Monde's layout) goes as the dashed one does. */
    @Test
    void relatedLinkAfterABarGoes() {
        String link = "Lire aussi | Immobilier : les taux de crédit repartent à la baisse";
        Draft d = run(PROSE_1, link, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed(link, "related-links"));
        // a bar in a sentence that only starts with the words is body
        String body = "Lire aussi les rapports | ce que les notaires publient chaque trimestre, est instructif.";
        assertThat(run(PROSE_1, body, PROSE_2).paragraphs()).containsExactly(PROSE_1, body, PROSE_2);
    }

    @Test
    void titlePrintedTwiceOrGluedToItselfIsKeptOnce() {
        Draft d = run("Rail freight up 35%", "Rail freight up 35%", PROSE_1);
        assertThat(d.paragraphs()).containsExactly("Rail freight up 35%", PROSE_1);
        Draft g = run("Director's film to open festivalDirector's film to open festival", PROSE_1);
        assertThat(g.paragraphs()).containsExactly("Director's film to open festival", PROSE_1);
        assertThat(g.removed()).containsExactly(new Removed("Director's film to open festival", "duplicate"));
    }

    @Test
    void authorBoxRepeatingTheBylineNameGoes() {
        Draft d = run("by Olena Marchuk March 6, 2024 4:15 PM 2 min read", PROSE_1, PROSE_2, "Avatar", "Olena Marchuk",
                "Olena Marchuk is a reporter at the Kyiv Independent covering education.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void strayOneLetterLineAtTheEndGoes() {
        assertThat(run(PROSE_1, PROSE_2, "X").paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void oneLineFeedRecordIsSplitIntoTitleAndText() {
        Draft d = run("SOURCE: The St. Petersburg Times DATE: Issue #942 (10), Tuesday, February 10, 2004 *** "
                + "TITLE: City Plans New Ring Road AUTHOR: By Staff Writer TEXT: MOSCOW - The city approved the plan.");
        assertThat(d.paragraphs()).containsExactly("City Plans New Ring Road", "MOSCOW - The city approved the plan.");
        assertThat(d.removed()).extracting(Removed::reason).containsOnly("metadata");
    }

    @Test
    void strayOutletCreditLineGoes() {
        Draft d = run(PROSE_1, "Sputnik", PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Sputnik", "credit"));
    }

    /** Chrome lines of the world's agencies and their reposts (invented), after a story of two paragraphs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", textBlock = """
            Foto: Lena Moritz/dpa # caption
            Vista del puerto de Bilbao. EFE/Ane Ibarra # caption
            Fotografía cedida por la Presidencia de Perú de la visita a Piura. EFE/ Presidencia de Perú /SOLO USO EDITORIAL # caption
            Muhabir: Ali Demir # metadata
            /abc/DP/jha # sign-off
            AM/ADR/TED # sign-off
            20 Minutes avec AFP # credit
            V.A. avec AFP # credit
            Archivo - Vista del puerto - EUROPA PRESS - Archivo # caption
            Fot. Adobe Stock # caption
            Foto: Zug, über dts Nachrichtenagentur # caption
            (Schluss) abc/def # sign-off
            JGO // JAP # sign-off
            ako/ pn/ # sign-off
            jm-ab/cd # sign-off
            EFE abc/xy # sign-off
            PTI ABC XYZ # sign-off
            PAP - Nauka w Polsce, Julia Nowicka # sign-off
            edytor: Piotr Nowak # sign-off
            وام/ريم الحمادي/هدى أحمد # sign-off
            (Reporting By Anna Roth; Editing by Mark Hollis) # sign-off
            (This story has not been edited by our staff and is auto-generated from a syndicated feed.) # disclaimer
            Síguenos en X, Facebook e Instagram # share
            Share on Facebook Share on Twitter # share
            Share: Facebook, Twitter, Email # share
            Facebook Twitter WhatsApp Email # share
            Sign up for our newsletter # share
            Contact Jane Roe at jroe@example.com or 555-0100. # sign-off
            Write to Jane Roe at jane.roe@example.com # sign-off
            Bizi Google News'ten takip edin # share
            Deel dit artikel # share
            Kaynak: İHA # repost
            Bron: Belga # repost
            Etiketler: Van, Göl, Göç # tags
            LETTURA: 2 minuti # editorial
            (Corrects capacity figure in paragraph 2) # editorial
            Ошибка в тексте? Выделите ее и нажмите Ctrl + Enter # navigation
            جميع الحقوق محفوظة لوكالة الأنباء القطرية © 2024 # copyright
            """)
    void agencyChromeOfTenLanguagesGoes(String line, String reason) {
        Draft d = new BoilerplateStage().apply(Draft.of(List.of(PROSE_1, PROSE_2, line), PageMeta.NONE, List.of()));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed(line, reason));
    }

    /** Credit-like openings that start a sentence of the story, and party or class names joined by a slash, stay. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"With agencies stretched thin, the department hired contractors.",
            "Con información de Hacienda sobre los gastos del año pasado.", "Avec Macron, la France change.",
            "KFT/FTO", "(CDU/CSU) 201", "La reunión terminó tarde. EFE/EP y Reuters informaron de la salida del ministro."})
    void creditLikeSentencesStayBody(String line) {
        Draft d = new BoilerplateStage().apply(Draft.of(List.of(PROSE_1, line, PROSE_2), PageMeta.NONE, List.of()));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, line, PROSE_2);
    }

    /** A repost's last line crediting a known wire after any paper's name goes; a sentence saying so stays. */
    @Test
    void lastLineCreditingTheWireGoes() {
        assertThat(run(PROSE_1, PROSE_2, "Le Parisien avec AFP").removed()).contains(new Removed("Le Parisien avec AFP", "credit"));
        assertThat(run(PROSE_1, PROSE_2, "Sie sprach mit AFP.").paragraphs()).containsExactly(PROSE_1, PROSE_2, "Sie sprach mit AFP.");
        assertThat(run(PROSE_1, PROSE_2, "Talks with Acme Corp").paragraphs()).containsExactly(PROSE_1, PROSE_2, "Talks with Acme Corp");
    }

    /** Web copy's standfirst: sentences under the headline, then the byline or date line, then the story. */
    @Test
    void sentencesBetweenHeadlineAndBylineAreADeck() {
        String deck = "The coalition agreed after a long dispute. The opposition plans to sue.";
        Draft d = run("News > Politics", "Parliament passes budget reform", deck, "By Lisa Hartmann", "07.03.2024, 16:45",
                PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly("Parliament passes budget reform", PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed(deck, "deck"));
        Draft dated = run("Parliament passes budget reform", deck, "March 7, 2024", PROSE_1, PROSE_2);
        assertThat(dated.paragraphs()).containsExactly("Parliament passes budget reform", PROSE_1, PROSE_2);
    }

    /** The lead stays when no story follows the credit, when the credit sits above it, or when no headline is above it. */
    @Test
    void leadAboveAByLineStaysWithoutAStoryBelowOrAHeadlineAbove() {
        assertThat(run("Parliament passes budget reform", PROSE_1, "By Lisa Hartmann").paragraphs())
                .containsExactly("Parliament passes budget reform", PROSE_1);
        assertThat(run("Parliament passes budget reform", "By Lisa Hartmann", PROSE_1, PROSE_2).paragraphs())
                .containsExactly("Parliament passes budget reform", PROSE_1, PROSE_2);
        assertThat(run(PROSE_1, "By Lisa Hartmann", PROSE_2).paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(run("Parliament passes budget reform", PROSE_1, PROSE_3, "By Lisa Hartmann", PROSE_2).paragraphs())
                .containsExactly("Parliament passes budget reform", PROSE_1, PROSE_3, PROSE_2);
    }

    @Test
    void partyNamesWithASlashStayBody() {
        Draft d = new BoilerplateStage().apply(Draft.of(List.of(PROSE_1, "CDU/CSU", PROSE_2), PageMeta.NONE, List.of()));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "CDU/CSU", PROSE_2);
    }

    @Test
    void tagLinesUnderATagLabelGo() {
        Draft d = new BoilerplateStage().apply(Draft.of(List.of(PROSE_1, PROSE_2, "Etiquetas", "ARQUEOLOGÍA", "ANDALUCÍA"),
                PageMeta.NONE, List.of()));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // a label ending in its colon alone, the tags one a line under it ("Lees meer over:" / "Binnenland")
        d = new BoilerplateStage().apply(Draft.of(List.of(PROSE_1, PROSE_2, "Lees meer over:", "Binnenland", "Economie"),
                PageMeta.NONE, List.of()));
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void aColonIsLookedForOnlyBeforeTheReach() {
        assertThat(BoilerplateStage.Compiled.colonBefore("Read more: the story", 40)).isEqualTo(9);
        assertThat(BoilerplateStage.Compiled.colonBefore("Read more: the story", 9)).isEqualTo(-1);
        assertThat(BoilerplateStage.Compiled.colonBefore("Read more: the story", 10)).isEqualTo(9);
        assertThat(BoilerplateStage.Compiled.colonBefore("no colon", 400)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", textBlock = """
            FOR IMMEDIATE RELEASE # editorial
            Embargoed until 00:01 GMT Thursday 14 March # editorial
            The views expressed in this column are the author's own. # disclaimer
            View this email in your browser # navigation
            View in browser # navigation
            View online # navigation
            AN Document HRB0000020250509el5900001 # metadata
            BODY: # metadata
            You are receiving this email because you signed up for our updates. # navigation
            Unsubscribe | Update preferences # navigation
            Page 3 of 12 # navigation
            COMMUNIQUÉ DE PRESSE # editorial
            Original-Content von: Hafenbehörde Hamburg, übermittelt durch news aktuell # sign-off
            (ANSA). # sign-off
            dpa xx yy # sign-off
            Words by Tom Reed # byline
            Express News Service # byline
            Tribune News Service # byline
            Our Special Correspondent # byline
            Associated Press writers John Doe in Boston and Jane Roe in New York contributed. # byline
            sjones@example.com # contact
            Photographs by Ana Silva # caption
            Source text for Eikon: # navigation
            Further company coverage: # navigation
            Read full story at Reuters # repost
            This article appears in the April 2024 issue. Subscribe here. # editorial
            """)
    void pressReleaseNewsletterAndPdfLinesGo(String line, String reason) {
        Draft d = run(PROSE_1, line, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed(line, reason));
    }

    /** A site's name glued after a dash to the last sentence, as a Manila site closes its copy. */
    @Test
    void outletsNameAfterADashEndsTheStory() {
        Draft d = run(PROSE_1, PROSE_2 + " – Rappler.com");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("– Rappler.com", "sign-off"));
    }

    @Test
    void pressReleaseEndsWithItsMarkAndSource() {
        Draft d = run(PROSE_1, PROSE_2, "Ends");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run(PROSE_1, PROSE_2, "SOURCE Harbour Works Authority");
        assertThat(d.removed()).containsExactly(new Removed("SOURCE Harbour Works Authority", "sign-off"));
        d = run(PROSE_1, PROSE_2, "Le port sera agrandi l'an prochain, selon le communiqué. Fin");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2, "Le port sera agrandi l'an prochain, selon le communiqué.");
    }

    @Test
    void backMatterOfAPressReleaseGoesWhole() {
        String profile = "The Harbour Works Authority runs the three ferry piers of the bay and employs 300 people.";
        Draft d = run(PROSE_1, PROSE_2, "About Harbour Works Authority", profile, "Media Contact:", "Ann Lee",
                "(555) 010-4477");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).extracting(Removed::reason).containsOnly("back-matter");
        assertThat(d.removed()).hasSize(5);
        d = run(PROSE_1, PROSE_2, "Notes to editors", "1. The piers opened in 1988.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // the same back matter in the wire languages, a contact after a colon on the heading's line
        d = run(PROSE_1, PROSE_2, "À propos du port de Brest", "Le port gère les quais publics de la rade.",
                "Contact presse : Marie Dubois – 02 98 00 00 00");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        d = run(PROSE_1, PROSE_2, "Pressekontakt:", "Anna Müller", "Telefon: 040 123456");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(BoilerplateStage.backMatterHeading("Sobre la Autoridad Portuaria de Vigo")).isTrue();
        // a sentence, or a long label before a colon, is no heading
        assertThat(BoilerplateStage.backMatterHeading("About 40 people attended.")).isFalse();
        assertThat(BoilerplateStage.backMatterHeading("Contact with the crew was lost: the pilot said")).isFalse();
    }

    @Test
    void aHeadingLikeBackMatterStaysAboveTheStoryOrBeforeALongSection() {
        // before two prose paragraphs, "About the plan" heads the story's own section
        assertThat(run(PROSE_1, "About the plan", PROSE_2, PROSE_3).paragraphs())
                .containsExactly(PROSE_1, "About the plan", PROSE_2, PROSE_3);
        java.util.List<String> many = new java.util.ArrayList<>(List.of(PROSE_1, PROSE_2, "About the harbour"));
        for (int i = 0; i < 13; i++) {
            many.add("Section paragraph " + (i + 1) + " says the harbour work is on time and within its budget.");
        }
        assertThat(run(many.toArray(new String[0])).paragraphs()).hasSize(16);
    }

    @Test
    void authorBioUnderTheStoryGoesWithTheBylineName() {
        String bio = "Anna Berg covers transport for the Oslo Post. Follow her on X @annaberg.";
        Draft d = run("By Anna Berg", PROSE_1, PROSE_2, bio);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).contains(new Removed(bio, "byline"));
        String apposition = "Anna Berg, a former harbour master, chairs the Coastal Trust.";
        assertThat(run("By Anna Berg", PROSE_1, PROSE_2, apposition).paragraphs()).containsExactly(PROSE_1, PROSE_2);
        // another name, or the author's name inside the sentence: the story's own paragraph
        String other = "Ole Berg covers the same beat for a rival paper.";
        assertThat(run("By Anna Berg", PROSE_1, PROSE_2, other).paragraphs()).containsExactly(PROSE_1, PROSE_2, other);
        // a blog names its author on the date line
        String blogBio = "Jenny Hart writes about small-space gardening from her flat in Leeds.";
        assertThat(run("Posted on March 12, 2024 by Jenny Hart", PROSE_1, PROSE_2, blogBio).paragraphs())
                .containsExactly(PROSE_1, PROSE_2);
        String named = "Anna Berg Hansen, the mayor, opened the pier.";
        assertThat(BoilerplateStage.authorBio(named, List.of("Anna Berg"))).isFalse();
    }

    /** A site's text-size switch above the story ("Text Size" / "A" / "A") is chrome, not a byline. */
    @Test
    void textSizeSwitchIsChrome() {
        Draft d = run("Text Size", PROSE_1, PROSE_2);
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Text Size", "navigation"));
        // a sentence about the size of a text stays
        d = run("Text size matters for older readers, the study found.", PROSE_1);
        assertThat(d.paragraphs()).hasSize(2);
    }

    /** A contact line that only looks like MNI's: no dash before the place, or no phone number, stays. */
    @Test
    void contactTailNeedsItsDashAndNumber() {
        Draft d = run(PROSE_1, "The rate was cut. Brussels: +32 2 555 0101 is the desk's number.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "The rate was cut. Brussels: +32 2 555 0101 is the desk's number.");
        d = run(PROSE_1, "The rate was cut. --Brussels: the talks go on.");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "The rate was cut. --Brussels: the talks go on.");
    }

    /** Xinhua's Spanish and French services close with "Fin" alone on the last line. */
    @Test
    void finAloneIsASignOff() {
        Draft d = run(PROSE_1, PROSE_2, "Fin");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, PROSE_2);
        assertThat(d.removed()).containsExactly(new Removed("Fin", "sign-off"));
        // a word that opens with it stays
        d = run(PROSE_1, "Finland");
        assertThat(d.paragraphs()).containsExactly(PROSE_1, "Finland");
    }
}
