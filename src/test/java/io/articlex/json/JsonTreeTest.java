package io.articlex.json;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTreeTest {

    @Test
    void readsObjectsArraysAndScalarsInOrder() throws Exception {
        Object root = JsonTree.read("{\"b\":[\"x\",2,2.5,true,null],\"a\":{\"k\":\"v\"}}");
        assertThat(List.copyOf(((Map<?, ?>) root).keySet())).isEqualTo(List.of("b", "a"));
        assertThat(JsonTree.elements(JsonTree.get(root, "b"))).isEqualTo(java.util.Arrays.asList("x", 2L, 2.5, true, null));
        assertThat(JsonTree.text(JsonTree.get(JsonTree.get(root, "a"), "k"))).isEqualTo("v");
        assertThat(JsonTree.text(2L)).isEqualTo("2");
        assertThat(JsonTree.get(root, "missing")).isNull();
        assertThat(JsonTree.elements(null)).isEmpty();
        assertThat(JsonTree.text(List.of())).isNull();
    }

    @Test
    void rejectsBrokenAndTrailingText() {
        assertThatThrownBy(() -> JsonTree.read("{\"a\":")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonTree.read("{} x")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonTree.read("")).isInstanceOf(IOException.class);
    }
}
