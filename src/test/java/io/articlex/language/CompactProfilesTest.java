package io.articlex.language;

import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompactProfilesTest {

    @Test
    void theBuiltTableHoldsTheProfilesOptimaizeReads() throws Exception {
        List<LanguageProfile> expected = new LanguageProfileReader().read(LanguageDetector.SUPPORTED);
        List<LanguageProfile> table = CompactProfiles.read();
        assertThat(table).as("the build writes " + CompactProfiles.RESOURCE).isNotNull();
        assertThat(table).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(table.get(i).getLocale()).isEqualTo(expected.get(i).getLocale());
            assertThat(table.get(i).getNumGrams()).isEqualTo(expected.get(i).getNumGrams());
            assertThat(table.get(i)).isEqualTo(expected.get(i));
        }
    }

    @Test
    void writeThenReadGivesEqualProfiles() throws Exception {
        List<LanguageProfile> two = new LanguageProfileReader().read(List.of("tr", "ru"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactProfiles.write(two, out);
        List<LanguageProfile> back = CompactProfiles.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back).containsExactlyElementsOf(two);
        // a gram outside Latin-1 and one with a space survive
        assertThat(back.get(1).getFrequency("ст")).isEqualTo(two.get(1).getFrequency("ст")).isPositive();
    }
}
