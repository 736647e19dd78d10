package io.articlex.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.Articlex;
import io.articlex.Corpora;
import io.articlex.model.Article;
import io.articlex.model.Person;
import io.articlex.model.Quote;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed article's quotes against {@code ../shared/seed} gold: every one is Ali Shamkhani's. */
class SeedQuotesTest {

    @Test
    void seedQuotesMatchGoldAndResolveToShamkhani() throws Exception {
        Path dir = Corpora.seed();
        Path input = dir.resolve("000_9a080fc64cc45d3b.txt");
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("000_9a080fc64cc45d3b.gold.json").toFile());
        Article a = Articlex.parser().parse(input);

        List<String> goldTexts = new ArrayList<>();
        List<String> goldSpeakers = new ArrayList<>();
        gold.path("quotes").forEach(q -> {
            goldTexts.add(q.path("text").asText());
            goldSpeakers.add(q.path("speaker").asText());
        });
        assertThat(a.quotes()).extracting(Quote::text).containsExactlyElementsOf(goldTexts);
        assertThat(a.quotes()).extracting(Quote::mention).containsExactlyElementsOf(goldSpeakers);
        assertThat(a.quotes()).extracting(Quote::speaker).containsOnly("Ali Shamkhani");
        assertThat(a.quotes()).extracting(Quote::closed).containsExactly(true, false, true, true);
        assertThat(a.warnings()).contains("quote in paragraph 1 is never closed");
        assertThat(a.people()).containsExactly(new Person("Ali Shamkhani",
                List.of("Secretary of the Supreme National Security Council of Iran"), 4));
    }
}
