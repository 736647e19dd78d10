package io.articlex.html;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The picker's rules, each on a small invented page of the shape that forced it. */
class ContentPickerTest {

    static final String A = "The harbour board agreed on Tuesday to dredge the northern channel before the autumn storms, ending a dispute that had lasted two years.";
    static final String B = "Fishing crews had complained that the silted channel forced them to wait for high tide, costing them a day's catch every week.";
    static final String C = "The work will be paid for by a levy on cargo ships rather than by the town, the board's chair told reporters after the vote.";
    static final String D = "Engineers expect the dredging to take six weeks, with the channel kept open to small boats during daylight hours throughout.";

    static HtmlPage read(String body) {
        return HtmlReader.read("<!doctype html><html lang='en'><head><title>Harbour</title></head><body>" + body + "</body></html>", List.of());
    }

    static String p(String... texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append("<p>").append(t).append("</p>");
        }
        return sb.toString();
    }

    static final String MENU = "<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul>";

    static final String E = "Saturday: farmers' market in the station car park from nine until one, with live music and a children's trail.";
    static final String F = "Sunday: open gardens in the streets behind the church from two until five, tickets from the library or at the gate.";

    @Test
    void aRailBesideTheArticleWithNoClassNameEndsAtItsHeadingOverLinks() {
        String rail = "<div><h3>Most popular</h3><p><a href='/1'>Man charged after break-in at the pharmacy</a></p>"
                + "<p><a href='/2'>Petition to save the library passes 5,000 names</a></p>"
                + "<p><a href='/3'>Allotment waiting list reaches a record</a></p><h3>Events this week</h3>" + p(E, F) + "</div>";
        HtmlPage page = read("<div><div><h1>Channel to be dredged</h1>" + p(A, B, C) + "</div>" + rail + "</div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C);
        // the article's own second box opens with its text or a heading over text: it stays
        HtmlPage sections = read("<div><div><h1>Channel to be dredged</h1>" + p(A, B) + "</div><div><h3>The cost</h3>"
                + p(C, D) + "</div></div>");
        assertThat(sections.paragraphs()).containsExactly(A, B, "The cost", C, D);
        // a titled box with less than half of the text is no article beside a rail: the container stays
        HtmlPage lead = read("<div><div><h1>Channel to be dredged</h1>" + p(A) + "</div>" + "<div>" + p(B, C, D) + "</div>" + rail + "</div>");
        assertThat(lead.paragraphs()).startsWith(A, B, C, D);
    }

    @Test
    void aCalloutsIconAloneIsNoParagraphButARuleOfPunctuationStays() {
        HtmlPage page = read("<article>" + p(A, B) + "<div class='callout'><div class='icon'>\uD83D\uDCA1</div><div class='text'>"
                + C + "</div></div><p>\u2605\u2605\u2605\u2606</p>" + p("___", D) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, "___", D);
        assertThat(ContentPicker.symbolsOnly("\uD83D\uDC49\uFE0F")).isTrue();
        assertThat(ContentPicker.symbolsOnly("* * *")).isFalse();
        assertThat(ContentPicker.symbolsOnly("\u2014")).isFalse();
        assertThat(ContentPicker.symbolsOnly("\uD83D\uDCA1 Tip")).isFalse();
    }

    @Test
    void aGallerysSlideCounterIsNoParagraphButACountInASentenceOrAQuantityStays() {
        String slide = "<div class='item'><img src='1.jpg'><div class='cap'><p>%s</p></div><span class='counter'>%s</span></div>";
        HtmlPage page = read("<div class='gallery-page'><h1>Lanterns</h1>" + p(A) + slide.formatted(B, "1/3") + slide.formatted(C, "2/3")
                + slide.formatted(D, "3/3") + p("Turnout was 2 of 3 voters.") + "</div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, "Turnout was 2 of 3 voters.");
        HtmlPage worded = read("<div class='gallery-page'><h1>Lanterns</h1>" + p(A) + slide.formatted(B, "Photo 1 of 2")
                + slide.formatted(C, "Bild 2 von 2") + "</div>");
        assertThat(worded.paragraphs()).containsExactly(A, B, C);
        // A recipe's quantities set apart from their ingredients make no run of one slideshow.
        String qty = "<li><div class='quantity'><span>%s</span></div><div class='name'>%s</div></li>";
        HtmlPage recipe = read("<article><h1>Cake</h1>" + p(A, B) + "<ul>" + qty.formatted("1/4", "cup butter, softened")
                + qty.formatted("3/4", "cup packed brown sugar") + qty.formatted("1/4", "teaspoon salt") + "</ul>" + p(C) + "</article>");
        assertThat(recipe.paragraphs()).contains("1/4", "3/4");
        assertThat(ContentPicker.slideCounter("Chapter 2 of 8", Map.of())).isFalse();
        assertThat(ContentPicker.slideCounter("2024", Map.of())).isFalse();
    }

    @Test
    void aHeadingLeftLastInThePickHeadsABoxLeftOutAndGoes() {
        HtmlPage page = read("<article>" + p(A, B) + "<h2>What the harbour board decided to pay for.</h2>" + p(C, D)
                + "<h3>Tell us what you think about the harbour...</h3><div class='fb-comments'></div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, "What the harbour board decided to pay for.", C, D);
    }

    @Test
    void aForumThreadKeepsEveryPostButNotTheMembersCards() {
        String card = "<div class='message-user'><h4>harbourwatch</h4><dl><dt>Joined</dt><dd>12 June 2017</dd></dl><dl><dt>Posts</dt><dd>1,158</dd></dl></div>";
        String card2 = "<dl class='postprofile'><dt>skipper_jo</dt><dd>Posts: 2304</dd><dd>Joined: Mar 2019</dd></dl>";
        HtmlPage page = read("<div class='thread'><article class='message'>" + card + "<div class='message-body'>" + p(A) + "</div></article>"
                + "<article class='message'>" + card2 + "<div class='message-body'><p class='author'>by skipper_jo \u00bb Sat Feb 04, 2023 9:40 am</p>" + p(B) + "</div></article>"
                + "<article class='message'>" + card + "<div class='message-body'>" + p(C) + "</div></article></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C);
    }

    @Test
    void aRoundupsLinkedSentencesAreBodyToItsLastLine() {
        String post = "<article class='post'><h1>The week in climate</h1><div class='post-content'>"
                + "<p>It was a busy week. Here is what caught our eye.</p>"
                + "<p><a href='/1'>Heat pump sales in Poland doubled</a> in the first nine months of the year.</p>"
                + "<p>Scientists <a href='/2'>found a new species of coral</a> off Mozambique, <a href='/3'>in waters warmer than any coral was thought to survive</a>.</p>"
                + "<p><a href='/4'>Chile opened the world's largest solar-thermal plant</a>, <a href='/5'>which can generate power through the night</a>.</p>"
                + "<p>See you next Friday.</p></div></article>";
        assertThat(read(post + "<aside><h3>Popular</h3><ul><li><a href='/a'>How heat pumps work</a></li><li><a href='/b'>Wind farm myths</a></li></ul></aside>")
                .paragraphs()).containsExactly("It was a busy week. Here is what caught our eye.",
                "Heat pump sales in Poland doubled in the first nine months of the year.",
                "Scientists found a new species of coral off Mozambique, in waters warmer than any coral was thought to survive.",
                "Chile opened the world's largest solar-thermal plant, which can generate power through the night.",
                "See you next Friday.");
    }

    @Test
    void aThreadsShortRepliesBesideHeavyMemberCardsStayWithItsFirstPost() {
        String card = "<div class='message-cell message-cell--user'><section class='message-user'><h4>%s</h4><h5>Well-known member</h5>"
                + "<dl><dt>Joined</dt><dd>Mar 4, 2019</dd></dl><dl><dt>Messages</dt><dd>1,204</dd></dl><dl><dt>Location</dt><dd>North Yorkshire</dd></dl></section></div>";
        String post = "<article class='message message--post'><div class='message-inner'>%s<div class='message-cell message-cell--main'>"
                + "<div class='message-content'><div class='bbWrapper'>%s</div></div></div></div></article>";
        String thread = "<div class='block-body'>" + post.formatted(card.formatted("fernhill"), A + "<br><br>" + B + "<br><br>" + C)
                + post.formatted(card.formatted("Allotment Annie"), "Bubble wrap is worth it, and the clips hold better than tape.")
                + post.formatted(card.formatted("Tom_P"), "Agree with Annie: I did both and lost nothing.") + "</div>";
        assertThat(read(thread).paragraphs()).containsExactly(A, B, C,
                "Bubble wrap is worth it, and the clips hold better than tape.", "Agree with Annie: I did both and lost nothing.");
        // one card (a single reader's comment under an article) still weighs against it
        String article = "<div id='content'><div class='content'>" + p(A, B, C, D) + "</div><div class='comment'>"
                + card.formatted("harbourwatch") + "<p>Good news at last.</p></div></div>";
        assertThat(read(article).paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void aThreadOfShortPostsLosesItsAuthorLinesInTheRelaxedPassToo() {
        StringBuilder thread = new StringBuilder("<div id='page-body'><h2 class='topic-title'>Harbour</h2>");
        String[] who = {"skipper_jo", "harbourwatch", "netmender", "skipper_jo"};
        String[] text = {A, B, C, D};
        for (int i = 0; i < 4; i++) {
            thread.append("<div class='post'><dl class='postprofile'><dt>").append(who[i]).append("</dt><dd>Posts: 12</dd></dl><div class='postbody'>")
                    .append("<p class='author'>by ").append(who[i]).append(" \u00bb Sat Feb 04, 2023 9:").append(10 + i).append(" am</p>")
                    .append("<div class='content'>").append(text[i]).append("</div></div></div>");
        }
        HtmlPage page = read(thread.append("</div>").toString());
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void aThreadWhoseRepliesAreHeadedByLinksKeepsEveryPost() throws java.io.IOException {
        // phpBB: each post's "Re: <thread title>" heading and its member's name are links; weighed as
        // link lists against the thread, they left it to its first post alone. The page is the golden sample's,
        // read here by the picker alone (the boilerplate stage removes its "Who is online" box later)
        String thread = java.nio.file.Files.readString(java.nio.file.Path.of("samples/html-phpbb-linked-replies.html"));
        assertThat(HtmlReader.read(thread, List.of()).paragraphs()).containsExactly(
                "My 240 is on worn all-seasons and we had the first snow last night. I drive about 40 km a day, mostly on rural roads that are gritted late if at all.",
                "Budget is around 400 for four. Is it worth paying more for a studded tyre or is a good friction tyre enough these days? The car is 15-inch steel wheels.",
                "A good Nordic friction tyre is plenty for that use. Studs help on sheet ice but are noisy and you lose grip on dry tarmac.",
                "Check the load index though: the estate is heavy at the back when loaded, and some cheaper tyres in that size are only rated 88.",
                "Thanks, went for the friction ones in the end. Fitted this morning and the difference on the hill out of the village is huge.",
                "Who is online", "Users browsing this forum: No registered users and 3 guests");
    }

    @Test
    void aSectionWhoseIdNamesAUserIsNoMembersCard() {
        HtmlPage page = read("<article>" + p(A, B) + "<div id='user-settings'><h4>USER SETTINGS</h4>" + p(C, D) + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, "USER SETTINGS", C, D);
    }

    @Test
    void aNewslettersArchivedPostIsTheArticle() {
        HtmlPage page = read("<article class='typography newsletter-post post'><h1>Harbour</h1><div class='available-content'><div class='body markup'>"
                + p(A, B) + "<div class='subscription-widget'><p>The Harbour Letter is a reader-supported publication.</p></div>" + p(C, D)
                + "</div></div></article><div class='footer-wrap'><p>Our publishing platform is the home for great writing</p></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void aShortClosingSentenceInChineseOrJapaneseStaysButAShortLatinLabelGoes() {
        String z1 = "港务局周二宣布，将在秋季风暴来临之前疏浚北部航道，结束了持续两年的争议。";
        String z2 = "渔民们曾抱怨，航道淤积迫使他们等待涨潮，每周损失一天的渔获。";
        String z3 = "工程费用将由货船缴纳的费用支付，而不是由镇政府承担。";
        String z4 = "工程预计将于明年五月全部完成并对外开放。";
        HtmlPage page = read("<article><div class='body'>" + p(z1, z2, z3, z4) + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(z1, z2, z3, z4);
        String j4 = "これでようやく元の操作性を取り戻せました。";
        page = read("<article><div class='body'>" + p(z1, z2, z3, j4) + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(z1, z2, z3, j4);
        page = read("<article><div class='body'>" + p(A, B, C, D, "Updated 5 May 2024") + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void aShortLastSentenceOfTheBodyStaysButACallToTheReaderOrAnotherBoxsLineGoes() {
        HtmlPage page = read("<article><div class='body'>" + p(A, B, C, D, "No one was hurt.") + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, "No one was hurt.");
        page = read("<article><div class='body'>" + p(A, B, C, D, "Lesson learned.") + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, "Lesson learned.");
        page = read("<article><div class='body'>" + p(A, B, C, D, "Sharing is caring!") + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        page = read("<article><div class='body'>" + p(A, B, C, D) + "</div><div class='legal'><p>All rights reserved.</p></div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        page = read("<article><div class='body'>" + p(A, B, C, D, "Photo: harbour board") + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        // a list of the same box between the body and its last line
        page = read("<article><div class='body'>" + p(A, B, C, D) + "<ul><li>Sunday: noon to 5 p.m.</li><li>Weekdays: 9 a.m. to 8 p.m.</li></ul>"
                + p("The vote was 5-2.") + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, "Sunday: noon to 5 p.m.", "Weekdays: 9 a.m. to 8 p.m.", "The vote was 5-2.");
        page = read("<article><div class='body'>" + p(A, B, C, D) + "<ul><li>Sunday: noon to 5 p.m.</li><li>Weekdays: 9 a.m. to 8 p.m.</li></ul>"
                + p("Sharing is caring!") + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, "Sunday: noon to 5 p.m.", "Weekdays: 9 a.m. to 8 p.m.");
    }

    @Test
    void aWrapperNamedForTheCommentsItAlsoHoldsKeepsTheArticle() {
        String reply = "I fished that channel for thirty years and we asked for this every winter, so it is about time somebody listened to the crews.";
        HtmlPage page = read("<div class='article-with-comments'><h1>Harbour to be dredged</h1>" + p(A, B, C, D)
                + "<div class='comments'><p>" + reply + "</p></div></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        page = read("<div class='layout cookie-consent-offset'><h1>Harbour to be dredged</h1>" + p(A, B, C, D) + "</div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        // a thread longer than the article, after its title, stays out
        page = read("<h1>Harbour to be dredged</h1><div class='story'>" + p(A, B) + "</div><div class='comments'>" + p(reply, C, D) + "</div>");
        assertThat(page.paragraphs()).containsExactly(A, B);
    }

    @Test
    void aCookieDialogInABoxWithNoTellingNameIsNeverTheBody() {
        String n1 = "This website uses cookies to improve your experience while you navigate through the website. We also use"
                + " third-party cookies that help us analyze how you use it; you can change your preferences at any time.";
        String n2 = "Necessary cookies are absolutely essential for the website to function properly and cannot be switched off"
                + " in our systems; you may opt out of the others in the settings below before you accept them.";
        String n3 = "Analytics cookies collect information about how visitors use the site, which pages they see most often, and"
                + " whether they get error messages; we ask for your consent before we set any of these cookies.";
        String dialog = "<div><div><h4>Privacy Overview</h4>" + p(n1, n2, n3) + "<button>Accept</button></div></div>";
        StringBuilder menu = new StringBuilder("<div><ul>");
        for (int i = 0; i < 30; i++) {
            menu.append("<li><a href='/s").append(i).append("'>Another story from the harbour desk, number ").append(i).append("</a></li>");
        }
        menu.append("</ul></div>");
        HtmlPage page = read("<h1>Channel to be dredged</h1><div><div>" + p(A, B) + "</div></div>" + menu + dialog);
        assertThat(page.paragraphs()).containsExactly(A, B);
        // a story about cookie rules whose paragraphs name cookies and consent is still the body
        String law = "The regulator said on Monday that sites must ask for consent before they set cookies, and that refusing"
                + " them must be as easy as accepting them, in rules that take effect next spring.";
        page = read("<div><div><h1>New cookie rules</h1>" + p(law, A, B) + "</div></div><div><p>Short line.</p></div>");
        assertThat(page.paragraphs()).containsExactly(law, A, B);
    }

    @Test
    void anArticleColumnNamedWithAFurnitureWordBeatsAnUnnamedFooterLine() {
        for (String column : new String[] {"<div class='col-md-8 rail'>", "<div class='sidebar-layout'>", "<div class='promo'>"}) {
            HtmlPage page = read("<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></div><div class='page'>" + column
                    + p(A, B, C, D) + "</div><div class='x'><a href='/other'>Other story one here today</a></div></div>"
                    + "<div class='foot'><p>\u00a9 Harbour Times 2024. All rights reserved.</p><a href='/privacy'>Privacy</a></div>");
            assertThat(page.paragraphs()).as(column).containsExactly(A, B, C, D);
        }
    }

    @Test
    void wideLettersCountTwiceOnlyInShortTexts() {
        // nineteen ideographs and a full stop, which counts once
        assertThat(ContentPicker.wide("工程预计将于明年五月全部完成并对外开放。", 0, 20)).isEqualTo(39);
        assertThat(ContentPicker.wide("Updated 5 May 2024", 0, 18)).isEqualTo(18);
        assertThat(ContentPicker.wide("开放。", 0, 3)).isEqualTo(3);
    }

    @Test
    void aScriptWidgetsMessageForReadersWithoutScriptsIsNoBody() {
        HtmlPage page = read("<article>" + p(A, B) + "<p class='slider-noscript robots-nocontent'>This gallery needs JavaScript to show its pictures.</p>"
                + p(C, D) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void anUnrenderedShortcodeIsNoBody() {
        HtmlPage page = read("<article>" + p(A, B, "[button link=\u201dhttps://example.org/send/\u201d size=\u201dbig\u201d] Send us your own harbour photos[/button]",
                C, "[gallery ids=\"12,13,14\" columns=\"3\"]", D, "[1] The board's minutes, published on its website.") + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, "[1] The board's minutes, published on its website.");
    }

    @Test
    void aShortLinkedPointerLastInTheBodyIsTrimmedButNotAQuoteOrAWebAddress() {
        HtmlPage page = read("<article>" + p(A, B, C, D) + "<p>... continued in <a href='/part-2'>the second part</a></p></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        page = read("<article>" + p(A, B, C, D) + "<p>More on the dredger's site: <a href='https://example.org'>example.org</a></p></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, "More on the dredger's site: example.org");
        page = read("<article>" + p(A, B, C, D) + "<p>\u201eWe will <a href='/vote'>see</a> about that\u2026\u201c</p></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D, "\u201eWe will see about that\u2026\u201c");
    }

    @Test
    void theArticleElementHoldingMostOfTheTextIsTakenWithoutTheBioBesideIt() {
        String bio = "<section class='post-author'><div class='post-author-bio'><p>Jane Doe covered the port for ten years, before she moved to the city desk, and sails at weekends.</p></div></section>";
        HtmlPage page = read(MENU + "<div class='single'><article>" + p(A, B, C, D) + "</article>" + bio + "</div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        // Two articles of like length side by side: neither holds most of the text, the wrapper stays.
        page = read(MENU + "<div class='single'><article>" + p(A, B) + "</article><article>" + p(C, D) + "</article></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void aCalendarsRowsOfShortCellsDoNotDrawTheContainerOverThem() {
        String week = "<tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th><th>Sun</th></tr>"
                + "<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr>";
        HtmlPage page = read("<div><div>" + p(A, B) + "</div><div><table>" + week.repeat(12) + "</table></div></div>");
        assertThat(page.paragraphs()).containsExactly(A, B);
    }

    @Test
    void aTableRowWithTextCellsIsOneParagraphOfTheBody() {
        String row = "<tr><td>Northern channel</td><td>Dredged to four metres by the end of September</td></tr>";
        HtmlPage page = read("<article>" + p(A, B) + "<table>" + row + "</table>" + p(C) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B, "Northern channel | Dredged to four metres by the end of September", C);
    }

    @Test
    void aPageBuilderNamingEveryBoxWidgetStillYieldsItsArticle() {
        HtmlPage page = read(MENU + "<div class='builder-section'><div class='builder-widget-container'>" + p(A, B, C, D)
                + "</div></div><div class='builder-widget-container'><p><a href='/a'>Older posts about the harbour and its board</a></p></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void whenClassNamesCondemnTheArticleARelaxedPassFindsItAndSaysSo() {
        HtmlPage page = read(MENU + "<div class='promo'>" + p(A, B, C, D) + "</div>"
                + "<footer><p>Copyright the Harbour Gazette, all rights reserved.</p></footer>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        assertThat(page.warnings()).containsExactly("article body found only by a relaxed pass (class hints off)");
    }

    @Test
    void aTeaserListingInsideTheContainerARelaxedPassFindsStaysOut() {
        String teaser = "<div class='teaser-item'><h3>Ferry timetable changes</h3><p>The morning ferry will leave half an hour earlier from May, the operator said.</p></div>";
        HtmlPage page = read(MENU + "<div class='promo'>" + p(A, B) + "<div class='teasers'><h2>Read on</h2>" + teaser.repeat(3) + "</div>"
                + p(C, D) + "</div><footer><p>Copyright the Harbour Gazette, all rights reserved.</p></footer>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        assertThat(page.warnings()).containsExactly("article body found only by a relaxed pass (class hints off)");
    }

    @Test
    void aLongCommentThreadDoesNotMakeTheArticleLookTooShort() {
        String comment = "I have lived by this harbour for forty years and I can tell you that the board has promised this dredging before, more than once, and nothing happened.";
        HtmlPage page = read("<article>" + p(A, B) + "</article><section id='comments'>"
                + ("<div class='comment-body'><p>" + comment + "</p></div>").repeat(8) + "</section>");
        assertThat(page.paragraphs()).containsExactly(A, B);
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void aCommentThreadNamedInAnotherLanguageIsLeftOutButNotAPostFiledUnderThatWord() {
        String comment = "Das wurde auch Zeit, die Fischer warten seit Jahren auf eine tiefere Fahrrinne im Hafen.";
        HtmlPage page = read("<div class='post category-kommentare'><div class='entry'>" + p(A, B, C) + "</div><section class='kommentare'>"
                + "<h3>2 Kommentare</h3>" + ("<div class='eintrag'><p>" + comment + "</p></div>").repeat(2) + "</section></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C);
    }

    @Test
    void aFactBoxOfShortMetaValuesInsideTheArticleIsLeftOut() {
        HtmlPage page = read("<article class='article'>" + p(A, B) + "<div class='article-inline-box'>"
                + "<div class='article-inline-box__meta-wrapper'><span class='article-inline-box__meta-label'>Difficulty</span>"
                + "<span class='article-inline-box__meta-value'>Easy</span></div>"
                + "<div class='article-inline-box__meta-wrapper'><span class='article-inline-box__meta-label'>Cost</span>"
                + "<span class='article-inline-box__meta-value'>25 - 100 euros</span></div></div>" + p(C, D) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void anAuthorBoxMarkedByItsMicrodataPropertyGoesWithItsLabel() {
        String bio = "Jo Reed has written about ports, ships and the people who work them for twenty years, first for a trade weekly and now as a freelance.";
        HtmlPage page = read("<article><div class='entry-content'>" + p(A, B, C) + "<div class='col-12'>About the author</div>"
                + "<div class='xyzplugin-wrap' itemprop='author' itemscope><div class='xyzplugin-name'><a href='/author/jo'>Jo Reed</a></div>"
                + "<div class='xyzplugin-desc'><p>" + bio + "</p></div></div></div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C);
    }

    @Test
    void aRelaxedPassDoesNotSwapAShortPostForALongerBoxBesideIt() {
        String line = "A reader from the harbour district wrote that the new timetable makes the morning ferry far too early for her.";
        HtmlPage page = read("<div id='content'><div class='post'><h2>Dredging</h2><div class='entry'>" + p(A) + "</div></div>"
                + "<ul>" + "<li><a href='/p'>An older post from the archive of this blog</a></li>".repeat(5) + "</ul></div>"
                + "<div id='sidebar'><ul><li class='sb'><ul>" + ("<li>" + line + "</li>").repeat(6) + "</ul></li></ul></div>");
        assertThat(page.paragraphs()).containsExactly(A);
        assertThat(page.warnings()).isEmpty();
    }

    static final String LEDE = "The harbour town will have a deeper northern channel before the autumn storms, after the board settled a two-year dispute with the fishing crews on Tuesday evening.";

    @Test
    void aLedeBetweenTheTitleAndTheBodyIsKeptButNotACaptionOrByline() {
        HtmlPage page = read(MENU + "<article><header><h1>Channel to be dredged</h1><p class='byline'>By Ana Ruiz</p>"
                + "<div class='intro'><p>" + LEDE + "</p></div></header>"
                + "<div class='hero-image-caption'><p>The northern channel at low tide, seen from the harbour wall on a grey morning last week before the vote.</p></div>"
                + "<div class='article-body'>" + p(A, B, C, D) + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(LEDE, A, B, C, D);
    }

    static final String SHORT_LEAD = "The board will dredge the northern channel before the storms.";

    @Test
    void aShortLeadInABoxNamedForItIsKeptThoughItFailsThePlainLedeRule() {
        // Under 150 characters and in the article's header: only the box's name tells it from a byline.
        HtmlPage page = read(MENU + "<article class='post has-post-video'><header><h1>Channel to be dredged</h1>"
                + "<div class='meta'>12.10.2021 11:36</div></header><div class='story-intro'>" + SHORT_LEAD + "</div>"
                + "<div class='share'><ul><li><a href='/s'>Share</a></li><li><a href='/t'>Tweet</a></li></ul></div>"
                + "<div class='article-body'>" + p(A, B, C, D) + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(SHORT_LEAD, A, B, C, D);
    }

    @Test
    void keyPointsInTheArticlesDescriptionPropertyAreKeptAsTheLead() {
        String k1 = "The board voted to dredge the northern channel this autumn.";
        String k2 = "Fishing crews had waited two years for the decision.";
        HtmlPage page = read(MENU + "<article><h1>Channel to be dredged</h1>"
                + "<div class='teaser-text' itemprop='description'><ul><li>" + k1 + "</li><li>" + k2 + "</li></ul></div>"
                + "<div class='news-text'>" + p(A, B, C, D) + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(k1, k2, A, B, C, D);
    }

    @Test
    void aLeadNamedBoxInsideAPictureBoxIsACaption() {
        HtmlPage page = read(MENU + "<article><h1>Channel to be dredged</h1>"
                + "<div class='photo-box'><div class='lead-caption'>The northern channel at low tide last week.</div></div>"
                + "<div class='article-body'>" + p(A, B, C, D) + "</div></article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void aShortLineOverALinkListInsideTheArticleIsItsHeadingButNotOverASingleLink() {
        String links = "<ul>" + "<li><a href='/n'>Another story about the harbour and its boats</a></li>".repeat(3) + "</ul>";
        HtmlPage listed = read("<article>" + p(A, B) + "<p>More news</p>" + links + p(C, D) + "</article>");
        assertThat(listed.paragraphs()).containsExactly(A, B, C, D);
        // An exercise's answer line followed by one link to the worked solution is body text.
        HtmlPage single = read("<article>" + p(A, B) + "<ol><li>Work out the depth.<br>Answer: 4 m<br>"
                + "<a href='/s.pdf'>Worked solution</a></li></ol>" + p(C, D) + "</article>");
        assertThat(single.paragraphs()).containsExactly(A, B, "Work out the depth.", "Answer: 4 m", C, D);
    }

    @Test
    void aPostEndingInALineBrokenRankingKeepsItsShortLines() {
        StringBuilder ranks = new StringBuilder("<p>");
        for (int i = 1; i <= 6; i++) {
            ranks.append(i).append(". Boat ").append((char) ('A' + i)).append("<br>");
        }
        ranks.append("</p>");
        HtmlPage page = read("<article>" + p(A, B) + ranks + "</article><div class='date'>12 May</div>");
        assertThat(page.paragraphs()).containsExactly(A, B, "1. Boat B", "2. Boat C", "3. Boat D", "4. Boat E", "5. Boat F", "6. Boat G");
        // Two short lines in boxes of their own under the post are still trimmed.
        HtmlPage tail = read("<article>" + p(A, B) + "<div class='posted'>Posted 12 May</div><div>Filed under Harbour</div></article>");
        assertThat(tail.paragraphs()).containsExactly(A, B);
    }

    static String ld(String articleBody) {
        return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Harbour\",\"articleBody\":\""
                + articleBody + "\"}</script>";
    }

    @Test
    void aTruncatedOrPartialArticleBodyStatementDeletesNoParagraph() {
        String[] more = new String[8];
        for (int i = 0; i < more.length; i++) {
            more[i] = "In the week number " + (i + 1) + " of the work, the crews will clear a further stretch of the channel near the old lighthouse and the ferry pier.";
        }
        String body = "<div class='story'>" + p(A, B, C, D) + p(more) + "</div>";
        // The first paragraphs only: over 60 words, all of them in the page, but far from the whole body.
        HtmlPage partial = read(ld(A + " " + B + " " + C + " " + D) + body);
        assertThat(partial.paragraphs()).hasSize(12);
        HtmlPage cut = read(ld(A + " " + B + " " + C + " " + D + " " + String.join(" ", more).substring(0, 200) + "...") + body);
        assertThat(cut.paragraphs()).hasSize(12);
    }

    static final String RELATED = "<div class='related'><h3>Read more</h3><ul>"
            + "<li><a href='/a'>Ferry timetable changes again as the winter season begins early</a></li>"
            + "<li><a href='/b'>Lifeboat crew rescues three sailors off the northern headland</a></li>"
            + "<li><a href='/c'>Town council votes to rebuild the old fish market by next spring</a></li>"
            + "<li><a href='/d'>New lighthouse keeper's cottage opens to visitors this summer</a></li>"
            + "<li><a href='/e'>Cargo traffic through the port rose by a tenth in the last year</a></li>"
            + "<li><a href='/f'>Harbour master retires after thirty years of guiding ships home</a></li>"
            + "<li><a href='/g'>Sea wall repairs finished ahead of schedule and under the budget</a></li>"
            + "<li><a href='/h'>Sailing school doubles its summer courses for the town's children</a></li></ul></div>";

    @Test
    void aBodySplitByARelatedBoxIntoLikeSiblingBoxesIsMergedBack() {
        HtmlPage page = read(MENU + "<div class='story'><div class='text-block'>" + p(A, B, C) + "</div>" + RELATED
                + "<div class='ad-slot'></div><div class='text-block'>" + p(D) + "</div></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
        // A prose box of another kind beside the body is not a part of it.
        String bio = "Jane Doe covered the port for ten years, before she moved to the city desk, and sails at weekends whenever the tide allows it.";
        page = read(MENU + "<div class='story'><div class='text-block'>" + p(A, B, C) + "</div>" + RELATED
                + "<div class='author-box'>" + p(bio) + "</div></div>");
        assertThat(page.paragraphs()).containsExactly(A, B, C);
    }

    @Test
    void aParagraphWhoseSentenceOpensWithALinkIsBodyButAHeadlineOverASummaryIsATeaser() {
        String intro = "Want to compost your kitchen scraps at home, but your garden is too small for a heap? A worm box on the balcony turns them into humus.";
        HtmlPage page = read(MENU + "<article><p><a href='/compost'>Want to compost your kitchen scraps at home</a>, but your garden is too small for a heap?"
                + " A worm box on the balcony turns them into humus.</p>" + p(A, B, C) + "</article>");
        assertThat(page.paragraphs()).containsExactly(intro, A, B, C);
        String headline = "Harbour board agrees to dredge the channel";
        String teaser = headline + " Fishing crews had waited two years for the work, which starts next month.";
        assertThat(new Block(null, teaser, headline.length(), headline.length(), Block.Kind.PARAGRAPH, false).teaser()).isTrue();
        assertThat(new Block(null, intro, 43, 43, Block.Kind.PARAGRAPH, false).teaser()).isFalse();
    }

    @Test
    void aMostlyLinkedLineWithAShortLinkIsBodyButNotABareLinkALabelledLinkOrALinkedHeadline() {
        String step = "First, <a href='/permit'>ask the board for a mooring permit</a>.";
        String shop = "<a href='/shop'>Harbour map at the town hall shop</a> for $4";
        HtmlPage page = read(MENU + "<article>" + p(A, step, B) + "<ul><li>" + shop + "</li></ul>" + p(C)
                + "<p>Related: <a href='/dredger'>Dredger arrives</a></p>"
                + "<p><a href='/vote'>Harbour board votes to dredge the northern channel</a> (video)</p>"
                + "<p><a href='/photos'>More harbour photos</a></p>" + p(D) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, "First, ask the board for a mooring permit.", B,
                "Harbour map at the town hall shop for $4", C, D);
    }

    @Test
    void aBareShortLinkAloneBetweenTwoBodyParagraphsIsBodyButNotARunOfLinksOrALinkedHeadline() {
        HtmlPage page = read(MENU + "<article>" + p(A) + "<p><a href='/map.pdf'>Harbour map of the channel</a></p>" + p(B)
                + "<p><a href='/vote'>Harbour board votes to dredge the northern channel</a></p>" + p(C)
                + "<p><a href='/photos'>More harbour photos</a></p><p><a href='/cam'>The harbour webcam</a></p>" + p(D) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, "Harbour map of the channel", B, C, D);
    }

    @Test
    void theShortClosingLinesOfAnAddressBoxAreKeptButNotAShortLineAfterTheLastSentence() {
        String address = "<div class='info'><p>Harbour office, Quay Street 4, Northport</p><p>Open 9.30 a.m. / 5 p.m.</p><p>Tel. 0123 4567</p></div>";
        HtmlPage page = read(MENU + "<article>" + p(A, B, C) + address + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, "Harbour office, Quay Street 4, Northport", "Open 9.30 a.m. / 5 p.m.", "Tel. 0123 4567");
        page = read(MENU + "<article>" + p(A, B, C, D, "Photo: J. Doe", "12 May") + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B, C, D);
    }

    @Test
    void aSentenceLinkingTwoEarlierReportsBetweenBodyParagraphsIsBodyButNotALinkListOrALabelledPointer() {
        String background = "<p>For background, see <a href='/1'>our report on the silted channel last year</a> and <a href='/2'>the board's first vote on the levy</a>.</p>";
        HtmlPage page = read(MENU + "<article>" + p(A) + background + p(B)
                + "<p><a href='/3'>Ferry fares to rise in May</a> | <a href='/4'>New mayor sworn in at the town hall</a></p>" + p(C)
                + "<p>Read also: <a href='/5'>our report on the silted channel last year and what it cost</a>.</p>" + p(D) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A,
                "For background, see our report on the silted channel last year and the board's first vote on the levy.", B, C, D);
    }

    @Test
    void anEmbeddedPostTheArticleQuotesInAWidgetBoxIsBodyButNotAWidgetWithoutAQuotation() {
        String tweet = "<div class='widget embed-tweet'><blockquote class='twitter-tweet'><p>Dredging starts in September.</p>"
                + "\u2014 Harbour Board (@harbourboard) <a href='https://example.org/status/1'>May 20, 2024</a></blockquote></div>";
        String follow = "<div class='widget'><p>Follow the harbour board's meetings with our weekly newsletter.</p></div>";
        HtmlPage page = read(MENU + "<article>" + p(A, B) + tweet + p(C) + follow + p(D) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B, "Dredging starts in September.",
                "\u2014 Harbour Board (@harbourboard) May 20, 2024", C, D);
    }

    @Test
    void aListOfShortLinesOverTheFirstBodyParagraphIsKeptWithItsHeadingButNotALabelOrTwo() {
        String features = "<h2>Features</h2><ul><li>Waterproof to 50 metres</li><li>Battery lasts ten days</li>"
                + "<li>Weighs only 120 grams</li><li>Made from recycled steel</li><li>Two-year warranty</li></ul>";
        HtmlPage page = read(MENU + "<article>" + features + p(A, B) + "</article>");
        assertThat(page.paragraphs()).containsExactly("Features", "Waterproof to 50 metres", "Battery lasts ten days",
                "Weighs only 120 grams", "Made from recycled steel", "Two-year warranty", A, B);
        page = read(MENU + "<article><p>By Jane Doe</p><p>12 May 2024</p>" + p(A, B) + "</article>");
        assertThat(page.paragraphs()).containsExactly(A, B);
    }
}
