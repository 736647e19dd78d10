package io.articlex.robust;

import io.articlex.Articlex;
import io.articlex.input.DecodeOptions;
import io.articlex.input.Decoder;
import io.articlex.model.Article;
import io.articlex.normalize.Normalizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every adversarial input of {@link Hostile} goes through the public API and gives a well-formed
 * article made only of input text. Sizes here are modest for CI; the timing proof (each input within
 * 3x the time of ordinary text of the same size, 50 MB included) is {@link AdversarialBench}. The
 * timeouts are hang guards against catastrophic backtracking, not speed measurements.
 */
class AdversarialInputTest {

    private static final int SIZE = 64 * 1024;

    @TestFactory
    Stream<DynamicTest> everyAdversarialInputGivesAWellFormedArticle() {
        return Hostile.cases().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            String text = c.getValue().apply(SIZE);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Article fromBytes = Articlex.parser().parse(bytes);
            Article fromText = Articlex.parser().parse(text);
            if (!text.startsWith("<!DOCTYPE")) {
                ParserPropertiesTest.checkOutput(fromText, Normalizer.normalize(Decoder.ofText(text, DecodeOptions.DEFAULT).text()));
                ParserPropertiesTest.checkOutput(fromBytes, Normalizer.normalize(Decoder.decode(bytes).text()));
            } else {
                assertThat(fromBytes.paragraphs()).allMatch(p -> !p.isBlank());
            }
        }));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMillionQuotationMarksMakeNoQuote() {
        Article a = Articlex.parser().parse("\"".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        assertThat(a.quotes()).isEmpty();
        Article curly = Articlex.parser().parse("\u201c\u201d".repeat(500_000));
        assertThat(curly.quotes()).isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHundredThousandBlankLinesAreAnEmptyArticleWithAWarning() {
        Article a = Articlex.parser().parse("\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.warnings()).contains("input holds only white space");
        Article around = Articlex.parser().parse("First paragraph.\n" + "\n".repeat(100_000) + "Second paragraph.\n");
        assertThat(around.paragraphs()).containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void deeplyNestedHtmlDoesNotOverflowTheStack() {
        int depth = 200_000;
        String page = "<!DOCTYPE html><html><body>" + "<div>".repeat(depth) + "<p>Deep text stays here for the reader, however far down the page puts it.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Article a = Articlex.parser().parse(page.getBytes(StandardCharsets.UTF_8));
        assertThat(String.join(" ", a.paragraphs())).contains("Deep text stays here for the reader");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aLongSingleLineKeepsAllItsText() {
        String line = Hostile.ordinary(1 << 20).replace('\n', ' ');
        Article a = Articlex.parser().parse(line);
        assertThat(a.paragraphs()).isNotEmpty();
        long kept = a.paragraphs().stream().mapToLong(String::length).sum();
        // Head, dateline and sign-offs may be taken out; the body of a 1 MB line may not go missing.
        assertThat(kept).isGreaterThan(line.length() * 9L / 10);
    }

    @Test
    void warningsStayBoundedOnHostileInput() {
        Article a = Articlex.parser().parse(Hostile.repeat("\u201cWe will act he said\n\n", SIZE));
        assertThat(a.warnings().size()).isLessThanOrEqualTo(io.articlex.pipeline.Draft.MAX_WARNINGS);
        assertThat(List.copyOf(a.warnings())).isNotEmpty();
    }
}
