package io.articlex.spark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void autoReadsJsonLinesOnlyWhenEveryInputIsNamedSo() {
        assertThat(Options.parse("a.jsonl", "b.NDJSON", "out").inputFormat()).isEqualTo(Options.InputFormat.JSONL);
        assertThat(Options.parse("a.jsonl", "pages/*.html", "out").inputFormat()).isEqualTo(Options.InputFormat.AUTO);
        assertThat(Options.parse("--input-format", "text", "a.jsonl", "out").inputFormat())
                .isEqualTo(Options.InputFormat.TEXT);
    }

    @Test
    void lastPositionalIsTheOutputAndDefaultsAreTheClis() {
        Options o = Options.parse("in/*.txt", "hdfs://nn/x/*.txt", "out");
        assertThat(o.inputs()).containsExactly("in/*.txt", "hdfs://nn/x/*.txt");
        assertThat(o.output()).isEqualTo("out");
        assertThat(List.of(o.textField(), o.idField())).containsExactly("text", "id");
        assertThat(o.outputFormat()).isEqualTo(Options.OutputFormat.JSONL);
        assertThat(o.partitions()).isZero();
        assertThat(o.overwrite()).isFalse();
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThatThrownBy(() -> Options.parse("only-one")).hasMessageContaining("INPUT and the OUTPUT");
        assertThatThrownBy(() -> Options.parse("--partitions", "0", "a", "b")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Options.parse("--output-format", "csv", "a", "b")).hasMessageContaining("jsonl, parquet");
        assertThatThrownBy(() -> Options.parse("--frobnicate", "a", "b")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> Options.parse("--id-field", "x", "--text-field", "x", "a", "b"))
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> Options.parse("a", "--text-field")).hasMessageContaining("needs a value");
    }
}
