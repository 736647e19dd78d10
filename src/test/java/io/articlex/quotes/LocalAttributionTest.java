package io.articlex.quotes;

import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Quotes and speakers in the other supported languages, each on a text written for the test. */
class LocalAttributionTest {

    private static List<Quote> quotes(String lang, String... paragraphs) {
        PageMeta meta = new PageMeta(null, null, null, lang, null);
        return new QuoteStage().apply(Draft.of(List.of(paragraphs), meta, List.of())).quotes();
    }

    @Test
    void germanSplitQuoteWithRoleAndNameThenPronoun() {
        List<Quote> q = quotes("de",
                "„Wir bauen die Brücke bis zum Herbst neu“, betonte Verkehrsministerin Clara Weidemann am Montag in Kassel, „die Umleitung bleibt bis dahin.“",
                "Die Arbeiten beginnen im Mai. „Jeder Tag zählt“, erklärte sie.");
        assertThat(q).extracting(Quote::text, Quote::speaker, Quote::mention).containsExactly(
                tuple("Wir bauen die Brücke bis zum Herbst neu", "Clara Weidemann", "Verkehrsministerin Clara Weidemann"),
                tuple("die Umleitung bleibt bis dahin.", "Clara Weidemann", "Verkehrsministerin Clara Weidemann"),
                tuple("Jeder Tag zählt", "Clara Weidemann", "sie"));
    }

    @Test
    void aPronounOrACueWithoutSubjectIsThePersonNamedBeforeItNotTheLastSpeaker() {
        List<Quote> fr = quotes("fr",
                "« Cette réforme est imposée sans concertation », a déclaré Sophie Marin, secrétaire du syndicat.",
                "Le ministre de l'Éducation, Paul Renaud, a défendu son projet. « Nous ne reculerons pas », a-t-il affirmé.",
                "« Le dialogue reste ouvert », a-t-il ajouté.");
        assertThat(fr).extracting(Quote::speaker).containsExactly("Sophie Marin", "Paul Renaud", "Paul Renaud");
        List<Quote> es = quotes("es",
                "\"Es una tragedia sin precedentes\", ha afirmado la alcaldesa, Marta Ríos.",
                "El presidente regional, Carlos Vidal, ha decretado tres días de luto. \"Estamos con las familias\", ha dicho.");
        assertThat(es).extracting(Quote::speaker).containsExactly("Marta Ríos", "Carlos Vidal");
        // a description names no one: the pronoun keeps the speaker before
        List<Quote> de = quotes("de",
                "„Die Bahn hat kein Angebot vorgelegt“, sagte Gewerkschaftschef Jan Keller.",
                "Die Verhandlungen seien gescheitert. „Wir streiken am Donnerstag“, fügte er hinzu.");
        assertThat(de).extracting(Quote::speaker).containsExactly("Jan Keller", "Jan Keller");
    }

