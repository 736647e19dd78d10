package io.articlex.rules;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user's rules file is checked before use, and its outlets add to the built-in ones. */
class RulesFileTest {

    private static Rules parse(String json) throws IOException {
        return Rules.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMisspeltKeyIsRefusedWithItsLineAndTheNearestKnownKey() {
        assertThatThrownBy(() -> parse("{\"outlets\": [\n  {\"code\": \"ZNA\", \"name\": \"Zeta\",\n   \"signoff\": [\"// END\"]}]}"))
                .hasMessage("line 3: unknown key \"signoff\" in an outlet (did you mean \"signoffs\"?)");
        assertThatThrownBy(() -> parse("{\"outlet\": []}"))
                .hasMessage("line 1: unknown key \"outlet\" in the document (did you mean \"outlets\"?)");
        assertThatThrownBy(() -> parse("{\"rules\": [{\"reason\": \"x\", \"zzzzzzzz\": \"a\"}]}"))
                .hasMessageStartingWith("line 1: unknown key \"zzzzzzzz\" in a rule (known keys: reason, line, prefix");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> parse("{\"outlets\": [{\"name\": \"Zeta\", \"aliases\": 3}]}"))
                .hasMessage("line 1: \"aliases\" must be a string or a list of strings, not a number");
        assertThatThrownBy(() -> parse("{\"outlets\": {\"name\": \"Zeta\"}}"))
                .hasMessage("line 1: \"outlets\" must be a list of objects, not an object");
        assertThatThrownBy(() -> parse("{\"outlets\": [{\"name\": \"Zeta\", \"replace\": \"yes\"}]}"))
                .hasMessage("line 1: \"replace\" must be true or false, not a string");
        assertThatThrownBy(() -> parse("{\"rules\": [{\"reason\": [\"share\"], \"line\": \"x\"}]}"))
                .hasMessage("line 1: \"reason\" must be a non-empty string, not a list");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> parse("{\"outlets\": [{\"name\": \"A\",\n \"name\": \"B\"}]}"))
                .hasMessageStartingWith("line 2: not valid JSON: Duplicate field 'name'");
    }

    @Test
    void unsafePatternsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> parse("{\"rules\": [{\"reason\": \"share\",\n \"line\": [\"(a+)+\"]}]}"))
                .hasMessageStartingWith("line 2: pattern \"(a+)+\" in \"line\" refused: nested quantifiers");
        assertThatThrownBy(() -> parse("{\"rules\": [{\"reason\": \"share\", \"suffix\": \"(?:(?=a)(a|a)+)+b\"}]}"))
                .hasMessageContaining("refused");
        assertThatThrownBy(() -> parse("{\"outlets\": [{\"name\": \"Z\", \"datelines\": [\"(a*)*\\\\1b\"]}]}"))
                .hasMessageContaining("refused: nested quantifiers");
    }

    @Test
    void aDocumentOverTheSizeCapIsRefusedWithoutReadingItAll() {
        long[] served = new long[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }
        };
        assertThatThrownBy(() -> Rules.parse(endless)).hasMessageContaining("too large");
        assertThat(served[0]).isLessThan(RulesFile.MAX_BYTES + 100_000);
    }

    @Test
    void anOutletOfTheSameCodeAddsToTheBuiltInOne() throws IOException {
        Rules.Outlet before = OutletTable.builtIn().find("KUNA").isPresent()
                ? Rules.builtIn().outlets().stream().filter(o -> "KUNA".equals(o.code())).findFirst().orElseThrow()
                : null;
        assertThat(before).isNotNull();
        Rules merged = Rules.builtIn().merge(parse(
                "{\"outlets\": [{\"code\": \"KUNA\", \"name\": \"Kuwait News Agency\", \"signoffs\": [\"// KUNA desk\"]}]}"));
        Rules.Outlet after = merged.outlets().stream().filter(o -> "KUNA".equals(o.code())).findFirst().orElseThrow();
        assertThat(after.signoffs()).containsAll(before.signoffs()).contains("// KUNA desk");
        assertThat(after.aliases()).containsAll(before.aliases());
        assertThat(merged.outlets()).hasSameSizeAs(Rules.builtIn().outlets());
    }

    @Test
    void replaceTrueReplacesTheBuiltInOutlet() throws IOException {
        Rules merged = Rules.builtIn().merge(parse(
                "{\"outlets\": [{\"code\": \"KUNA\", \"name\": \"Kuwait News Agency\", \"replace\": true,"
                        + " \"signoffs\": [\"// KUNA desk\"]}]}"));
        Rules.Outlet after = merged.outlets().stream().filter(o -> "KUNA".equals(o.code())).findFirst().orElseThrow();
        assertThat(after.signoffs()).containsExactly("// KUNA desk");
        assertThat(after.aliases()).isEmpty();
    }

    @Test
    void theBuiltInRulesWrittenAsAFileReadBackTheSame() throws IOException {
        Rules builtIn = Rules.builtIn();
        Rules again = parse(RulesJson.write(builtIn));
        assertThat(again.outlets()).isEqualTo(builtIn.outlets());
        assertThat(describe(again.patternRules())).isEqualTo(describe(builtIn.patternRules()));
        assertThat(again.datelines().stream().map(d -> d.agency() + " " + d.pattern()).toList())
                .isEqualTo(builtIn.datelines().stream().map(d -> d.agency() + " " + d.pattern()).toList());
    }

    private static List<String> describe(List<Rules.Rule> rules) {
        return rules.stream().map(r -> r.reason() + " " + r.kind() + " " + r.pattern().pattern() + " " + r.pattern().flags()).toList();
    }
}
