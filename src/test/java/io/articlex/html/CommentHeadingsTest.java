package io.articlex.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommentHeadingsTest {

    private final CommentHeadings h = CommentHeadings.builtIn();

    @Test
    void threadHeadingsInSeveralShapesAndLanguages() {
        assertThat(h.isHeading("12 responses")).isTrue();
        assertThat(h.isHeading("2 thoughts on \u201cTown council approves new bike lanes\u201d")).isTrue();
        assertThat(h.isHeading("One Response to \"Harbour works\"")).isTrue();
        assertThat(h.isHeading("4 comments:")).isTrue();
        assertThat(h.isHeading("Comments")).isTrue();
        assertThat(h.isHeading("Comments (3)")).isTrue();
        assertThat(h.isHeading("Kommentare 12")).isTrue();
        assertThat(h.isHeading("3 Kommentare zu \u201eNeue \u00d6ffnungszeiten\u201c")).isTrue();
        assertThat(h.isHeading("Leave a Reply")).isTrue();
        assertThat(h.isHeading("Leave a Reply Cancel reply")).isTrue();
        assertThat(h.isHeading("Schreibe einen Kommentar")).isTrue();
        assertThat(h.isHeading("Laisser un commentaire")).isTrue();
    }

    @Test
    void sectionHeadingsOfTheArticleItselfAreNone() {
        // Without a count these words head the article's own sections.
        assertThat(h.isHeading("Reactions")).isFalse();
        assertThat(h.isHeading("Responses")).isFalse();
        assertThat(h.isHeading("Thoughts on the new design")).isFalse();
        assertThat(h.isHeading("Comment")).isFalse();
        assertThat(h.isHeading("Kommentar")).isFalse();
        assertThat(h.isHeading("Comments from residents")).isFalse();
        assertThat(h.isHeading("3 reasons to leave a reply")).isFalse();
        assertThat(h.isHeading("Comments are closed, the council said, after the vote on Monday.")).isFalse();
    }

    private static final String A = "The council voted on Monday to extend the night bus service to the eastern districts, after a year of complaints.";
    private static final String B = "Officials said the new routes would run every twenty minutes between midnight and five in the morning.";
    private static final String C = "Finally some sense from the council, my son works nights and has walked home for two years now.";

    private static Block block(String text, Block.Kind kind, int linkChars) {
        return new Block(new org.jsoup.nodes.Element("p"), text, linkChars, linkChars, kind, false);
    }

    @Test
    void theBodyEndsAtTheThreadsHeadingButNotAtOneBeforeTheBody() {
        Block a = block(A, Block.Kind.PARAGRAPH, 0);
        Block b = block(B, Block.Kind.PARAGRAPH, 0);
        Block heading = block("2 responses", Block.Kind.HEADING, 0);
        Block c = block(C, Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, b, heading, c))).containsExactly(a, b);
        // Under a title, before the body: a meta line's count, no end of the body.
        assertThat(h.cut(List.of(heading, a, b))).containsExactly(heading, a, b);
        // A linked count points to the thread.
        Block linked = block("2 responses", Block.Kind.PARAGRAPH, 10);
        assertThat(h.cut(List.of(a, b, linked, c))).containsExactly(a, b, linked, c);
    }

    @Test
    void aThreadWithoutHeadingEndsTheBodyAtItsFirstSignedReply() {
        Block a = block(A, Block.Kind.PARAGRAPH, 0);
        Block b = block(B, Block.Kind.PARAGRAPH, 0);
        Block c = block(C, Block.Kind.PARAGRAPH, 0);
        Block date = block("May 4, 2021 at 7:12 am", Block.Kind.OTHER, 0);
        Block peter = block("Peter says:", Block.Kind.OTHER, 0);
        assertThat(h.cut(List.of(a, b, peter, date, c))).containsExactly(a, b);
        // the date on the signature's own line; other languages
        Block anna = block("Anna Maria sagt: 4. Mai 2021 um 07:12", Block.Kind.OTHER, 0);
        assertThat(h.cut(List.of(a, b, anna, c))).containsExactly(a, b);
        Block paul = block("Paul dit :", Block.Kind.OTHER, 0);
        assertThat(h.cut(List.of(a, b, paul, block("4 mai 2021 à 07h12", Block.Kind.OTHER, 0), c))).containsExactly(a, b);
        // an article's lead-in to a quotation is followed by the quotation, not by a date
        Block marsh = block("Minister Helen Marsh said:", Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, b, marsh, c))).containsExactly(a, b, marsh, c);
        // a sentence that merely holds a colon, and a long lead-in, are no signatures
        Block note = block("The mayor said: 2021 was a hard year for the town.", Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, b, note, date))).containsExactly(a, b, note, date);
        Block lead = block("The head of the regional transport authority said:", Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, b, lead, date))).containsExactly(a, b, lead, date);
        // before the body: a meta line, no end of it
        assertThat(h.cut(List.of(peter, date, a, b))).containsExactly(peter, date, a, b);
    }

    @Test
    void aSignatureWithItsDateBetweenNameAndVerbEndsTheBody() {
        Block a = block(A, Block.Kind.PARAGRAPH, 0);
        Block b = block(B, Block.Kind.PARAGRAPH, 0);
        Block c = block(C, Block.Kind.PARAGRAPH, 0);
        Block mark = block("Mark on 6 December 2026 said:", Block.Kind.OTHER, 0);
        assertThat(h.cut(List.of(a, b, mark, c))).containsExactly(a, b);
        Block jo = block("Jo Ann Reid on December 6, 2026 at 9:14 am said:", Block.Kind.OTHER, 0);
        assertThat(h.cut(List.of(a, b, jo, c))).containsExactly(a, b);
        // a news lead-in dated by a weekday or a day and month, without a year or a clock time
        Block police = block("Police on Friday said:", Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, b, police, c))).containsExactly(a, b, police, c);
        Block release = block("Prime Minister Jane Doe on 5 December 2026 said:", Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, b, release, c))).containsExactly(a, b, release, c);
        Block minister = block("The minister on 6 December said:", Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, b, minister, c))).containsExactly(a, b, minister, c);
        // the date must be a stamp: "on" opening other words is no signature
        Block report = block("The 2026 report on flooding said:", Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, b, report, c))).containsExactly(a, b, report, c);
    }

    @Test
    void aBlurbsHeadingEndsTheBodyAfterAnyBodyText() {
        Block a = block(A, Block.Kind.PARAGRAPH, 0);
        Block about = block("About us", Block.Kind.HEADING, 0);
        Block blurb = block("Riverside News is a volunteer-run website covering the villages of the valley since 2011, when the paper closed.",
                Block.Kind.PARAGRAPH, 0);
        // a short notice beside the site's blurb: one paragraph of body is enough
        assertThat(h.cut(List.of(a, about, blurb))).containsExactly(a);
        assertThat(h.cut(List.of(a, block("\u00dcber die Autorin:", Block.Kind.HEADING, 0), blurb))).containsExactly(a);
        // an author box between two of the story's sections: the box goes, the next section stays
        Block next = block("What will it cost to run?", Block.Kind.HEADING, 0);
        Block c = block(C, Block.Kind.PARAGRAPH, 0);
        assertThat(h.cut(List.of(a, block("About the author", Block.Kind.HEADING, 0), blurb, next, c))).containsExactly(a, next, c);
        // the page that is itself the blurb: its heading before any body
        assertThat(h.cut(List.of(about, blurb, a))).containsExactly(about, blurb, a);
        // a paragraph that says it, a linked heading, a heading that goes on, a company's own section
        assertThat(h.cut(List.of(a, block("About us", Block.Kind.PARAGRAPH, 0), blurb))).hasSize(3);
        assertThat(h.cut(List.of(a, block("About us", Block.Kind.HEADING, 8), blurb))).hasSize(3);
        assertThat(h.cut(List.of(a, block("About us and them", Block.Kind.HEADING, 0), blurb))).hasSize(3);
        assertThat(h.cut(List.of(a, block("About Northwind Robotics", Block.Kind.HEADING, 0), blurb))).hasSize(3);
    }
}