    @Test
    void aPronounAfterASentenceOpenedByARoleIsThatRoleAndAPronounBeforeTheVerbIsItsSubject() {
        List<Quote> de = quotes("de",
                "„Wir müssen die Kosten senken“, sagte Vorstandschef Thomas Keller. Ein Konzernsprecher bestätigte die Zahl. "
                        + "„Kündigungen schließen wir aus“, sagte er.",
                "„Das ist ein Schlag ins Gesicht“, sagte Bezirksleiterin Anna Roth. Sie kündigte Widerstand an: „Wir werden kämpfen.“",
                "Keller verteidigte den Plan. „Ohne diese Schritte ist der Standort gefährdet“, so der Manager.");
        assertThat(de).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Thomas Keller", "Vorstandschef Thomas Keller"), tuple("Ein Konzernsprecher", "er"),
                tuple("Anna Roth", "Bezirksleiterin Anna Roth"), tuple("Anna Roth", "Sie"),
                tuple("der Manager", "der Manager"));
        // the next pronoun that names no one new is the same role; a pronoun opening the sentence is its subject
        assertThat(quotes("fr", "« Nous ne lâcherons rien », a déclaré Laurent Brun, secrétaire général du syndicat.",
                "Un porte-parole du ministère a confirmé la décision. « La réforme sera appliquée », a-t-il ajouté.",
                "Il a ensuite déclaré : « Le dialogue reste ouvert. »"))
                .extracting(Quote::speaker).containsExactly("Laurent Brun", "Un porte-parole", "Un porte-parole");
        // the role's sentence names someone: the pronoun is that person
        assertThat(quotes("de", "„Die Züge fahren wieder“, sagte Anna Roth.",
                "Ein Sprecher der Bahn, Thomas Brenner, bestätigte das. „Wir bitten um Geduld“, sagte er."))
                .extracting(Quote::speaker).containsExactly("Anna Roth", "Thomas Brenner");
    }

    @Test
    void frenchSpacedGuillemetsObjectBeforeTheSpeakerAndInversion() {
        List<Quote> q = quotes("fr",
                "« Le marché couvert rouvrira au printemps », a souligné auprès de la presse le maire Julien Ferrand. « Nous tenons les délais », a-t-il assuré.",
                "Le chantier a coûté 3 millions d’euros.");
        assertThat(q).extracting(Quote::text, Quote::speaker, Quote::mention).containsExactly(
                tuple("Le marché couvert rouvrira au printemps", "Julien Ferrand", "le maire Julien Ferrand"),
                tuple("Nous tenons les délais", "Julien Ferrand", "il"));
    }

    @Test
    void spanishRoleWithTheNameInAppositionAndProDrop() {
        List<Quote> q = quotes("es",
                "«El agua llegará a todos los barrios antes de julio», subrayó la consejera de Medio Ambiente, Lucía Paredes, en rueda de prensa.",
                "La presidenta de la comunidad de regantes aseguró que el riego está garantizado. «No habrá cortes este verano», precisó.");
        assertThat(q).extracting(Quote::text, Quote::mention).containsExactly(
                tuple("El agua llegará a todos los barrios antes de julio", "la consejera de Medio Ambiente, Lucía Paredes"),
                tuple("No habrá cortes este verano", "La presidenta de la comunidad de regantes"));
        assertThat(q.get(0).speaker()).isEqualTo("Lucía Paredes");
    }

    @Test
    void aNameInAppositionKeepsItsParticles() {
        List<Quote> q = quotes("es",
                "\"La economía resiste\", ha señalado el gobernador, Pablo Hernández de Cos.",
                "\"El empleo crece\", dijo la vicepresidenta, Yolanda Díaz de la Fuente, en Madrid.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Pablo Hernández de Cos", "Yolanda Díaz de la Fuente");
    }

    @Test
    void italianAuxiliaryCueAndRoleOnlySpeaker() {
        List<Quote> q = quotes("it",
                "\"Il museo resterà aperto anche ad agosto\", ha sottolineato il direttore Stefano Lodi. \"Ci aspettiamo molte famiglie\", ha aggiunto una guida del museo.");
        assertThat(q).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("Il museo resterà aperto anche ad agosto", "Stefano Lodi"),
                tuple("Ci aspettiamo molte famiglie", "una guida del museo"));
    }

    @Test
    void portugueseArticleThatIsAlsoAPreposition() {
        List<Quote> q = quotes("pt",
                "\"A ciclovia fica pronta em outubro\", afirmou à agência a presidente da junta, Rita Moura. \"Faltam só os semáforos\", acrescentou a autarca.");
        assertThat(q).extracting(Quote::text, Quote::mention).containsExactly(
                tuple("A ciclovia fica pronta em outubro", "a presidente da junta, Rita Moura"),
                tuple("Faltam só os semáforos", "a autarca"));
    }

    @Test
    void russianDashAttributionAndAnInciseInsideTheMarks() {
        List<Quote> q = quotes("ru",
                "«Новый терминал примет первых пассажиров в декабре», - отметил директор аэропорта Олег Смирнов.",
                "«Мы уже наняли двести сотрудников, - уточнил он. - Остальных наберем весной».");
        assertThat(q).extracting(Quote::text, Quote::mention).containsExactly(
                tuple("Новый терминал примет первых пассажиров в декабре", "директор аэропорта Олег Смирнов"),
                tuple("Мы уже наняли двести сотрудников", "он"),
                tuple("Остальных наберем весной", "он"));
        assertThat(q.get(2).speaker()).isEqualTo("Олег Смирнов");
    }

    @Test
    void russianQuotedNameIsNoQuoteAndNoBarrierToTheSpeaker() {
        List<Quote> q = quotes("ru",
                "Музей «Северный ветер» откроется в мае. «Экспозиция почти готова», — сказал «Известиям» сотрудник музея.");
        assertThat(q).extracting(Quote::text, Quote::mention).containsExactly(
                tuple("Экспозиция почти готова", "сотрудник музея"));
    }

    @Test
    void dutchAldusAndPolishEnDashWithAgencyObject() {
        assertThat(quotes("nl", "\"De dijk is weer veilig\", aldus dijkgraaf Peter de Boer."))
                .extracting(Quote::speaker).containsExactly("Peter de Boer");
        assertThat(quotes("pl", "„Remont potrwa do wiosny” – poinformował PAP rzecznik ratusza Marek Nowak."))
                .extracting(Quote::text, Quote::speaker, Quote::mention)
                .containsExactly(tuple("Remont potrwa do wiosny", "Marek Nowak", "rzecznik ratusza Marek Nowak"));
    }

    @Test
    void turkishSpeakerBeforeTheQuoteAndVerbAfterIt() {
        List<Quote> q = quotes("tr",
                "Belediye Başkanı Ayşe Demir, \"Yeni park yaz başında açılacak.\" dedi. \"İnşaat planlandığı gibi gidiyor\" diyen Demir, \"Bütçe aşılmadı.\" şeklinde konuştu.");
        assertThat(q).extracting(Quote::text, Quote::mention).containsExactly(
                tuple("Yeni park yaz başında açılacak.", "Belediye Başkanı Ayşe Demir"),
                tuple("İnşaat planlandığı gibi gidiyor", "Demir"),
                tuple("Bütçe aşılmadı.", "Demir"));
    }

    @Test
    void arabicVerbFirstAttributionAndAnEarlierCueInTheSentence() {
        List<Quote> q = quotes("ar",
                "وأوضح الدكتور سامي الحربي، مدير المستشفى: \"سنفتتح الجناح الجديد قبل نهاية العام\".",
                "وأكد طبيب في المستشفى أن العمل يسير بسرعة، وقال: «الأجهزة وصلت كلها».");
        assertThat(q).extracting(Quote::text, Quote::speaker, Quote::mention).containsExactly(
                tuple("سنفتتح الجناح الجديد قبل نهاية العام", "سامي الحربي", "الدكتور سامي الحربي، مدير المستشفى"),
                tuple("الأجهزة وصلت كلها", "طبيب في المستشفى", "طبيب في المستشفى"));
    }

    /** A cue without a subject after a second quote in the sentence of the first: the speaker named after the first's cue. */
    @Test
    void aCueWithNoSubjectAfterAQuoteAttributedByInversionTakesThatSpeaker() {
        List<Quote> q = quotes("it", "\"Sono interventi attesi da mesi\", ha spiegato Priolo. \"Entro l'estate i cantieri saranno aperti\", ha aggiunto.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Priolo", "Priolo");
        q = quotes("pt", "\"É um orçamento de investimento\", afirmou o presidente da câmara, Carlos Moedas. \"Metade da verba vai para habitação\", acrescentou.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Carlos Moedas", "Carlos Moedas");
        q = quotes("es", "«Es un buen plan», dijo el ministro. «Lo haremos», añadió.");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(tuple("el ministro", "el ministro"), tuple("el ministro", "el ministro"));
    }

    @Test
    void aCueWithNoSubjectOpeningItsParagraphTakesTheLastSpeaker() {
        List<Quote> q = quotes("ar",
                "وقال وزير الصحة أمين التهراوي إن \"الحملة تستهدف أكثر من مليون شخص\".",
                "وأضاف: \"اللقاح متوفر مجانا في جميع المراكز الصحية\".");
        assertThat(q).extracting(Quote::speaker).containsExactly("وزير الصحة أمين التهراوي", "وزير الصحة أمين التهراوي");
        q = quotes("es", "\"Es un plan ambicioso\", aseguró la ministra Isabel Rodríguez.", "Añadió: \"Habrá 20.000 pisos nuevos\".");
        assertThat(q).extracting(Quote::speaker).containsExactly("Isabel Rodríguez", "Isabel Rodríguez");
        // with no attribution before it, the cue names nobody
        q = quotes("pl", "Miasto otworzy nowy park.", "Dodał: \"Park będzie gotowy w maju\".");
        assertThat(q).extracting(Quote::speaker).containsExactly((String) null);
    }

    @Test
    void theSpeakerAfterAccordingToIsTheLastStatementsAndTheOrdinalIsNone() {
        // Portuguese "segundo" is "according to" and "second" ("no segundo semestre")
        List<Quote> q = quotes("pt",
                "Segundo José Manuel Silva, as obras devem arrancar no segundo semestre. \"Queremos devolver a Baixa às pessoas\", acrescentou.");
        assertThat(q).extracting(Quote::speaker).containsExactly("José Manuel Silva");
        // "à agência Lusa" after the speaker is the addressee, no part of the speaker
        q = quotes("pt", "\"É o maior investimento na Baixa das últimas décadas\", afirmou o autarca à agência Lusa.");
        assertThat(q).extracting(Quote::mention).containsExactly("o autarca");
    }

    /**
     * Verbs of saying the wire languages use for a reaction or a criticism ("criticou", "a réagi", "bilanziert",
     * "przekonywał"): without them the quote had no speaker. An adjective that reads like such a verb
     * ("a lista completa") is none.
     */
    @Test
    void reactionAndCriticismVerbsAreCues() {
        assertThat(quotes("pt", "\"O plano chega tarde\", criticou a coordenadora do BE, Mariana Mortágua, em declarações aos jornalistas."))
                .extracting(Quote::speaker).containsExactly("Mariana Mortágua");
        assertThat(quotes("fr", "« Ce plan arrive bien trop tard pour les soignants », a réagi Thierry Amouroux, porte-parole du syndicat."))
                .extracting(Quote::speaker).containsExactly("Thierry Amouroux");
        assertThat(quotes("de", "„Die Stimmung ist besser als erwartet“, bilanziert Verbandschefin Kirsten Nölke."))
                .extracting(Quote::speaker).containsExactly("Kirsten Nölke");
        assertThat(quotes("pl", "„Ustawa jest spóźniona” – przekonywał poseł Marcin Przydacz."))
                .extracting(Quote::speaker).containsExactly("Marcin Przydacz");
        assertThat(quotes("es", "\"No habrá más retrasos\", reiteró el alcalde Juan Pérez."))
                .extracting(Quote::speaker).containsExactly("Juan Pérez");
        assertThat(quotes("pt", "A lista completa \"dos melhores restaurantes\" sai amanhã."))
                .extracting(Quote::speaker).containsOnlyNulls();
    }

    /**
     * Turkish "X, açıklamasında şunları söyledi: "..."" ("X said the following in the statement"): "şunları"
     * (the following) is the verb's object, not the speaker, who stands before the comma.
     */
    @Test
    void turkishTheFollowingIsNoSpeaker() {
        assertThat(quotes("tr", "Bakan Tekin, açıklamasında şunları söyledi: \"Yeni dönemde öğretmenlerimizin de yükü hafifleyecek.\""))
                .extracting(Quote::mention).containsExactly("Bakan Tekin");
    }

    @Test
    void frenchReflexiveCueInThePresent() {
        List<Quote> q = quotes("fr", "« Qui va payer ? », s'interroge Pierre Oliver, maire du 2e arrondissement.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Pierre Oliver");
    }

    @Test
    void dutchLetKnowEndsTheSpeakerAtItsParticle() {
        // "laat X weten" ("lets X know"): the particle closes the speaker's phrase
        List<Quote> q = quotes("nl", "\"We hadden liever samengewerkt\", laat een woordvoerder weten.");
        assertThat(q).extracting(Quote::mention).containsExactly("een woordvoerder");
        // a separable verb's particle after the pronoun: "voegt ze toe" (toevoegen), "legt hij uit" (uitleggen)
        q = quotes("nl", "\"De stad kan dit niet aan\", zegt burgemeester Femke Halsema. \"We moeten kiezen\", voegt ze toe.");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Femke Halsema", "burgemeester Femke Halsema"), tuple("Femke Halsema", "ze"));
    }

    @Test
    void arabicAddresseeAfterTheSpeakerIsNoPartOfIt() {
        // "لـ(كونا)", "لمراسل سانا": the agency or its reporter the words were said to
        List<Quote> q = quotes("ar", "وقالت مديرة بنك الدم الدكتورة ريم الرضوان لـ(كونا) إن \"الحملة تستمر أسبوعين\".");
        assertThat(q).extracting(Quote::speaker).containsExactly("ريم الرضوان");
    }

    @Test
    void arabicStatementAfterTheSpeakerIsNoPartOfIt() {
        // "في تصريح لـ...", "في تصريحات صحفية": where the words were said, not who said them
        List<Quote> q = quotes("ar",
                "وقال وكيل وزارة الصحة الدكتور عبدالرحمن المطيري في تصريح لوكالة الأنباء الكويتية (كونا) إن \"المركز سيخدم أكثر من 500 ألف نسمة\".",
                "وقال وكيل الوزارة للبيئة الدكتور أسامة فقيها في تصريحات صحفية: \"البرنامج جزء من المبادرة\".");
        assertThat(q).extracting(Quote::mention).containsExactly("وكيل وزارة الصحة الدكتور عبدالرحمن المطيري",
                "وكيل الوزارة للبيئة الدكتور أسامة فقيها");
        // a post that holds "في" keeps it: only a statement's noun ends the phrase
        q = quotes("ar", "وقال مدير إدارة المشاريع في الوزارة المهندس خالد العتوم: \"العمل سيبدأ الشهر المقبل\".");
        assertThat(q).extracting(Quote::speaker).containsExactly("خالد العتوم");
        assertThat(q).extracting(Quote::mention).containsExactly("مدير إدارة المشاريع في الوزارة المهندس خالد العتوم");
    }

    @Test
    void aCueWithNoSubjectBeforeAThatClauseTakesTheLastSpeaker() {
        // "وأضاف أن \"…\"", "وأشار إلى أن \"…\"", "Añadió que «…»", "Dodała, że „…”": the quote is the clause's object
        List<Quote> q = quotes("ar", "وقال وكيل الوزارة الدكتور أسامة فقيها: \"البرنامج جزء من المبادرة\".",
                "وأضاف أن \"المشاركة المجتمعية عنصر أساسي\".", "وأشار إلى أن \"المرحلة الأولى تشمل 12 منطقة\".");
        assertThat(q).extracting(Quote::speaker).containsExactly("أسامة فقيها", "أسامة فقيها", "أسامة فقيها");
        q = quotes("es", "\"Es la mayor inversión de la década\", dijo Puente.", "Añadió que \"las obras se harán de noche\".");
        assertThat(q).extracting(Quote::speaker).containsExactly("Puente", "Puente");
        q = quotes("pl", "\"To nasz priorytet\" - powiedziała Leszczyna.", "Dodała, że \"pierwsze efekty będą jesienią\".");
        assertThat(q).extracting(Quote::speaker).containsExactly("Leszczyna", "Leszczyna");
        // a subject before the cue is the speaker, not the last one
        q = quotes("fr", "\"Nous devons soutenir les PME\", a déclaré Bruno Le Maire.",
                "Un syndicaliste présent a ajouté que \"ce plan arrive trop tard\".");
        assertThat(q).extracting(Quote::mention).containsExactly("Bruno Le Maire", "Un syndicaliste présent");
        // with no attribution before it, the cue names nobody
        q = quotes("ar", "افتتحت الوزارة مركزا جديدا.", "وأضاف أن \"المركز يعمل على مدار الساعة\".");
        assertThat(q).extracting(Quote::speaker).containsExactly((String) null);
    }

    @Test
    void russianAddresseeBeforeOrAfterTheSpeakerIsNoPartOfIt() {
        List<Quote> q = quotes("ru", "\"Это позволит разгрузить выезды из Москвы\", — заявил агентству глава госкомпании Вячеслав Петушенко.",
                "\"Маркировка позволит убрать с рынка контрафакт\", - сказал Леонов журналистам.");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Вячеслав Петушенко", "глава госкомпании Вячеслав Петушенко"), tuple("Леонов", "Леонов"));
    }

    @Test
    void germanSuspendedCompoundAndAnInstituteForSomethingNameNoOne() {
        List<Quote> q = quotes("de",
                "„Die Situation ist heikel“, sagte ein Sprecher des Instituts für Schnee- und Lawinenforschung am Dienstag.",
                "„Wir raten von Touren ab“, sagte die Wirtschafts- und Finanzministerin Anna Keller.",
                "„Die Lage ist ernst“, sagte der Bischof.");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("ein Sprecher des Instituts für Schnee- und Lawinenforschung", "ein Sprecher des Instituts für Schnee- und Lawinenforschung"),
                tuple("Anna Keller", "die Wirtschafts- und Finanzministerin Anna Keller"),
                tuple("der Bischof", "der Bischof"));
        // a hyphen with no conjunction after it still ends the phrase
        q = quotes("de", "„Wir handeln jetzt und nicht erst im Herbst“, sagte Ministerin Anna Keller - und ging.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Anna Keller");
    }

    @Test
    void placeBeforeTheSpeakerAndAnAcronymBeforeTheName() {
        // "mówił w Sejmie szef MSWiA X": the place stands between the cue and the speaker; the acronym names the
        // post's ministry or the party, not the person
        List<Quote> q = quotes("pl", "\"Granica musi być chroniona\" - mówił w Sejmie szef MSWiA Tomasz Siemoniak.",
                "\"To pieniądze, których nie ma\" - przekonywał poseł PiS Paweł Szefernaker.");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Tomasz Siemoniak", "szef MSWiA Tomasz Siemoniak"),
                tuple("Paweł Szefernaker", "poseł PiS Paweł Szefernaker"));
    }

    @Test
    void italianPerAndDutchTitleOfAnOrganisationWithAParticle() {
        List<Quote> q = quotes("it", "Per il presidente di Confindustria Emanuele Orsini \"il calo conferma le difficoltà\".");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Emanuele Orsini", "il presidente di Confindustria Emanuele Orsini"));
        // "per" opening a phrase that goes on with a verb names no one
        q = quotes("it", "Per la prima volta il sindaco ha parlato di \"una svolta che la città aspettava da anni\".");
        assertThat(q).extracting(Quote::mention).containsExactly((String) null);
        q = quotes("nl", "\"De kosten lopen hard op\", reageert voorzitter van de Unie van Waterschappen Dirk-Siert Schoonman.");
        assertThat(q).extracting(Quote::mention).containsExactly("voorzitter van de Unie van Waterschappen Dirk-Siert Schoonman");
        // a name particle after a name still ends it: where the person is from
        q = quotes("nl", "\"We gaan door\", zei Koen van Dijk van Rotterdam.");
        assertThat(q).extracting(Quote::mention).containsExactly("Koen van Dijk");
    }

    @Test
    void turkishSubjectThenCircumstanceThenQuoteThenCue() {
        List<Quote> q = quotes("tr",
                "Belediye Başkanı Mansur Yavaş, sosyal medya hesabından yaptığı paylaşımda, \"Ekiplerimiz sabaha kadar sahadaydı\" ifadesini kullandı.",
                "Vali Ahmet Kaya, törende yaptığı konuşmada, \"Yollar sabaha kadar açık kalacak\" dedi.");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Mansur Yavaş", "Belediye Başkanı Mansur Yavaş"), tuple("Ahmet Kaya", "Vali Ahmet Kaya"));
        // a clause with a verb before the comma is no subject
        q = quotes("tr", "Kar yağışı sabah başladı, \"Ekiplerimiz sabaha kadar sahadaydı\" dedi.");
        assertThat(q).extracting(Quote::mention).containsExactly((String) null);
    }

    @Test
    void russianPluralCueQuotesAnOffice() {
        // "отметили в министерстве": no person, the office speaks
        List<Quote> q = quotes("ru", "\"Решение позволит сохранить привлекательность отрасли\", - отметили в министерстве.",
                "\"Работы идут строго по графику\", - сообщили в среду в компании.");
        assertThat(q).extracting(Quote::mention).containsExactly("в министерстве", "в компании");
        // a singular cue with a place after it names no one
        q = quotes("ru", "\"Работы идут строго по графику\", - сказал в интервью.");
        assertThat(q).extracting(Quote::mention).containsExactly((String) null);
    }

    @Test
    void forWhomAndInTheWordsOfBeforeTheQuote() {
        // "Para el líder del PP, X, «…»", "Pour la CGT, « … »", "По словам вице-премьера X, «…»"
        List<Quote> q = quotes("es", "Para el líder del PP, Alberto Núñez Feijóo, \"el plan llega demasiado tarde\".");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Alberto Núñez Feijóo", "el líder del PP, Alberto Núñez Feijóo"));
        q = quotes("fr", "Pour la CGT, « ce texte est une provocation ».");
        assertThat(q).extracting(Quote::mention).containsExactly("la CGT");
        q = quotes("ru", "По словам вице-премьера Александра Новака, \"план будет реализован в срок\".");
        assertThat(q).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Александра Новака", "вице-премьера Александра Новака"));
        // the word opening a clause that goes on names no one
        q = quotes("es", "Para ello el Gobierno aprobó ayer un plan que llama \"el mayor esfuerzo de la democracia\".");
        assertThat(q).extracting(Quote::mention).containsExactly((String) null);
    }

    @Test
    void moreVerbsOfSaying() {
        List<Quote> q = quotes("pt", "\"Orientamos a população a evitar as áreas de risco\", informou o órgão em nota.");
        assertThat(q).extracting(Quote::mention).containsExactly("o órgão");
        q = quotes("es", "\"Tenemos un compromiso con el puerto y con el país\", explicaron las fuentes.");
        assertThat(q).extracting(Quote::mention).containsExactly("las fuentes");
        q = quotes("ru", "\"Мы поддерживаем эту инициативу\", - заявило ведомство.");
        assertThat(q).extracting(Quote::mention).containsExactly("ведомство");
        q = quotes("es", "\"Tenemos que actuar ya\", aseveró el presidente del Gobierno, Pedro Sánchez.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Pedro Sánchez");
        q = quotes("it", "\"Un piano del tutto insufficiente\", attacca il leader del M5s Giuseppe Conte.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Giuseppe Conte");
    }

    @Test
    void arabicThatWrittenWithoutItsHamzaEndsTheSpeaker() {
        // wire copy often writes the complementiser "أن" (that) as "ان" or "بأن": it is no part of the name
        List<Quote> q = quotes("ar", "وقال وكيل الوزارة المهندس محمد بوشهري ان \"المشروع سيغطي عشرة بالمئة من الطلب\".");
        assertThat(q).extracting(Quote::mention).containsExactly("وكيل الوزارة المهندس محمد بوشهري");
        assertThat(q).extracting(Quote::speaker).containsExactly("محمد بوشهري");
    }

    @Test
    void englishTextKeepsTheEnglishExtractor() {
        assertThat(LocalAttribution.forLanguage("en")).isNull();
        assertThat(LocalAttribution.forLanguage("en-GB")).isNull();
        assertThat(LocalAttribution.forLanguage(null)).isNull();
        assertThat(LocalAttribution.forLanguage("xx")).isNull();
        assertThat(LocalAttribution.forLanguage("de-AT")).isNotNull();
    }
    @Test
    void accordingToInSpanishItalianAndPortugueseNamesTheSpeaker() {
        assertThat(quotes("es", "Según Ana Belén Soler, la protesta \"continuará hasta que tengamos respuestas\"."))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Ana Belén Soler", "según"));
        assertThat(quotes("it", "Secondo Marco Bianchi, la protesta «continuerà fino a quando non avremo risposte»."))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Marco Bianchi", "secondo"));
        assertThat(quotes("pt", "Segundo João Costa, a greve \"vai continuar até termos respostas claras\"."))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("João Costa", "segundo"));
    }

    @Test
    void anOrganisationAccordingToWhichIsASourceNotAPerson() {
        Draft d = draft("es", "Según el Ministerio de Sanidad, la situación \"está bajo control desde el lunes\".");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Ministerio de Sanidad");
        assertThat(d.people()).isEmpty();
        assertThat(d.sources()).extracting(Person::name).containsExactly("Ministerio de Sanidad");
    }

    @Test
    void aFrenchReflexiveCueAndAnItalianPortfolioLinker() {
        assertThat(quotes("fr", "« C'est un scandale », s'est indigné Paul Durand."))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Paul Durand", "s'est indigné"));
        assertThat(quotes("it", "«Siamo pronti a trattare», ha dichiarato l'assessore ai Trasporti Giulia Rossi."))
                .extracting(Quote::speaker).containsExactly("Giulia Rossi");
    }

    private static Draft draft(String lang, String... paragraphs) {
        PageMeta meta = new PageMeta(null, null, null, lang, null);
        return new QuoteStage().apply(Draft.of(List.of(paragraphs), meta, List.of()));
    }

    @Test
    void aRoleOfAnOrganisationIsASourceNotAPersonNamedForIt() {
        Draft de = draft("de", "„Wir müssen den Hafen schützen“, sagte ein Sprecher des Hafenamts am Dienstag.");
        assertThat(de.quotes()).extracting(Quote::speaker).containsExactly("ein Sprecher des Hafenamts");
        assertThat(de.people()).isEmpty();
        Draft fr = draft("fr", "« Nous sommes prêts », a déclaré un porte-parole du ministère des Ports.");
        assertThat(fr.quotes()).extracting(Quote::speaker).containsExactly("un porte-parole du ministère des Ports");
        assertThat(fr.people()).isEmpty();
        Draft es = draft("es", "\"Debemos proteger el puerto\", dijo un portavoz del Ministerio de Puertos el martes.");
        assertThat(es.quotes()).extracting(Quote::speaker, Quote::mention)
                .containsExactly(tuple("un portavoz del Ministerio de Puertos", "un portavoz del Ministerio de Puertos"));
        assertThat(es.people()).isEmpty();
        // a name after the organisation's capitals is still the speaker
        Draft named = draft("es", "\"Debemos proteger el puerto\", dijo la ministra de Puertos Carolina Dávila.");
        assertThat(named.people()).singleElement().satisfies(p -> assertThat(p.name()).endsWith("Carolina Dávila"));
    }

    @Test
    void aRoleInAppositionLosesItsArticle() {
        Draft d = draft("de", "„Die Regeln kommen zu spät“, sagte die Sprecherin der Pilotenvereinigung, Anna Weber.");
        assertThat(d.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Anna Weber");
            assertThat(p.roles()).containsExactly("Sprecherin der Pilotenvereinigung");
        });
    }

    @Test
    void aTitlesOrganisationBeforeTheHolderIsNoPartOfTheName() {
        assertThat(quotes("es", "«Es una inversión necesaria», dijo la ministra de Puertos Carolina Dávila en rueda de prensa."))
                .extracting(Quote::speaker).containsExactly("Carolina Dávila");
        assertThat(quotes("es", "Por su parte, el presidente de la Autoridad Portuaria Joaquín Ferrer afirmó que «las obras empiezan en marzo»."))
                .extracting(Quote::speaker).containsExactly("Joaquín Ferrer");
        assertThat(quotes("it", "«Non aspetteremo oltre», ha dichiarato la sindaca di Lerici Laura Rossi."))
                .extracting(Quote::speaker).containsExactly("Laura Rossi");
        assertThat(quotes("fr", "« C’est un investissement nécessaire », a déclaré la ministre des Transports Claire Martin."))
                .extracting(Quote::speaker).containsExactly("Claire Martin");
        // a portfolio word ends the organisation: a name of three words after it stays whole
        assertThat(quotes("es", "«No hay dinero para todo», advirtió la consejera de Sanidad Ana Belén Soler."))
                .extracting(Quote::speaker).containsExactly("Ana Belén Soler");
        // two capitals after the linker name the organisation only
        assertThat(quotes("it", "«Non aspetteremo oltre», ha dichiarato un portavoce di Ferrovie Nord."))
                .extracting(Quote::speaker).containsExactly("un portavoce di Ferrovie Nord");
    }

    @Test
    void aTitleInsideTheNamesRunIsARole() {
        Draft de = draft("de", "„Wir öffnen um sieben“, sagte die Inhaberin Greta Lindqvist der Zeitung.",
                "„Der Markt bleibt“, sagte Bürgermeister Olaf Brenner am Dienstag.");
        assertThat(de.quotes()).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Greta Lindqvist", "die Inhaberin Greta Lindqvist"),
                tuple("Olaf Brenner", "Bürgermeister Olaf Brenner"));
        assertThat(de.people()).containsExactly(new Person("Greta Lindqvist", List.of("Inhaberin"), 1),
                new Person("Olaf Brenner", List.of("Bürgermeister"), 1));
        Draft tr = draft("tr", "İl Tarım ve Orman Müdürü Selin Aydın, \"Hasat bu yıl erken başladı.\" dedi.",
                "\"Fiyatlar bu ay biraz düşecek\" diyen Aydın, \"Üreticiler memnun.\" ifadesini kullandı.");
        assertThat(tr.quotes()).extracting(Quote::speaker).containsOnly("Selin Aydın");
        assertThat(tr.people()).containsExactly(new Person("Selin Aydın", List.of("İl Tarım ve Orman Müdürü"), 3));
    }

    @Test
    void nameParticlesJoinOnlyBetweenNameWords() {
        assertThat(quotes("es", "«Cerraremos el acuerdo en mayo», dijo la comisaria Ana de la Fuente."))
                .extracting(Quote::speaker).containsExactly("Ana de la Fuente");
        assertThat(quotes("de", "„Das Abkommen kommt“, sagte Kommissionschefin Ursula von der Brügge in Brüssel."))
                .extracting(Quote::speaker).containsExactly("Ursula von der Brügge");
    }

    @Test
    void germanLautBeforeTheQuoteNamesTheSpeakerOnlyWhenThePhraseRunsUpToIt() {
        List<Quote> q = quotes("de",
                "„Wir haben keine andere Wahl“, sagte Vorstandschef Markus Lindner am Dienstag.",
                "Laut Lindner „ist die Lage am Weltmarkt dramatisch schlechter geworden“.",
                "Laut Gesetz müssen die Betreiber „jede bedrohliche Störung des Betriebs“ sofort melden.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Markus Lindner", "Markus Lindner", null);
    }

    @Test
    void anAgencyNamedAsTheObjectIsNoPartOfTheSpeaker() {
        List<Quote> q = quotes("es",
                "\"La situación es insostenible\", ha explicado a Europa Press el presidente de la cooperativa, Adoración Blanque.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Adoración Blanque");
    }

    @Test
    void turkishStatementNounsBeforeTheirVerbAreCues() {
        List<Quote> q = quotes("tr",
                "Vali Vasip Şahin, \"Sorun önümüzdeki hafta çözülecek\" açıklamasını yaptı.",
                "Genel Müdür Ali Kaya ise \"Tasarruflu olmalarını rica ediyoruz\" şeklinde konuştu.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Vasip Şahin", "Ali Kaya");
    }

    @Test
    void aTitleOfCourtesyIsNoRole() {
        Draft fr = draft("fr", "« Nous tenons nos engagements », a déclaré M. Doucet devant les élus.");
        assertThat(fr.people()).containsExactly(new Person("Doucet", List.of(), 1));
    }

    @Test
    void germanCompoundTitlesAreRolesAndAPrepositionAfterTheCueIsNoSpeaker() {
        Draft de = draft("de",
                "„Wir haben keine andere Wahl“, sagte Vorstandschef Markus Lindner am Dienstag.",
                "Bezirksleiter Knut Giesler sprach von einem „schwarzen Tag für die Beschäftigten im Revier“.",
                "Omar Velde spricht nicht von Städten, sondern von der „Utopie der vollkommen regierten Stadt“.");
        assertThat(de.quotes()).extracting(Quote::speaker).containsExactly("Markus Lindner", "Knut Giesler", "Omar Velde");
        assertThat(de.people()).containsExactly(new Person("Markus Lindner", List.of("Vorstandschef"), 1),
                new Person("Knut Giesler", List.of("Bezirksleiter"), 1), new Person("Omar Velde", List.of(), 1));
    }

    @Test
    void aGermanRoleWithoutANameIsASourceNotAPerson() {
        Draft de = draft("de", "„Das ist ein harter Schlag für die Region“, erklärte die Ministerin.",
                "„Die Abläufe sitzen“, sagte ein Feuerwehrsprecher.");
        assertThat(de.people()).isEmpty();
        assertThat(de.sources()).extracting(Person::name).containsExactly("die Ministerin", "ein Feuerwehrsprecher");
    }

    @Test
    void arabicHonorificAndTitleInAppositionAreRoles() {
        Draft ar = draft("ar", "وقال الدكتور سالم عادل الكعبي، مدير المختبر: «النتائج مشجعة جدا».",
                "«سننشر الدراسة قريبا»، أوضح الكعبي.");
        assertThat(ar.quotes()).extracting(Quote::speaker).containsExactly("سالم عادل الكعبي", "سالم عادل الكعبي");
        assertThat(ar.people()).containsExactly(new Person("سالم عادل الكعبي", List.of("الدكتور", "مدير المختبر"), 2));
    }

    @Test
    void russianPlaceOrTimeBetweenCueAndSpeakerIsSteppedOver() {
        assertThat(quotes("ru", "«Мост простоит сто лет», — сказал на открытии глава района."))
                .extracting(Quote::speaker).containsExactly("глава района");
        assertThat(quotes("ru", "«Работы завершены досрочно», — заявил во время церемонии губернатор Павел Орлов."))
                .extracting(Quote::speaker).containsExactly("Павел Орлов");
    }

    @Test
    void dutchParticleInANameAndAfterATitleIsNoStop() {
        assertThat(quotes("nl", "\"Dit is een noodzakelijke investering\", zei minister van Infrastructuur Anna de Wit dinsdag."))
                .extracting(Quote::speaker, Quote::mention).containsExactly(tuple("Anna de Wit", "minister van Infrastructuur Anna de Wit"));
        assertThat(quotes("nl", "\"We wachten niet langer\", aldus burgemeester Koen van Beek van Zwolle."))
                .extracting(Quote::speaker, Quote::mention).containsExactly(tuple("Koen van Beek", "burgemeester Koen van Beek"));
    }

    /** A quote that is a sentence of its own, attributed by the next sentence pointing back at it. */
    @Test
    void theSentenceAfterAQuoteThatPointsBackAtItNamesTheSpeaker() {
        assertThat(quotes("it", "\"I conti pubblici sono in ordine\". Lo ha detto il ministro dell'Economia Giancarlo Giorgetti intervenendo al Senato."))
                .extracting(Quote::mention, Quote::cue).containsExactly(tuple("il ministro dell'Economia Giancarlo Giorgetti", "ha detto"));
        assertThat(quotes("de", "„Wir brauchen mehr Wohnungen.“ Das sagte Bauministerin Klara Geywitz in Berlin."))
                .extracting(Quote::speaker).containsExactly("Klara Geywitz");
        assertThat(quotes("ru", "«Мы завершим работу в срок». Об этом заявил министр транспорта Роман Старовойт."))
                .extracting(Quote::speaker).containsExactly("Роман Старовойт");
        assertThat(quotes("fr", "« Nous ne céderons pas ». C'est ce qu'a déclaré vendredi le Premier ministre Michel Barnier."))
                .extracting(Quote::speaker).containsExactly("Michel Barnier");
        // the next sentence names no one ("the law says so"), or does not open by pointing back: no speaker
        assertThat(quotes("it", "\"Basta con i ritardi nei cantieri\". Lo dice la legge, ma nessuno la rispetta."))
                .extracting(Quote::speaker).containsOnlyNulls();
        assertThat(quotes("nl", "\"We moeten veel sneller bouwen.\" Dat is de boodschap van het kabinet."))
                .extracting(Quote::speaker).containsOnlyNulls();
        assertThat(quotes("de", "„Wir brauchen mehr Wohnungen.“ Das sagt doch alles."))
                .extracting(Quote::speaker).containsOnlyNulls();
    }

    /** A day or "today" between the cue and the speaker, as wire copy writes it, is stepped over. */
    @Test
    void aTimeBetweenTheCueAndTheSpeakerIsSteppedOver() {
        assertThat(quotes("fr", "« Nous ne céderons pas », a affirmé mardi soir la ministre Rachida Dati."))
                .extracting(Quote::speaker, Quote::mention).containsExactly(tuple("Rachida Dati", "la ministre Rachida Dati"));
        assertThat(quotes("de", "„Wir sind dazu bereit“, sagte am Freitag Bauministerin Klara Geywitz."))
                .extracting(Quote::speaker).containsExactly("Klara Geywitz");
        assertThat(quotes("es", "\"La economía crece con fuerza\", afirmó este viernes el ministro de Economía, Carlos Cuerpo."))
                .extracting(Quote::speaker).containsExactly("Carlos Cuerpo");
        assertThat(quotes("pt", "\"O país está preparado\", disse hoje o ministro da Economia, Pedro Reis."))
                .extracting(Quote::mention).containsExactly("o ministro da Economia, Pedro Reis");
        assertThat(quotes("ru", "«Мы готовы ко всему», - заявил в пятницу министр Роман Старовойт."))
                .extracting(Quote::speaker).containsExactly("Роман Старовойт");
        // a time word that is no time here ("am Rande"): nothing is stepped over, and no speaker is made up
        assertThat(quotes("de", "„Wir sind dazu bereit“, sagte am Rande der Konferenz ein Sprecher."))
                .extracting(Quote::speaker).doesNotContain("Rande der Konferenz ein Sprecher");
    }

    @Test
    void germanSeparableParticleAfterThePronounIsNoPartOfTheSpeaker() {
        List<Quote> q = quotes("de",
                "Der Sprecher der Bahn, Thomas Brenner, sprach von Verzögerungen. „Wir bitten um Geduld“, fügte er hinzu.",
                "„Die Züge fahren ab Montag“, teilte die Bahn mit.");
        assertThat(q).extracting(Quote::mention).containsExactly("er", "die Bahn");
    }

    @Test
    void turkishGovernorsTitleAndTheStatementAdverbialBeforeTheQuote() {
        Draft d = draft("tr",
                "Ankara Valisi Vasip Kaya, yaptığı açıklamada, \"Vatandaşlarımız trafiğe çıkmasın\" dedi.",
                "Belediye Başkanı Mansur Aksoy ise ekiplerin gece boyunca çalışacağını belirterek, \"Tüm yollar açık\" ifadesini kullandı.");
        assertThat(d.quotes()).extracting(Quote::speaker, Quote::mention).containsExactly(
                tuple("Vasip Kaya", "Ankara Valisi Vasip Kaya"),
                tuple("Mansur Aksoy", "Belediye Başkanı Mansur Aksoy"));
        assertThat(d.people()).extracting(Person::name, Person::roles).containsExactly(
                tuple("Vasip Kaya", List.of("Ankara Valisi")), tuple("Mansur Aksoy", List.of("Belediye Başkanı")));
    }

    @Test
    void aPostIsACue() {
        assertThat(quotes("ru", "«Станция разгрузит автобусные маршруты района», — написал Собянин в своем блоге."))
                .extracting(Quote::speaker).containsExactly("Собянин");
    }

    @Test
    void anAccordingWordOpeningTheSentenceNamesTheSpeakerOfALaterQuote() {
        List<Quote> nl = quotes("nl",
                "Volgens de NS is er \"geen enkele ruimte\" meer in de onderhandelingen.",
                "Volgens burgemeester Koen van Dijk is het plan \"een grote stap vooruit\" voor de stad.",
                "Volgens de wet moeten bedrijven \"elk jaar een verslag indienen\" bij de overheid.",
                "Volgens mij is dat \"een heel slecht idee\" van de regering.");
        assertThat(nl).extracting(Quote::speaker, Quote::mention, Quote::cue).containsExactly(
                tuple("NS", "de NS", "volgens"), tuple("Koen van Dijk", "burgemeester Koen van Dijk", "volgens"),
                tuple(null, null, null), tuple(null, null, null));
        List<Quote> de = quotes("de",
                "Laut Polizeisprecher Max Huber wurde der Mann „schwer am Kopf verletzt“ und ins Krankenhaus gebracht.",
                "Laut Polizei wurde der Mann „schwer am Kopf verletzt“ und ins Krankenhaus gebracht.");
        assertThat(de).extracting(Quote::speaker).containsExactly("Max Huber", null);
        List<Quote> es = quotes("es",
                "Según el alcalde Juan Ruiz, la obra está \"en plazo de ejecución\" y terminará en junio.");
        assertThat(es).extracting(Quote::speaker).containsExactly("Juan Ruiz");
    }

    @Test
    void aDutchRoleNounBeforeANameLetsAPronounFindIt() {
        List<Quote> q = quotes("nl",
                "Volgens vakbondsbestuurder Henk Jansen is het geduld op. \"We hebben maandenlang gepraat,\" zei hij.",
                "Reiziger Sanne de Vries stond op het perron. \"Ik wist van niks,\" zegt ze.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Henk Jansen", "Sanne de Vries");
    }

    @Test
    void anArticleBeforeATitleAfterTheCueOpensTheSpeakerNotAnObject() {
        List<Quote> q = quotes("de",
                "Verkehrsminister Volker Wissing rief zu Gesprächen auf. „Ein Streik ist nicht akzeptabel“, sagte der FDP-Politiker der „Bild“-Zeitung.",
                "„Wir bleiben hart“, sagte der Zeitung ein Gewerkschaftssprecher.");
        assertThat(q).extracting(Quote::mention).containsExactly("der FDP-Politiker", "ein Gewerkschaftssprecher");
    }

    @Test
    void aTitleAndNameOpeningASentenceThatEndsInAColonIsTheSpeaker() {
        assertThat(quotes("fr", "Le maire Jean Dupont est catégorique : « Nous ne céderons pas. »",
                "La situation est grave : « Personne ne sait quoi faire. »"))
                .extracting(Quote::speaker, Quote::mention).containsExactly(
                        tuple("Jean Dupont", "Le maire Jean Dupont"), tuple(null, null));
        assertThat(quotes("es", "La alcaldesa Marta Ríos fue tajante: \"No vamos a ceder.\""))
                .extracting(Quote::speaker).containsExactly("Marta Ríos");
        // German capitals alone name no one
        assertThat(quotes("de", "Bürgermeister Jan Keller war verärgert: „Ich komme heute nicht zur Arbeit.“",
                "Einige Landsleute waren verärgert: „Ich komme heute nicht zur Arbeit.“"))
                .extracting(Quote::speaker).containsExactly("Jan Keller", null);
    }

    /**
     * A short quote closed by a guillemet has its comma after the mark in French, Spanish, Russian and
     * Polish copy; attributed, it is an utterance as "Judge," with its comma inside is. Unattributed, or
     * closed by English marks, two words stay a term.
     */
    @Test
    void shortQuoteWithTheCommaAfterTheGuillemetIsAnUtterance() {
        assertThat(quotes("fr", "Le gouvernement promet 40 millions. « C'est insuffisant », juge l'économiste Carla Núñez."))
                .extracting(Quote::text, Quote::speaker).containsExactly(tuple("C'est insuffisant", "Carla Núñez"));
        assertThat(quotes("ru", "«Это недопустимо», — заявил мэр Сергей Орлов."))
                .extracting(Quote::text).containsExactly("Это недопустимо");
        assertThat(quotes("fr", "Le projet dit « très ambitieux », selon ses auteurs, reste flou.")).isEmpty();
        assertThat(quotes("fr", "Le projet, \"très ambitieux\", a déclaré Carla Núñez, reste flou.")).isEmpty();
    }

    /**
     * A role read back from a name stops at a verb of saying before a title word: the verb-second clause
     * "„…” – powiedział minister X" gave "powiedział minister" as a role.
     */
    @Test
    void roleReadBackFromANameLeavesOutTheVerbOfSaying() {
        Draft d = new QuoteStage().apply(Draft.of(List.of(
                "„To ustawa, na którą Polska czekała od lat” – powiedział minister finansów Andrzej Domański."),
                new PageMeta(null, null, null, "pl", null), List.of()));
        assertThat(d.people()).extracting(Person::name, Person::roles)
                .containsExactly(tuple("Andrzej Domański", List.of("minister finansów")));
        d = new QuoteStage().apply(Draft.of(List.of(
                "Dat schrijft minister De Jonge in een brief. \"We moeten sneller bouwen\", zei De Jonge."),
                new PageMeta(null, null, null, "nl", null), List.of()));
        assertThat(d.people()).extracting(Person::roles).containsExactly(List.of("minister"));
    }

    /**
     * A role whose only capitals follow a linker and its article ("la ministre de la Mobilité") names what
     * the role serves, not a person: the speaker is the phrase as written, and no person "Mobilité".
     */
    @Test
    void aPortfolioAfterALinkerAndItsArticleIsNoName() {
        Draft d = new QuoteStage().apply(Draft.of(List.of(
                "« C'est un maillon essentiel du réseau », a souligné la ministre de la Mobilité."),
                new PageMeta(null, null, null, "fr", null), List.of()));
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("la ministre de la Mobilité");
        assertThat(d.people()).isEmpty();
        // a name after the portfolio is the holder's
        d = new QuoteStage().apply(Draft.of(List.of(
                "« C'est un maillon essentiel du réseau », a souligné la ministre de la Mobilité Valérie Lescot."),
                new PageMeta(null, null, null, "fr", null), List.of()));
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Valérie Lescot");
    }

    /**
     * A phrase of place or medium between the cue and a determiner and title ("escribió en redes sociales
     * el ministro", "a déclaré sur France Inter le ministre", "ha detto in conferenza stampa il sindaco") is
     * stepped over to the speaker; a short quote with its comma after a straight closing mark is kept.
     */
    @Test
    void placeOrMediumBetweenTheCueAndTheSpeakerIsSteppedOver() {
        assertThat(quotes("es", "\"Vamos por el camino correcto\", escribió en redes sociales el ministro de Economía, Luis Caputo."))
                .extracting(Quote::speaker).containsExactly("Luis Caputo");
        assertThat(quotes("fr", "« Nous allons recruter », a déclaré sur France Inter le ministre de la Santé Yannick Neuder."))
                .extracting(Quote::speaker, Quote::mention)
                .containsExactly(tuple("Yannick Neuder", "le ministre de la Santé Yannick Neuder"));
        assertThat(quotes("it", "Il governo ha approvato il piano.", "\"Siamo pronti\", ha detto in conferenza stampa il sindaco Roberto Gualtieri."))
                .extracting(Quote::text, Quote::speaker).containsExactly(tuple("Siamo pronti", "Roberto Gualtieri"));
        // no title after the phrase: no speaker read from it
        assertThat(quotes("es", "\"El plan llega tarde y mal\", dijo en la sesión de ayer."))
                .extracting(Quote::speaker).containsOnlyNulls();
    }
    /**
     * A described role with its body's name after a linker ("laat het ministerie van Asiel en Migratie
     * weten") is the speaker as written, a source and no person; a name after the linker and a title stays
     * a person ("burgemeester Jaap Velema van Westerwolde").
     */
    @Test
    void aBodysNameAfterALinkerBelongsToTheDescribedRole() {
        Draft d = draft("nl", "\"We willen de druk structureel verlagen\", laat het ministerie van Asiel en Migratie weten.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("het ministerie van Asiel en Migratie");
        assertThat(d.people()).isEmpty();
        d = draft("nl", "\"Dit is een stap in de goede richting\", reageert burgemeester Jaap Velema van Westerwolde.");
        assertThat(d.people()).extracting(Person::name).containsExactly("Jaap Velema van Westerwolde");
    }

    /**
     * Portuguese "a" is an article and a preposition: an acronym after it, then the phrase of a medium, is the
     * body that reacted ("reagiu a CGTP em comunicado"), a source; the German dative before a colon ("sagte
     * der MOPO: „…“") names whom it was told, no speaker.
     */
    @Test
    void anAcronymAfterAnArticleBeforeAPlaceOrMediumIsTheBodyThatSpeaks() {
        Draft d = draft("pt", "\"É um aumento insuficiente face ao custo de vida\", reagiu a CGTP em comunicado.");
        assertThat(d.quotes()).extracting(Quote::speaker, Quote::mention).containsExactly(tuple("CGTP", "a CGTP"));
        assertThat(d.people()).isEmpty();
        assertThat(d.sources()).extracting(Person::name).containsExactly("CGTP");
        d = draft("de", "Nun hofft er auf ein Comeback, sagte der MOPO: „Ich werde sehr stark auf ihn einreden!“");
        assertThat(d.quotes()).extracting(Quote::speaker).doesNotContain("der MOPO");
    }

    /**
     * A quote opening its paragraph with a cue and no subject, before any other attribution, is the person
     * the paragraph before names with a title or in commas; a name with neither gives no speaker.
     */
    @Test
    void aCueWithoutSubjectAtTheFirstQuoteIsThePersonTheLeadNames() {
        Draft d = draft("es", "La ministra de Hacienda, María Jesús Montero, ha defendido este miércoles los presupuestos.",
                "\"Son unas cuentas para la mayoría social\", ha subrayado. \"No vamos a recortar en sanidad\", ha añadido la titular de Hacienda.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("María Jesús Montero", "la titular de Hacienda");
        d = draft("pl", "Minister zdrowia Izabela Leszczyna zapowiedziała w czwartek zmiany w kolejkach.",
                "„Chcemy skrócić czas oczekiwania o połowę” – powiedziała.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsExactly("Izabela Leszczyna");
        d = draft("es", "El Gobierno aprobó ayer el plan que presentó Pedro Sánchez en enero.",
                "\"Son unas cuentas para la mayoría social\", ha subrayado.");
        assertThat(d.quotes()).extracting(Quote::speaker).containsOnlyNulls();
    }

    /** The plural of the Turkish "ifadesini kullandı" ("used the words"). */
    @Test
    void turkishPluralOfUsedTheWordsIsACue() {
        assertThat(quotes("tr", "Bakan, \"Velilerimizden destek bekliyoruz\" ifadelerini kullandı."))
                .extracting(Quote::speaker).containsExactly("Bakan");
    }


    @Test
    void anAdverbialBetweenTheCueAndTheColonIsNoSpeakerWhenTheCueHasASubject() {
        List<Quote> es = quotes("es",
                "El portavoz del Partido Popular, Luis Ortega, replicó horas después: \"Esta reforma es un atraco a la clase media\".",
                "Marta Ruiz replicó después: \"No vamos a aceptar lecciones de nadie\".");
        assertThat(es).extracting(Quote::speaker).containsExactly("Luis Ortega", "Marta Ruiz");
        // a speaker after the cue stays one: "replicó el ministro:"
        es = quotes("es", "Horas después replicó el ministro de Hacienda: \"Es una reforma justa y necesaria\".");
        assertThat(es).extracting(Quote::mention).containsExactly("el ministro de Hacienda");
    }

    @Test
    void aRoleWithTheDefiniteArticleIsTheOnePersonTheParagraphJustNamed() {
        List<Quote> de = quotes("de",
                "Der Geschäftsführer des Verkehrsverbunds, Thomas Brandl, sieht das anders. „Ohne Geld fahren keine Busse“, sagte der Manager.");
        assertThat(de).extracting(Quote::speaker, Quote::mention).containsExactly(tuple("Thomas Brandl", "der Manager"));
        List<Quote> it = quotes("it",
                "Il sindaco di Roma, Marco Ferri, ha difeso i tagli davanti al consiglio. \"Non c'era alternativa\", ha detto il sindaco.");
        assertThat(it).extracting(Quote::speaker).containsExactly("Marco Ferri");
        // no one named since the last quote: the description stays as written
        de = quotes("de", "„Wir müssen jetzt sparen, damit wir später investieren können“, sagte der Manager am Montag.");
        assertThat(de).extracting(Quote::speaker).containsExactly("der Manager");
    }

    @Test
    void frenchRetortVerbsAreCues() {
        List<Quote> fr = quotes("fr",
                "L'opposition n'est pas convaincue. « C'est un budget de façade », a répliqué Sophie Marchal, cheffe de file de la droite.");
        assertThat(fr).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Sophie Marchal", "a répliqué"));
    }

    /**
     * A contraction of a preposition and an article after a Portuguese speaker ("numa conferência") ends the
     * speaker; a Dutch member of parliament's title ("Kamerlid") before the name is a role; a Dutch union or
     * foundation ("Unie", "Stichting") is a body, no person.
     */
    @Test
    void wordsThatEndOrTitleASpeakerOrMakeABodyInPortugueseAndDutch() {
        assertThat(quotes("pt", "\"Este é o maior investimento de sempre\", afirmou Ana Costa numa conferência de imprensa."))
                .extracting(Quote::speaker, Quote::mention).containsExactly(tuple("Ana Costa", "Ana Costa"));
        Draft nl = draft("nl", "\"Dit is te weinig en te laat\", aldus Kamerlid Suzanne Kröger.",
                "Volgens de Unie van Waterschappen is het bedrag \"een goede eerste stap\".");
        assertThat(nl.quotes()).extracting(Quote::speaker).containsExactly("Suzanne Kröger", "Unie van Waterschappen");
        assertThat(nl.people()).extracting(io.articlex.model.Person::name, io.articlex.model.Person::roles)
                .containsExactly(tuple("Suzanne Kröger", List.of("Kamerlid")));
    }

    /** The verb and its quote after a name's comma ("Arnaud Robinet, a salué « un premier pas »") are no role of the name. */
    @Test
    void anOpeningGuillemetEndsTheAppositiveARoleIsReadFrom() {
        Draft fr = draft("fr", "Interrogé sur France Inter, Arnaud Robinet, a salué « un premier pas vers la sortie de crise ».");
        assertThat(fr.quotes()).extracting(Quote::speaker).containsExactly("Arnaud Robinet");
        assertThat(fr.people()).singleElement().satisfies(p -> assertThat(p.roles()).isEmpty());
    }
}
