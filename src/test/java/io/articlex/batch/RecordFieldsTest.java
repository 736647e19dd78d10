package io.articlex.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordFieldsTest {

    private final RecordFields fields = new RecordFields("text", "id");

    @Test
    void readsTextAndIdSkippingOtherMembers() throws Exception {
        RecordFields.Fields f = fields.read("{\"meta\":{\"text\":\"nested\",\"a\":[1,{\"id\":9}]},\"id\":42,\"text\":\"Body\"}");
        assertThat(f.id()).isEqualTo("42");
        assertThat(f.text()).isEqualTo("Body");
    }

    @Test
    void badRecordsSayWhy() {
        assertThatThrownBy(() -> fields.read("[1,2]")).hasMessage("record is not a JSON object");
        assertThatThrownBy(() -> fields.read("{\"id\":\"x\"}")).hasMessage("no member \"text\"");
        assertThatThrownBy(() -> fields.read("{\"id\":\"x\",\"text\":null}")).hasMessage("member \"text\" is null");
        assertThatThrownBy(() -> fields.read("{\"text\":\"a\"} {}")).hasMessage("text after the JSON object");
        assertThatThrownBy(() -> fields.read("{\"text\":\"a\"")).hasMessageStartingWith("not valid JSON");
    }

    @Test
    void idReadBeforeTheProblemIsKept() {
        assertThatThrownBy(() -> fields.read("{\"id\":\"r1\",\"text\":[1]}"))
                .isInstanceOfSatisfying(RecordFields.BadRecord.class, e -> assertThat(e.id()).isEqualTo("r1"));
    }
}
