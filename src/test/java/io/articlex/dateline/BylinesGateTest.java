package io.articlex.dateline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The byline checks' character gates never refuse a line their regexes accept. */
class BylinesGateTest {

    /** Every character a by-word can open with is in BY_WORD_FIRST: any other first character, no by-word. */
    @Test
    void aByWordOpensOnlyWithTheListedCharacters() {
        List<String> rests = List.of("y", "Y", "on", "ON", "ar", "AR", "or", "OR", "oor", "OOR", "rzez", "d", "i", "I",
                "utor:", "utorin:", "uteur:", "azar:", "втор:", "екст:", "قلم:", "قلم", "تب:", "تبت:",
                "aber:", "uhabir:", "ext:", "exte:", "exto:", "esto:", "ekst:");
        int byWords = 0;
        for (char c = 1; c < 0xFFFF; c++) {
            for (String rest : rests) {
                String line = c + rest + " Anna Fiedler";
                if (Bylines.byLine(line) || !Bylines.withoutByWord(line).equals(line.strip())) {
                    byWords++;
                    assertThat(Bylines.mayOpenWithByWord(line)).as(line).isTrue();
                }
            }
        }
        assertThat(byWords).isGreaterThanOrEqualTo(20);
        assertThat(Bylines.byLine("By Anna Fiedler")).isTrue();
        assertThat(Bylines.byLine("Haber: Mehmet Demir")).isTrue();
        assertThat(Bylines.byLine("Tekst: Anna Kowalska")).isTrue();
        assertThat(Bylines.byLine("Haber merkezi yeni binaya taşındı")).isFalse();
        assertThat(Bylines.withoutByWord("Von Anna Fiedler | 3. März 2024")).isEqualTo("Anna Fiedler");
        assertThat(Bylines.withoutByWord("Anna Fiedler • dpa")).isEqualTo("Anna Fiedler");
        assertThat(Bylines.withoutByWord("BAHIA COCOA REVIEW")).isEqualTo("BAHIA COCOA REVIEW");
    }

    /**
     * An Arabic by-word and a name in Arabic script, which has no capitals: a byline, whose text without the
     * by-word is the name; the by-word's letters opening a sentence, or a name too long, are not.
     */
    @Test
    void arabicBylines() {
        assertThat(Bylines.byLine("\u0643\u062A\u0628: \u0623\u062D\u0645\u062F \u0645\u062D\u0645\u0648\u062F")).isTrue();
        assertThat(Bylines.withoutByWord("\u0643\u062A\u0628: \u0623\u062D\u0645\u062F \u0645\u062D\u0645\u0648\u062F"))
                .isEqualTo("\u0623\u062D\u0645\u062F \u0645\u062D\u0645\u0648\u062F");
        assertThat(Bylines.byLine("\u0628\u0642\u0644\u0645 \u0633\u0627\u0631\u0629 \u0639\u0644\u064A")).isTrue();
        // "wrote the minister in his letter that ...": the verb without a colon opens a sentence
        assertThat(Bylines.byLine("\u0643\u062A\u0628 \u0627\u0644\u0648\u0632\u064A\u0631 \u0641\u064A \u0631\u0633\u0627\u0644\u062A\u0647")).isFalse();
        assertThat(Bylines.byLine("\u0628\u0642\u0644\u0645 " + "\u0643\u0644\u0645\u0629 ".repeat(6).strip())).isFalse();
        // Egyptian sites' "wrote" and a name without the colon: a name line (under a headline only), not a by-line
        var outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(Bylines.nameLine("كتب محمد أحمد", outlets)).isTrue();
        assertThat(Bylines.withoutByWord("كتب محمد أحمد")).isEqualTo("محمد أحمد");
        assertThat(Bylines.byLine("كتب محمد أحمد")).isFalse();
        assertThat(Bylines.nameLine("كتب الوزير في رسالته", outlets)).isFalse();
        assertThat(Bylines.withoutByWord("كتب الوزير في رسالته")).isEqualTo("كتب الوزير في رسالته");
        // a paper's place and its reporter; a known outlet and its reporter; a headline quoting someone is neither
        assertThat(Bylines.nameLine("بيروت: نذير رضا", outlets)).isTrue();
        assertThat(Bylines.withoutByWord("بيروت: نذير رضا")).isEqualTo("نذير رضا");
        assertThat(Bylines.nameLine("هسبريس - محمد الراجي", outlets)).isTrue();
        assertThat(Bylines.nameLine("عون: لن نسمح بالفوضى", outlets)).isFalse();
        assertThat(Bylines.nameLine("المعارضة - محمد الراجي", outlets)).isFalse();
    }

    /** A site's credit of the wire it drew on under the headline is no title; a headline that says "with" is one. */
    @Test
    void aCreditWithTheWireIsACreditLine() {
        var outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(Bylines.withCredit("DAILY SABAH WITH AA", outlets)).isTrue();
        assertThat(Bylines.withCredit("Staff Writer with agencies", outlets)).isTrue();
        assertThat(Bylines.withCredit("Iran holds talks with Oman on shipping links", outlets)).isFalse();
        assertThat(Bylines.withCredit("Seoul to share intelligence with Tokyo", outlets)).isFalse();
        // the wire and its place between bars
        assertThat(Bylines.siteCredit("Press Trust of India  |  New Delhi", outlets)).isTrue();
        assertThat(Bylines.siteCredit("Live | Talks resume in Vienna", outlets)).isFalse();
        assertThat(Bylines.siteCredit("Reuters | Talks between the two sides resume in Vienna", outlets)).isFalse();
    }

    /** A credit line needs a comma, a dash or a slash after the name; a title without one is no credit line. */
    @Test
    void aCreditLineHoldsItsSeparator() {
        var outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(Bylines.creditLine("Anna Fiedler, dpa", outlets)).isTrue();
        assertThat(Bylines.creditLine("Luana Ferraz - Repórter da Agência Brasil", outlets)).isTrue();
        assertThat(Bylines.mayHoldCredit("Anna Fiedler dpa")).isFalse();
        assertThat(Bylines.creditLine("Anna Fiedler dpa", outlets)).isFalse();
        for (String s : List.of("A B, dpa", "A B - dpa", "A B – dpa", "A B — dpa", "A B/dpa")) {
            assertThat(Bylines.mayHoldCredit(s)).as(s).isTrue();
        }
    }
}
