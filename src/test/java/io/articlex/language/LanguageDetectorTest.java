package io.articlex.language;

import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The council said on Tuesday that the bridge would be closed for repairs after the storm.",
            "de|Der Stadtrat hat am Dienstag beschlossen, dass die Brücke nach dem Sturm für zwei Wochen gesperrt wird.",
            "fr|Le conseil municipal a annoncé mardi que le pont sera fermé pour des travaux après la tempête.",
            "es|El ayuntamiento anunció el martes que el puente estará cerrado por obras después de la tormenta.",
            "it|Il consiglio comunale ha annunciato martedì che il ponte sarà chiuso per lavori dopo la tempesta.",
            "pt|A câmara municipal anunciou na terça-feira que a ponte vai ser fechada para obras depois da tempestade.",
            "nl|De gemeenteraad heeft dinsdag besloten dat de brug na de storm twee weken wordt afgesloten.",
            "pl|Rada miasta poinformowała we wtorek, że most zostanie zamknięty z powodu remontu po burzy.",
            "tr|Belediye meclisi salı günü fırtınanın ardından köprünün onarım için kapatılacağını açıkladı.",
            "ru|Городской совет во вторник сообщил, что мост закроют на ремонт после шторма.",
            "ar|أعلن المجلس البلدي يوم الثلاثاء أن الجسر سيغلق للصيانة بعد العاصفة.",
    })
    void namesTheLanguageOfOneSentence(String lang, String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(lang);
    }

    @Test
    void functionWordsDecideProseWithoutTheProfiles() {
        String de = "Die Feuerwehr war mit zwei Fahrzeugen vor Ort, sagte ein Sprecher. Der Brand wurde nach einer "
                + "Stunde gelöscht, die Ursache ist noch nicht bekannt. Verletzt wurde nach Angaben der Polizei niemand.";
        assertThat(LanguageDetector.FunctionWords.vote(de, de.length())).isEqualTo("de");
        // a headline alone holds too few function words to vote: the profiles decide
        assertThat(LanguageDetector.FunctionWords.vote("Brücke nach Sturm gesperrt", 26)).isNull();
    }

    @Test
    void functionWordsCountInAnyCaseWithOrWithoutAccentsAndOnlyAsWholeWords() {
        // capitals count as the lower-case word
        assertThat(LanguageDetector.FunctionWords.vote("THE AND OF THAT WITH WAS", 24)).isEqualTo("en");
        assertThat(LanguageDetector.FunctionWords.vote("The And Of That With Was", 24)).isEqualTo("en");
        // words with letters beyond ASCII count too, in either case
        String es = "Según dijo, también Según DIJO, TAMBIÉN";
        assertThat(LanguageDetector.FunctionWords.vote(es, es.length())).isEqualTo("es");
        // a function word inside a longer word, or glued to other letters, is not one
        String glued = "thereof andante office thatcher without wasteful theandofthatwithwas";
        assertThat(LanguageDetector.FunctionWords.vote(glued, glued.length())).isNull();
        // only the first n characters are read
        String en = "the and of that with was the and of";
        assertThat(LanguageDetector.FunctionWords.vote(en, 10)).isNull();
        // one language's words must outnumber the runner-up's three to one
        String mixed = "the and of that with was der das und nicht mit auf";
        assertThat(LanguageDetector.FunctionWords.vote(mixed, mixed.length())).isNull();
    }

    /**
     * The script count stops once the Latin lead exceeds what is left: a Latin opening followed by a
     * longer Cyrillic or Arabic part must still be counted to the end.
     */
    @Test
    void aLatinOpeningDoesNotHideTheMajorityScript() {
        String latin = "Moscow news ".repeat(20);
        String cyrillic = "Власти города сообщили ".repeat(30);
        assertThat(LanguageDetector.detect(latin + cyrillic)).isEqualTo("ru");
        String arabic = "قالت الحكومة اليوم ".repeat(30);
        assertThat(LanguageDetector.detect(latin + arabic)).isEqualTo("ar");
        // the same Latin opening before a shorter part in the other script: no majority
        assertThat(LanguageDetector.detect(latin + "Власти города ".repeat(3))).isNotEqualTo("ru");
    }

    @Test
    void tooFewLettersGiveNoLanguage() {
        assertThat(LanguageDetector.detect("12.03.2024 - 14:05")).isNull();
    }

    @Test
    void aDeclaredLanguageStaysFirst() {
        Draft page = Draft.of(List.of("The council said on Tuesday that the bridge would be closed for repairs."),
                new PageMeta(null, null, null, "fr-BE", null), List.of());
        assertThat(new LanguageStage().apply(page).language()).isEqualTo("fr-BE");
        Draft text = Draft.of(page.paragraphs(), PageMeta.NONE, List.of());
        assertThat(new LanguageStage().apply(text).language()).isEqualTo("en");
    }

    /**
     * The stage detects on its paragraphs joined by line breaks, cut at the detector's prefix, whatever
     * their lengths: paragraphs of every sample, in runs that end before, at and past the prefix, and
     * a single paragraph longer than it.
     */
    @Test
    void theStageDetectsOnTheJoinedParagraphsUpToThePrefix() throws java.io.IOException {
        List<String> all = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("samples"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                for (String p : new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                    if (!p.isBlank()) {
                        all.add(p.strip());
                    }
                }
            }
        }
        all.add("word ".repeat(LanguageDetector.PREFIX));
        int checked = 0;
        for (int from = 0; from < all.size(); from += 3) {
            for (int count : new int[] {1, 2, 5, 40}) {
                List<String> paragraphs = all.subList(from, Math.min(all.size(), from + count));
                StringBuilder joined = new StringBuilder();
                for (String p : paragraphs) {
                    if (joined.length() >= LanguageDetector.PREFIX) {
                        break;
                    }
                    joined.append(p).append('\n');
                }
                Draft d = Draft.of(paragraphs, PageMeta.NONE, List.of());
                assertThat(new LanguageStage().apply(d).language()).as(joined.toString())
                        .isEqualTo(LanguageDetector.detect(joined.toString()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
