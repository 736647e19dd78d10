package io.articlex.rules;

import io.articlex.boilerplate.BoilerplateStage;
import io.articlex.dateline.HeadStage;
import io.articlex.dateline.SourceStage;
import io.articlex.model.Removed;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesTest {

    private static Rules parse(String json) throws IOException {
        return Rules.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void builtInTableKnowsTheCatalogue() {
        OutletTable t = OutletTable.builtIn();
        for (String code : List.of("IP", "IRNA", "ISNA", "MNA", "FNA", "Tasnim", "Xinhua", "TASS", "PTI", "ANI", "IANS",
                "UNI", "KUNA", "WAM", "SPA", "AA", "Reuters", "AP", "AFP", "UPI", "EFE", "ANSA", "Bernama", "Yonhap",
                "Kyodo", "Sputnik", "CNN", "MNI", "AZERTAC", "Trend", "Turan", "Prensa Latina")) {
            assertThat(t.isKnown(code)).as(code).isTrue();
        }
        assertThat(t.find("IP").orElseThrow().name()).isEqualTo("Iran Press");
        assertThat(t.isKnown("Niger")).isFalse();
        assertThat(t.isKnown("Karnataka")).isFalse();
    }

    @Test
    void userDocumentAddsAnOutletWithItsSignOffAndChrome() throws IOException {
        Rules user = parse("""
                {"outlets": [{"code": "ZNA", "name": "Zeta News Agency", "aliases": [],
                              "signoffs": ["// ZNA END"], "chrome": ["Zeta app: read us anywhere"]}],
                 "rules": [{"reason": "share", "line": ["(?i)clap for this story"]}]}
                """);
        Rules merged = Rules.builtIn().merge(user);
        List<String> paras = List.of("Zeta app: read us anywhere", "Port opens new berth",
                "PIRAEUS (ZNA) -- The port opened a new berth on Monday for cruise ships.",
                "The berth can take ships of up to 300 metres, the port authority said.",
                "Clap for this story", "Officials expect more visitors next year. // ZNA END");
        Draft d = Draft.of(paras, PageMeta.NONE, List.of());
        for (var stage : List.of(new BoilerplateStage(merged), new HeadStage(merged), new SourceStage(merged))) {
            d = stage.apply(d);
        }
        assertThat(d.dateline().agency()).isEqualTo("ZNA");
        assertThat(d.source().name()).isEqualTo("Zeta News Agency");
        assertThat(d.title()).isEqualTo("Port opens new berth");
        assertThat(d.paragraphs()).containsExactly("The port opened a new berth on Monday for cruise ships.",
                "The berth can take ships of up to 300 metres, the port authority said.",
                "Officials expect more visitors next year.");
        assertThat(d.removed()).contains(new Removed("Clap for this story", "share"),
                new Removed("// ZNA END", "sign-off"));
        // the built-ins do not know it
        assertThat(OutletTable.builtIn().isKnown("ZNA")).isFalse();
    }

    @Test
    void laterDocumentReplacesAnOutletOfTheSameCode() throws IOException {
        Rules merged = Rules.builtIn().merge(parse("{\"outlets\": [{\"code\": \"IP\", \"name\": \"IranPress English\"}]}"));
        assertThat(OutletTable.of(merged).find("IP").orElseThrow().name()).isEqualTo("IranPress English");
    }

    @Test
    void badDocumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> parse("[1, 2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> parse("{\"rules\": [{\"reason\": \"x\", \"line\": [\"(unclosed\"]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad pattern");
        assertThatThrownBy(() -> parse("{\"outlets\": [{\"code\": \"X\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an outlet has no \"name\"");
        assertThatThrownBy(() -> parse("{not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
