package io.articlex.rules;

import io.articlex.json.JsonTree;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RegexSafetyTest {

    @Test
    void theShapesThatBacktrackWithoutEndAreRefusedWithTheirReason() {
        assertThat(RegexSafety.problem("(a+)+")).startsWith("nested quantifiers: (a+)+");
        assertThat(RegexSafety.problem("(a*)*\\1b")).startsWith("nested quantifiers: (a*)*");
        assertThat(RegexSafety.problem("(?:(?=a)(a|a)+)+b")).contains("(a|a)+");
        assertThat(RegexSafety.problem("^(?:\\w+\\s?)+$")).startsWith("nested quantifiers");
        assertThat(RegexSafety.problem("x(?:y|\\w)*")).startsWith("alternatives that can match the same text");
        assertThat(RegexSafety.problem("(?:a|b?a)+c")).contains("exponential time");
        assertThat(RegexSafety.problem("(?:(a)\\1)+")).startsWith("a backreference inside the repetition");
        assertThat(RegexSafety.problem("(?:(?<w>a)\\k<w>){2,}")).startsWith("a backreference inside the repetition");
        assertThat(RegexSafety.problem("(?:(?=a)a)+")).startsWith("a lookaround inside the repetition");
        assertThat(RegexSafety.problem("(?:a{1,3}){2,}")).startsWith("nested quantifiers");
    }

    @Test
    void ordinaryRulePatternsPass() {
        for (String ok : List.of("(?i)bookmark and share", "\\(MENAFN-[^()]{1,60}\\)", "\\s?\\(end\\)",
                "(?i)read more", "(?:Mr|Dr)\\.? [A-Z]\\w+", "(?>a+)+", "(?:a++)+", "(?:ab|cd)+", "[(+*]+",
                "\\Q(a+)+\\E", "WAM/(?<loc>\\p{Lu}[\\p{L} ]{1,30}), (?<date>\\d{1,2} \\p{L}{3,9}) -\\s?",
                "(?i:x|y)z", "a{2}(b)?\\1")) {
            assertThat(RegexSafety.problem(ok)).as(ok).isNull();
        }
    }

    @Test
    void everyBuiltInPatternPasses() throws Exception {
        List<String> refused = new ArrayList<>();
        for (String res : List.of("/io/articlex/outlets.json", "/io/articlex/boilerplate.json")) {
            try (InputStream in = Rules.class.getResourceAsStream(res)) {
                Object root = JsonTree.read(in);
                for (String list : List.of("outlets", "rules")) {
                    for (Object o : JsonTree.elements(JsonTree.get(root, list))) {
                        for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                            if (List.of("datelines", "line", "prefix", "suffix", "marker").contains(e.getKey())) {
                                for (Object p : JsonTree.elements(e.getValue())) {
                                    String why = RegexSafety.problem((String) p);
                                    if (why != null) {
                                        refused.add(p + " -> " + why);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(refused).isEmpty();
    }
}
