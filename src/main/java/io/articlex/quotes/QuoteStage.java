package io.articlex.quotes;

import io.articlex.model.Quote;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the direct quotations in the body and who said them. The work is split in steps, each its own
 * class: {@link MarkScanner} finds the quoted stretches, {@link AttributionFinder} reads the cue verb and
 * the speaker's words around each, {@link QuoteFilter} drops what is not speech (scare quotes, titles,
 * names), neighbours lend their attribution where the text makes it clear (a quote split by its
 * attribution, the rest of a paragraph after {@code said X.}, a quote running over paragraphs),
 * {@link SpeakerResolver} turns the words into a canonical name and {@link PeopleBuilder} lists who
 * was quoted. Linear in the text: every look-around is bounded by {@link Sentences#REACH}.
 */
public final class QuoteStage implements Stage {

    /** One quoted stretch on its way to becoming a quote. */
    private static final class Candidate {
        final int paragraph;
        final Span span;
        String text;
        /** The text as cut from the span, before the attribution may cut it shorter. */
        String spanText;
        boolean closed;
        boolean continued;
        boolean continuation;
        Attribution attribution;
        boolean partial;
        boolean keep = true;
        int postEnd;

        Candidate(int paragraph, Span span) {
            this.paragraph = paragraph;
            this.span = span;
        }
    }

    @Override
    public Draft apply(Draft draft) {
        List<String> paragraphs = draft.paragraphs();
        AttributionFinder finder = new AttributionFinder();
        LocalAttribution local = LocalAttribution.forLanguage(draft.language());
        int size = paragraphs.size();
        int longest = 0;
        for (int i = 0; i < size; i++) {
            longest = Math.max(longest, paragraphs.get(i).length());
        }
        byte[] buffer = new byte[longest];
        List<List<Span>> spans = new ArrayList<>(size);
        // each paragraph's capitals, read on the scan's walk over its low bytes, spare the name index's
        // word searches the paragraphs that cannot hold the word
        long[] capitals = new long[size];
        boolean doubles = false;
        for (int i = 0; i < size; i++) {
            String p = paragraphs.get(i);
            List<Span> found = MarkScanner.scan(p, false, buffer, capitals, i);
            if (local != null && !found.isEmpty()) {
                found = local.splitIncises(p, found);
            }
            spans.add(found);
            doubles = doubles || MarkScanner.hasDoubleSpan(found);
        }
        if (!doubles) {
            // no double-quoted speech anywhere: British copy quotes with single marks
            for (int i = 0; i < size; i++) {
                String p = paragraphs.get(i);
                if (p.indexOf('‘') >= 0 || p.indexOf('\'') >= 0) {
                    spans.set(i, MarkScanner.scan(p, true, buffer));
                }
            }
        }
        // paragraphs without a quote (most) share the empty list: nothing is added to it later
        List<List<Candidate>> byParagraph = new ArrayList<>(size);
        boolean any = false;
        for (int i = 0; i < size; i++) {
            List<Span> found = spans.get(i);
            List<Candidate> list = List.of();
            String p = paragraphs.get(i);
            for (int k = 0; k < found.size(); k++) {
                Span s = found.get(k);
                if (s.closed() && !hasWordCharacter(p, s.textStart(), s.textEnd())) {
                    continue; // "" or "..." quotes nothing (and four million straight quotes are two million of them)
                }
                if (list.isEmpty()) {
                    list = new ArrayList<>(found.size());
                }
                list.add(new Candidate(i, s));
                any = true;
            }
            byParagraph.add(list);
        }
        if (!any) {
            return draft.withQuotes(List.of(), List.of());
        }
        linkParagraphs(paragraphs, byParagraph);
        // each quoted paragraph is read into an array of its own, once, for its quotes' texts and the
        // attribution steps (String.charAt on a paragraph with curly marks, UTF-16, is a call with an
        // index check per character in the C1 code batches run), and the array is handed on to the name
        // index: the paragraphs that hold a quote are those whose names the resolver reads first
        char[][] texts = new char[size][];
        boolean kept = false;
        for (int i = 0; i < size; i++) {
            List<Candidate> list = byParagraph.get(i);
            if (list.isEmpty()) {
                continue;
            }
            String p = paragraphs.get(i);
            char[] chars = p.toCharArray();
            texts[i] = chars;
            for (int k = 0; k < list.size(); k++) {
                Candidate c = list.get(k);
                c.text = clean(p, chars, c.span.textStart(), c.span.textEnd());
                c.spanText = c.text;
            }
            if (local != null) {
                local.previousParagraph(i > 0 ? paragraphs.get(i - 1) : null);
                attributeLocal(p, list, local);
            } else {
                attribute(p, chars, list, finder);
            }
            // the filter asks only this paragraph's candidates, whose attributions are now read
            for (int k = 0; k < list.size(); k++) {
                Candidate c = list.get(k);
                int words = c.text == c.spanText ? QuoteFilter.countWords(chars, c.span.textStart(), c.span.textEnd())
                        : QuoteFilter.countWords(c.text);
                c.keep = QuoteFilter.keep(p, chars, c.span, c.text, words, c.attribution, c.partial, c.continuation || c.continued);
                kept |= c.keep;
            }
        }
        if (!kept) {
            // scare quotes and titles only: lending gives only to quotes kept, and names are read only for them
            return draft.withQuotes(List.of(), List.of());
        }
        lend(paragraphs, byParagraph, finder);

        NameIndex index = new NameIndex(paragraphs, texts, capitals);
        SpeakerResolver resolver = new SpeakerResolver(paragraphs, index);
        PeopleBuilder people = new PeopleBuilder();
        List<Quote> quotes = new ArrayList<>();
        Draft out = draft;
        // a quote that carries the attribution of the one before it ('"Every day," she said. "I have them."')
        // takes the same speaker: a pronoun asked again from the later quote could land on someone else
        Attribution lastAttribution = null;
        SpeakerResolver.Resolved lastResolved = null;
        for (int i = 0; i < size; i++) {
            List<Candidate> list = byParagraph.get(i);
            for (int k = 0; k < list.size(); k++) {
                Candidate c = list.get(k);
                if (!c.keep) {
                    continue;
                }
                String speaker = null;
                String mention = null;
                String cue = null;
                List<String> roles = List.of();
                boolean person = false;
                List<SpeakerResolver.Resolved> pair = null;
                if (c.attribution != null) {
                    SpeakerResolver.Resolved r = local != null ? local.resolve(c.attribution)
                            : c.attribution == lastAttribution ? lastResolved
                            : resolver.resolve(c.attribution.phrase(), c.paragraph, c.span.open());
                    lastAttribution = c.attribution;
                    lastResolved = r;
                    speaker = r.name();
                    roles = r.roles();
                    // "Mexico's response was swift: ..." resolves to a name, but a state's: a source, not a person
                    person = r.person() && !Lexicon.get().country(speaker);
                    mention = c.attribution.phrase().text();
                    cue = c.attribution.cue();
                    pair = local == null && !person && speaker != null ? resolver.pair(c.attribution.phrase(), c.paragraph) : null;
                    if (pair != null) {
                        speaker = pair.get(0).name() + " and " + pair.get(1).name();
                    }
                }
                boolean closed = c.closed || c.continued;
                Quote q = new Quote(c.text, speaker, mention, cue, c.paragraph, closed, c.partial && c.attribution != null);
                quotes.add(q);
                if (pair != null) {
                    for (SpeakerResolver.Resolved one : pair) {
                        people.add(one.name(), one.roles(), true);
                    }
                } else {
                    people.add(speaker, roles, person);
                }
                if (!closed) {
                    out = out.warn("quote in paragraph " + c.paragraph + " is never closed");
                }
            }
        }
        for (String name : people.names()) {
            List<String> more = index.rolesOf(name);
            people.addRoles(name, local == null ? more : local.withoutCues(more));
        }
        Map<String, String> merged = people.mergeSurnames();
        if (!merged.isEmpty()) {
            quotes.replaceAll(q -> merged.containsKey(q.speaker()) ? new Quote(q.text(), merged.get(q.speaker()),
                    q.mention(), q.cue(), q.paragraph(), q.closed(), q.partial()) : q);
        }
        return out.withQuotes(quotes, people.people(), people.sources());
    }

    /** An unclosed quote whose next paragraph opens with a mark continues there (one entry per paragraph). */
    private static void linkParagraphs(List<String> paragraphs, List<List<Candidate>> byParagraph) {
        for (int i = 0; i < byParagraph.size(); i++) {
            List<Candidate> list = byParagraph.get(i);
            if (list.isEmpty()) {
                continue;
            }
            String p = paragraphs.get(i);
            for (int k = 0; k < list.size(); k++) {
                Candidate c = list.get(k);
                c.closed = c.span.closed();
            }
            if (i + 1 >= byParagraph.size()) {
                continue;
            }
            Candidate last = list.get(list.size() - 1);
            List<Candidate> next = byParagraph.get(i + 1);
            if (!last.span.closed() && last.span.textEnd() >= trimmedEnd(p) - 1 && !next.isEmpty()
                    && next.get(0).span.open() == leading(paragraphs.get(i + 1))) {
                last.continued = true;
                next.get(0).continuation = true;
            }
        }
    }

    private static int trimmedEnd(String p) {
        int e = p.length();
        while (e > 0 && Character.isWhitespace(p.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static int leading(String p) {
        int i = 0;
        while (i < p.length() && Character.isWhitespace(p.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@code clean(p.substring(from, to))}, with {@code chars} holding {@code p}'s characters: a
     * single-spaced text (most quotes) is told and cut to its last word without a copy, and copied once.
     */
    static String clean(String p, char[] chars, int from, int to) {
        if (!singleSpaced(chars, from, to)) {
            String t = collapse(p.substring(from, to));
            while (t.endsWith(",")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            return t;
        }
        int e = to;
        // as the loop above: a trailing comma goes, and the space before it (single-spaced: no white space leads)
        while (e > from && chars[e - 1] == ',') {
            e--;
            while (e > from && chars[e - 1] == ' ') {
                e--;
            }
        }
        return p.substring(from, e);
    }

    /** The quote's words: white space collapsed, trailing commas cut ({@link #clean(String, char[], int, int)} of the whole text). */
    static String clean(String raw) {
        return clean(raw, raw.toCharArray(), 0, raw.length());
    }

    /**
     * True when {@link #collapse} would return {@code chars[from, to)} unchanged: no white space but single
     * spaces between words. Most quotes are, and collapsing each one through a builder, with
     * Character.isWhitespace on every character, was ~2% of a text parse.
     */
    static boolean singleSpaced(char[] chars, int from, int to) {
        boolean afterSpace = true;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if ((c < ' ' || c >= '\u007F') && Character.isWhitespace(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || from == to;
    }

    /** White space runs become one space; leading and trailing white space goes. */
    static String collapse(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a letter or digit lies between {@code from} and {@code to}. A closed pair of marks around
     * none quotes no words, which the filter would drop anyway; leaving it out before attribution keeps
     * a text of nothing but quotation marks linear and cheap (robust/AdversarialBench, "straight quotes
     * only": 3.3x an ordinary text, each empty pair paying a sentence search and a Matcher).
     */
    private static boolean hasWordCharacter(String p, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = p.charAt(i);
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Marcia "Cia" Price}: one or two capitalised words in marks between a first name and a
     * surname are a nickname inside the name, not a quote, so the sentence (and the attribution of the
     * quote before it) runs on through them.
     */
    static boolean nickname(String p, Span s) {
        if (s.open() < 2 || s.end() + 1 >= p.length() || !s.closed()) {
            return false;
        }
        // the characters around the marks first: asked of every quote after the first in a paragraph,
        // they rule nearly all out before the quoted words are copied and split
        if (!(p.charAt(s.open() - 1) == ' ' && Character.isLetter(p.charAt(s.open() - 2))
                && p.charAt(s.end()) == ' ' && Character.isUpperCase(p.charAt(s.end() + 1))
                && isCapitalisedWordEnd(p, s.open() - 2))) {
            return false;
        }
        String inner = p.substring(s.textStart(), s.textEnd()).strip();
        String[] w = inner.split("\\s+");
        if (w.length > 2 || inner.isEmpty()) {
            return false;
        }
        for (String x : w) {
            if (!Character.isUpperCase(x.charAt(0)) || !x.chars().allMatch(ch -> Character.isLetter(ch) || ch == '.' || ch == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word ending at {@code at} starts with a capital letter. */
    private static boolean isCapitalisedWordEnd(String p, int at) {
        int i = at;
        while (i > 0 && Character.isLetter(p.charAt(i - 1))) {
            i--;
        }
        return Character.isUpperCase(p.charAt(i));
    }

    /** Reads each quote's own attribution from its sentence. */
    private static void attribute(String p, char[] chars, List<Candidate> list, AttributionFinder finder) {
        QuotedText text = new QuotedText(p, chars);
        for (int k = 0; k < list.size(); k++) {
            Candidate c = list.get(k);
            Span s = c.span;
            int prevEnd = k > 0 ? list.get(k - 1).span.end() : 0;
            int next = k + 1;
            while (next < list.size() && nickname(p, list.get(next).span)) {
                next++;
            }
            int nextOpen = next < list.size() ? list.get(next).span.open() : p.length();
            int postFrom = s.end();
            if (!s.closed() && !c.continued) {
                int inside = finder.attributionInside(p.substring(s.textStart(), s.textEnd()));
                if (inside > 0) {
                    Span cut = s.withText(s.textStart() + inside, s.textStart() + inside);
                    c.text = clean(p, chars, cut.textStart(), cut.textEnd());
                    postFrom = cut.end();
                }
            }
            // the quoted words' edges are read in place: the words themselves are copied only for a
            // speaker label, and quotes run to hundreds of characters
            int rawStart = QuotedText.stripStart(chars, s.textStart(), s.textEnd());
            int rawEnd = QuotedText.stripEnd(chars, rawStart, s.textEnd());
            boolean rawEmpty = rawStart == rawEnd;
            int lastAt = rawEnd - 1;
            while (lastAt > rawStart && isQuoteMark(chars[lastAt])) {
                lastAt--;
            }
            char last = rawEmpty ? ' ' : chars[lastAt];
            int scanFrom = postFrom;
            if (last == '?' || last == '!') {
                // "Does anybody know?" Graham asked. — the mark inside the quote does not end the sentence
                scanFrom = QuotedText.stripStart(chars, scanFrom, Math.max(scanFrom, Math.min(nextOpen, p.length())));
            }
            int sentenceEnd = text.sentenceEnd(scanFrom, nextOpen);
            c.postEnd = sentenceEnd;
            int sentenceStart = text.sentenceStart(s.open(), prevEnd);
            // the sentence's words before the quote, by their last character: none when only white space
            // stands between the sentence's start and the mark (the text is not cut out to be asked)
            int preEnd = QuotedText.stripEnd(chars, sentenceStart, s.open());
            boolean preEmpty = preEnd == sentenceStart;
            Attribution a = AttributionFinder.transcriptLabel(p, rawStart, rawEnd);
            if (a == null) {
                a = finder.after(text, postFrom, Math.max(postFrom, sentenceEnd), last);
            }
            if (a == null && !preEmpty) {
                a = AttributionFinder.possessor(chars, sentenceStart, s.open());
            }
            // the cues of the text before the quote, found once for the three questions about them
            List<CueMatcher.Hit> preCues = null;
            if (a == null) {
                preCues = text.cues(sentenceStart, s.open());
                a = finder.before(text, sentenceStart, s.open(), preCues);
            }
            if (a == null) {
                CueMatcher.Hit lastCue = preCues.isEmpty() ? null : preCues.get(preCues.size() - 1);
                String cue = lastCue == null ? null : lastCue.cue();
                // "according to" has no subject: "The plan, according to aides, would ..." gave the speaker "The"
                if (cue != null && !cue.equals("according to")
                        && !AttributionFinder.nounCue(chars, sentenceStart, sentenceStart + lastCue.start(), cue)) {
                    int from = sentenceStart > Math.max(prevEnd, s.open() - Sentences.REACH) || prevEnd == 0 ? sentenceStart
                            : text.sentenceStart(s.open(), 0); // the same scan, when no floor stopped the first
                    a = finder.sentenceSubject(text, from, s.open(), cue);
                } else if (cue != null && preCues.size() > 1 && !cue.equals("according to")) {
                    // "... released a statement saying the forecasts had been \"...\"": a noun that is also a cue
                    // word ("forecasts") stands after the participle that leads into the quote
                    CueMatcher.Hit before = preCues.get(preCues.size() - 2);
                    if (AttributionFinder.participle(before.cue())) {
                        a = finder.issuerOfText(text, sentenceStart, before);
                    }
                }
            }
            if (a == null && !preEmpty) {
                a = finder.wordsOf(chars, sentenceStart, s.open());
            }
            if (a == null && !preEmpty) {
                a = finder.clauseSubject(text, sentenceStart, s.open());
            }
            if (a == null && !preEmpty && chars[preEnd - 1] == ':') {
                // a name before a colon: the only shape colonName reads, asked before the text is cut out
                a = finder.colonName(p.substring(sentenceStart, s.open()));
            }
            if (a == null && !preEmpty) {
                a = AttributionFinder.possessedClaim(chars, sentenceStart, s.open());
            }
            c.attribution = a;
            boolean afterWord = !preEmpty && Character.isLetterOrDigit(chars[preEnd - 1]);
            if (afterWord && preCues == null) {
                preCues = text.cues(sentenceStart, s.open());
            }
            c.partial = afterWord && !endsWithCue(chars, sentenceStart, s.open(), preCues) && !c.continuation;
            if (!c.partial && !rawEmpty && Character.isLowerCase(chars[rawStart]) && !preEmpty && !c.continuation) {
                c.partial = true;
            }
        }
    }

    /** The closing marks a quote's last word is read behind. */
    private static boolean isQuoteMark(char c) {
        return c == '\'' || c == '’' || c == '"' || c == '”';
    }

    /**
     * {@link #attribute} for a language with its own words ({@link LocalAttribution}). A quoted name of
     * a word or two («Интерфаксу») does not end the text after the quote before it: the speaker may
     * follow it ({@code — сказал «Интерфаксу» представитель союза}).
     */
    private static void attributeLocal(String p, List<Candidate> list, LocalAttribution local) {
        for (int k = 0; k < list.size(); k++) {
            Candidate c = list.get(k);
            Span s = c.span;
            int prevEnd = k > 0 ? list.get(k - 1).span.end() : 0;
            int ceiling = p.length();
            for (int j = k + 1; j < list.size(); j++) {
                Span next = list.get(j).span;
                if (wordsExceed(p, next.textStart(), next.textEnd(), 2)) {
                    ceiling = next.open();
                    break;
                }
            }
            c.attribution = local.attribute(p, s, prevEnd, ceiling);
            // the sentence's words before the quote, by their last character
            int preStart = Sentences.startBefore(p, s.open(), prevEnd);
            int preEnd = s.open();
            while (preEnd > preStart && Character.isWhitespace(p.charAt(preEnd - 1))) {
                preEnd--;
            }
            c.partial = preEnd > preStart && Character.isLetterOrDigit(p.charAt(preEnd - 1))
                    && (c.attribution == null || !c.attribution.direct()) && !c.continuation;
        }
    }

    /**
     * Whether a summary sentence's subject is surely a person: "he" or "she", a name of two capitalised
     * words, or one word the text also writes after a first name, here or before ("Roe" after "Jane Roe").
     * A capitalised first word alone is too weak: it opens any sentence, in any language.
     */
    private static boolean namedPerson(String core, List<String> paragraphs, int upTo) {
        if (core.equals("he") || core.equals("she") || core.equals("He") || core.equals("She")) {
            return true;
        }
        List<String> w = Phrase.words(core);
        // up to six capitalised words: a name with a title of several words ("Council Finance Chair Ben Ruiz")
        if (w.size() >= 2 && w.size() <= 6) {
            return w.stream().allMatch(x -> Character.isUpperCase(x.charAt(0))) && !NameIndex.isOrgWord(w.get(w.size() - 1));
        }
        if (w.size() != 1) {
            return false;
        }
        for (int k = 0; k <= upTo; k++) {
            if (afterFirstName(paragraphs.get(k), core)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterFirstName(String text, String surname) {
        for (int i = text.indexOf(surname); i > 1; i = text.indexOf(surname, i + 1)) {
            int e = i + surname.length();
            if (text.charAt(i - 1) != ' ' || e < text.length() && Character.isLetter(text.charAt(e))) {
                continue;
            }
            int w = i - 1;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            if (w < i - 2 && Character.isUpperCase(text.charAt(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the last of {@code cues}, the cues of the text {@code a[from, to)} before a quote (positions
     * counted from {@code from}), ends it but for white space. The cues of the stripped text are these
     * shifted (white space bounds a word as the text's edge does), so the cues already found are asked,
     * not the text searched again.
     */
    private static boolean endsWithCue(char[] a, int from, int to, List<CueMatcher.Hit> cues) {
        if (cues.isEmpty()) {
            return false;
        }
        return QuotedText.stripStart(a, from + cues.get(cues.size() - 1).end(), to) == to;
    }

    /** Whether {@code s[from, to)} is white space only, as {@code s.substring(from, to).isBlank()}, without the copy. */
    static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s[from, to)} holds more than {@code limit} of the words {@link Phrase#words} reads,
     * counted in place and no further than needed: a long quote is not split into a list of its words to
     * learn that it has three.
     */
    static boolean wordsExceed(String s, int from, int to, int limit) {
        int words = 0;
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            if (++words > limit) {
                return true;
            }
            int e = i + 1;
            while (e < to && Phrase.wordTail(s.charAt(e))) {
                e++;
            }
            i = e;
        }
        return false;
    }

    private static boolean onlyQuotes(String p, List<Candidate> list) {
        int covered = 0;
        for (int k = 0; k < list.size(); k++) {
            Span s = list.get(k).span;
            covered += s.end() - s.open();
        }
        int e = trimmedEnd(p);
        return covered >= (e == 0 ? 0 : e - leading(p)) - 2; // the stripped paragraph's length, without the copy
    }

    private static Attribution lastAttribution(List<Candidate> list) {
        for (int k = list.size() - 1; k >= 0; k--) {
            Candidate c = list.get(k);
            if (c.keep && c.attribution != null) {
                return c.attribution;
            }
        }
        return null;
    }

    /**
     * Attribution lent to quotes that have none of their own, only where the text makes the link:
     * the other part of a quote split or continued over paragraphs, another quote of the same paragraph,
     * a paragraph introduced by "X said:" at the end of the previous one.
     */
    private static void lend(List<String> paragraphs, List<List<Candidate>> byParagraph, AttributionFinder finder) {
        lendOverChains(byParagraph);
        lendWithinParagraphs(paragraphs, byParagraph, finder);
        lendFromSignatures(paragraphs, byParagraph);
        for (int i = 0; i < paragraphs.size(); i++) {
            lendFromSummary(paragraphs, i, byParagraph.get(i), i > 0 && noneKept(byParagraph.get(i - 1)), finder);
        }
        lendOverChains(byParagraph);
    }

    /**
     * Whether a paragraph's quoted stretches are all dropped (none, or only scare quotes and titles): "Dave
     * Humphrey, who calls Trump a \"sociopath,\" said ..." still sums up for a quote-only paragraph after it.
     */
    private static boolean noneKept(List<Candidate> list) {
        for (Candidate c : list) {
            if (c.keep) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote that opens its own sentence right after a sentence about someone ({@code Roe is upbeat
     * about the vote. "We will win it."}) is that subject's: the summary sentence introduces the speaker
     * the way a cue would. Only a capitalised name or a personal pronoun followed by a verb counts
     * ({@link AttributionFinder#clauseSubject}), only when no quote stands between, and the summary may
     * close the previous paragraph only when that paragraph holds no quote and this one nothing but quotes.
     * The attribution has no cue: nothing at the quote said it.
     */
    private static void lendFromSummary(List<String> paragraphs, int i, List<Candidate> list, boolean previousQuoteless,
                                        AttributionFinder finder) {
        String p = paragraphs.get(i);
        String previous = i > 0 ? paragraphs.get(i - 1) : null;
        for (int k = 0; k < list.size(); k++) {
            Candidate c = list.get(k);
            if (c.attribution != null || !c.keep) {
                continue;
            }
            int floor = k > 0 ? list.get(k - 1).span.end() : 0;
            int start = Sentences.startBefore(p, c.span.open(), floor);
            if (!blank(p, start, c.span.open())) {
                Attribution label = k == 0 ? speakerLabel(p, c.span.open(), paragraphs, i) : null;
                for (int j = k; label != null && j < list.size(); j++) {
                    if (list.get(j).attribution == null) {
                        list.get(j).attribution = label;
                    }
                }
                continue;
            }
            String summary = null;
            if (start > floor) {
                summary = p.substring(Sentences.startBefore(p, start - 1, floor), start);
            } else if (k == 0 && start == 0 && previous != null && previousQuoteless && onlyQuotes(p, list)) {
                String prev = previous.strip();
                summary = prev.substring(Sentences.startBefore(prev, prev.length(), 0));
            }
            Attribution a = summary == null || summary.isBlank() ? null : finder.clauseSubject(summary);
            if (a == null || !namedPerson(a.phrase().core(), paragraphs, i)) {
                continue;
            }
            Attribution lent = new Attribution(a.phrase(), null, false);
            for (int j = k; j < list.size() && list.get(j).attribution == null; j++) {
                list.get(j).attribution = lent;
            }
        }
    }

    /**
     * An interview's or a transcript's speaker label opening the paragraph, the words quoted after it with
     * no cue ({@code Ortiz: "We cannot wait."}, {@code Ana Ortiz: "..."}): the label is the speaker of the
     * paragraph's quotes. Only a person's name: a surname alone that an earlier paragraph writes after a
     * first name ("Mayor Ana Ortiz"), or two or three capitalised words opening with a known given name;
     * "Update:", "Watch:" or "Editor's note:" before a quote are no one. Null otherwise.
     */
    private static Attribution speakerLabel(String p, int open, List<String> paragraphs, int i) {
        int e = open;
        while (e > 0 && p.charAt(e - 1) == ' ') {
            e--;
        }
        if (e < 3 || e > 40 || p.charAt(e - 1) != ':') {
            return null;
        }
        String label = p.substring(0, e - 1).strip();
        String[] w = label.split(" ");
        for (String x : w) {
            if (x.length() < 2 || !Character.isUpperCase(x.charAt(0)) || !Character.isLowerCase(x.charAt(x.length() - 1))
                    || !x.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '’')) {
                return null;
            }
        }
        boolean person = w.length == 1 ? i > 0 && namedPerson(label, paragraphs, i - 1)
                : w.length <= 3 && Lexicon.get().givenGender.containsKey(w[0]) && !NameIndex.isOrgWord(w[w.length - 1]);
        return person ? new Attribution(new Phrase(label, label, List.of()), null, true) : null;
    }

    /**
     * A paragraph of nothing but quotes followed by a paragraph that signs it ({@code —Jane Roe,
     * Springfield.}): the signature is the attribution of its quotes that have none.
     */
    private static void lendFromSignatures(List<String> paragraphs, List<List<Candidate>> byParagraph) {
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            List<Candidate> list = byParagraph.get(i);
            if (list.isEmpty() || !byParagraph.get(i + 1).isEmpty() || !onlyQuotes(paragraphs.get(i), list)) {
                continue;
            }
            Attribution signed = null;
            for (Candidate c : list) {
                if (c.attribution == null && c.keep) {
                    if (signed == null) {
                        signed = AttributionFinder.signature(paragraphs.get(i + 1));
                        if (signed == null) {
                            break;
                        }
                    }
                    c.attribution = signed;
                }
            }
        }
    }

    /** The parts of a quote running over paragraphs share one attribution, whichever part carries it. */
    private static void lendOverChains(List<List<Candidate>> byParagraph) {
        for (int i = 0; i + 1 < byParagraph.size(); i++) {
            List<Candidate> list = byParagraph.get(i);
            if (list.isEmpty()) {
                continue;
            }
            Candidate last = list.get(list.size() - 1);
            if (last.continued) {
                Candidate next = byParagraph.get(i + 1).get(0);
                if (next.attribution == null) {
                    next.attribution = last.attribution;
                }
            }
        }
        for (int i = byParagraph.size() - 2; i >= 0; i--) {
            List<Candidate> list = byParagraph.get(i);
            if (list.isEmpty()) {
                continue;
            }
            Candidate last = list.get(list.size() - 1);
            if (last.continued && last.attribution == null) {
                last.attribution = byParagraph.get(i + 1).get(0).attribution;
            }
        }
    }

    /** Whether a quote's words end with a sentence's stop and a capital opens what follows its closing mark. */
    private static boolean endsSentence(String p, Candidate c) {
        String t = c.text;
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (last != '.' && last != '!' && last != '?') {
            return false;
        }
        int k = c.span.end();
        while (k < p.length() && Character.isWhitespace(p.charAt(k))) {
            k++;
        }
        return k < p.length() && Character.isUpperCase(p.charAt(k));
    }

    private static void lendWithinParagraphs(List<String> paragraphs, List<List<Candidate>> byParagraph, AttributionFinder finder) {
        for (int i = 0; i < byParagraph.size(); i++) {
            List<Candidate> list = byParagraph.get(i);
            if (list.isEmpty()) {
                continue;
            }
            Attribution previous = null;
            for (int k = 0; k < list.size(); k++) {
                Candidate c = list.get(k);
                if (c.attribution == null && c.keep) {
                    c.attribution = previous;
                } else if (c.attribution != null) {
                    previous = c.attribution;
                }
            }
            Attribution following = null;
            boolean fromDropped = false;
            for (int k = list.size() - 1; k >= 0; k--) {
                Candidate c = list.get(k);
                if (c.attribution == null && c.keep) {
                    // a scare quote dropped lends nothing back over a sentence's end: in "X accused Y of
                    // running 'an insult-driven campaign.' Z called that 'rich,'" the fragment is not Z's
                    // (in "... 'a great deal of weight' and ... 'firepower,' Z said" it is)
                    c.attribution = fromDropped && endsSentence(paragraphs.get(i), c) ? null : following;
                } else if (c.attribution != null) {
                    following = c.attribution;
                    fromDropped = !c.keep;
                }
            }
            if (!list.isEmpty() && list.get(0).attribution == null && list.get(0).keep && i > 0
                    && onlyQuotes(paragraphs.get(i), list)) {
                // a paragraph that is nothing but a quote goes on with the speaker quoted just before it
                Attribution prior = lastAttribution(byParagraph.get(i - 1));
                if (prior != null) {
                    for (Candidate c : list) {
                        if (c.attribution == null) {
                            c.attribution = prior;
                        }
                    }
                }
            }
            if (!list.isEmpty() && list.get(0).attribution == null && list.get(0).keep && i > 0) {
                String prev = paragraphs.get(i - 1).strip();
                if (prev.endsWith(":") && byParagraph.get(i - 1).isEmpty()) {
                    String intro = prev.substring(Sentences.startBefore(prev, prev.length(), 0));
                    Attribution a = finder.before(intro);
                    if (a == null) {
                        a = finder.clauseSubject(intro);
                    }
                    for (Candidate c : list) {
                        if (c.attribution == null) {
                            c.attribution = a;
                        }
                    }
                }
            }
        }
    }
}
