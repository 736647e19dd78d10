package io.articlex.language;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CompactProfilesTest {

    @Test
    void theBuiltTableHoldsTheGramsOptimaizeReads() throws Exception {
        List<LanguageProfile> expected = new LanguageProfileReader().read(io.articlex.language.LanguageDetector.SUPPORTED);
        List<LanguageProfile> table = CompactProfiles.read();
        assertThat(table).as("the build writes " + CompactProfiles.RESOURCE).isNotNull();
        assertThat(table).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            sameGrams(table.get(i), expected.get(i));
        }
    }

    @Test
    void aDetectorOnTheTableGivesTheProbabilitiesOfOneOnOptimaizesFiles() throws Exception {
        LanguageDetector ours = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(CompactProfiles.read()).build();
        LanguageDetector theirs = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().read(io.articlex.language.LanguageDetector.SUPPORTED)).build();
        String[] texts = {"Brücke nach Sturm gesperrt", "Sakarya Nehri üzerindeki yeni köprü ulaşıma açıldı",
                "Le pont rouvre", "Il ponte riapre domani", "A ponte reabre", "De brug gaat weer open", "Most znów otwarty",
                "Мост снова открыт", "افتتاح الجسر", "El puente reabre", "Bridge reopens after storm", "12:05 CET",
                "Copenhagen", "Yeni köprü açıldı; Berlin'de toplantı", String.join(" ", java.util.Collections.nCopies(40, "der Fluss"))};
        for (String t : texts) {
            // DetectedLanguage has no equals: compared by what it prints, every bit of the probability
            assertThat(ours.getProbabilities(t).toString()).as(t).isEqualTo(theirs.getProbabilities(t).toString());
        }
    }

    @Test
    void writeThenReadGivesTheSameGrams() throws Exception {
        List<LanguageProfile> two = new LanguageProfileReader().read(List.of("tr", "ru"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactProfiles.write(two, out);
        List<LanguageProfile> back = CompactProfiles.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back).hasSize(2);
        sameGrams(back.get(0), two.get(0));
        sameGrams(back.get(1), two.get(1));
        // a gram outside Latin-1 survives
        assertThat(back.get(1).getFrequency("ст")).isEqualTo(two.get(1).getFrequency("ст")).isPositive();
    }

    private static void sameGrams(LanguageProfile actual, LanguageProfile expected) {
        assertThat(actual.getLocale()).isEqualTo(expected.getLocale());
        // the detector's builder keeps profiles in a HashSet: the same hash gives the same language order
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.getGramLengths()).isEqualTo(expected.getGramLengths());
        assertThat(actual.getNumGrams()).isEqualTo(expected.getNumGrams());
        for (int n : expected.getGramLengths()) {
            assertThat(actual.getNumGrams(n)).isEqualTo(expected.getNumGrams(n));
            assertThat(actual.getNumGramOccurrences(n)).isEqualTo(expected.getNumGramOccurrences(n));
            assertThat(actual.getMinGramCount(n)).isEqualTo(expected.getMinGramCount(n));
            assertThat(actual.getMaxGramCount(n)).isEqualTo(expected.getMaxGramCount(n));
            for (Map.Entry<String, Integer> e : actual.iterateGrams(n)) {
                assertThat(e.getKey()).hasSize(n);
                assertThat(expected.getFrequency(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        for (Map.Entry<String, Integer> e : expected.iterateGrams()) {
            assertThat(actual.getFrequency(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
