package io.articlex.batch;

import io.articlex.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InputProcessorTest {

    @Test
    void aParserBugBecomesAnInternalErrorRecordThatKeepsItsCauseForDashX(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Some text.\n");
        IllegalStateException bug = new IllegalStateException("stage broke");
        InputProcessor p = new InputProcessor(bytes -> {
            throw bug;
        }, text -> (Article) null, new RecordFields("text", "id"), false, () -> new ByteArrayInputStream(new byte[0]));

        Outcome o = p.process(new Input.File("a.txt", file));

        assertThat(o.failed()).isTrue();
        assertThat(o.error()).isEqualTo("internal error: stage broke");
        assertThat(o.line()).isEqualTo("{\"file\":\"a.txt\",\"error\":\"internal error: stage broke\"}");
        assertThat(o.cause()).isSameAs(bug);
    }
}
