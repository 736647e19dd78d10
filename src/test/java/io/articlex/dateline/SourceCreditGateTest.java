package io.articlex.dateline;

import io.articlex.Corpora;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The literal pre-checks of the credit patterns never refuse a paragraph the pattern matches. */
class SourceCreditGateTest {

    @Test
    void preChecksHoldWheneverThePatternsMatch() throws Exception {
        List<String> paras = new ArrayList<>(List.of("Talks went on, Iran Press reported.", "Talks went on, APA reports.",
                "Talks went on. A Ukrinform correspondent reports.", "The text was translated by IFP.",
                "Talks went on, the Tehran Times reported.", "Talks went on, IRNA report."));
        for (String corpus : List.of("reuters-dev", "synthetic-dev", "quotes-dev")) {
            try (var files = Files.list(Corpora.corpus(corpus))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    for (String p : Files.readString(f).split("\\n\\s*\\n")) {
                        paras.add(p.strip());
                    }
                }
            }
        }
        int self = 0;
        int lead = 0;
        for (String base : paras) {
            for (String p : new String[] {base, base + "\n", base + "\r\n", base + "\u2028"}) {
                String tail = p.length() > 300 ? p.substring(p.length() - 300) : p;
                if (SourceStage.SELF_CREDIT.matcher(tail).find()) {
                    self++;
                    assertThat(SourceStage.endsNear(p, " reported.")).as(p).isTrue();
                }
                String end = p.length() > 2000 ? p.substring(p.length() - 2000) : p;
                if (SourceStage.LEAD_CREDIT.matcher(end).find()) {
                    lead++;
                    assertThat(SourceStage.endsNear(p, " report") || p.contains("translated by ")).as(p).isTrue();
                }
            }
        }
        assertThat(self).isGreaterThanOrEqualTo(8);
        assertThat(lead).isGreaterThanOrEqualTo(16);
    }
}
