package io.articlex.quotes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attribution of one quote from the text around it, within its sentence: after the quote
 * ({@code "...," X said}, {@code "...," said X, appositive}, {@code according to X}) and before it
 * ({@code X said: "..."}, {@code X told reporters "..."}, {@code X said the move was "..."},
 * {@code In a statement, the ministry said "..."}). Cue verbs come from {@link Lexicon} (resource data).
 */
final class AttributionFinder {

    private static final Pattern DASHED_NAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?:\\s(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|al-\\p{L}+)){0,4})\\s*(?:[,.;]|$)");
    private static final Pattern LABEL = Pattern.compile("(\\p{Lu}{2,}(?:[ .'-]{1,2}\\p{Lu}{2,}){0,2}):\\s");
    /** Words that open a new clause after a quote: what follows them is not this quote's attribution. */
    private static final java.util.Set<String> NEW_CLAUSE = java.util.Set.of("and", "but", "or", "while", "because",
            "as", "so", "although", "though", "yet", "whereas", "who", "which", "that", "if", "when", "where");
    private static final WordSet NEW_CLAUSE_SET = new WordSet(NEW_CLAUSE);
    /** The clause words of {@link #NEW_CLAUSE} that open a relative clause, which describes the one before it. */
    private static final WordSet RELATIVE_SET = new WordSet(java.util.List.of("who", "which", "that"));

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we", "i");
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("also", "later", "then", "again", "once",
            "has", "had", "have", "repeatedly", "often", "previously", "recently", "even", "just", "famously", "now",
            "still", "routinely", "frequently", "publicly", "initially", "first", "last", "never", "already", "since");
    private static final java.util.Set<String> AUX = java.util.Set.of("is", "was", "are", "were", "has", "had",
            "have", "will", "would", "can", "could", "should", "may", "might", "did", "does", "do", "shot", "put",
            "told", "wrote", "spoke", "said", "took", "gave", "made", "came", "went", "began", "felt", "thought",
            "knew", "saw", "got", "kept", "left", "let", "meant", "read", "set", "swore", "won", "drew", "hit", "cast");
    /**
     * More irregular pasts, for {@link #verbLike} only: a subject of one capitalised word meets one before a
     * plural object ("Supporters held signs reading ..."), and unknown, the plural's -s was taken for the verb
     * and the subject ran on to "Supporters held". Not in {@link #AUX}, whose verbs may lead into a quote.
     */
    private static final java.util.Set<String> IRREGULAR_PASTS = java.util.Set.of("held", "led", "sent",
            "brought", "stood", "sat", "met", "ran", "wore", "bought", "sold", "found", "paid", "lost", "heard",
            "built", "fought", "sought", "caught", "taught", "chose", "broke", "rose", "fell", "bore", "threw", "drove",
            "flew", "hung", "shut", "spent", "struck", "understood");
    private static final WordSet SUBJECT_PRONOUN_SET = new WordSet(SUBJECT_PRONOUNS);
    private static final WordSet ADVERB_SET = new WordSet(ADVERBS);
    private static final WordSet AUX_SET = new WordSet(AUX);
    /** Articles and possessives: a cue word right after one is a noun ("the claims", "his answer"). */
    private static final WordSet NOUN_DETERMINER_SET = new WordSet(java.util.List.of("the", "a", "an", "his", "her",
            "their", "its", "our", "my", "your"));
    /** Numbers and quantifiers: a cue word in -s right after one is a plural noun ("three reasons"). */
    private static final WordSet QUANTIFIER_SET = new WordSet(java.util.List.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "several", "many", "some", "few", "both", "these", "those", "other", "no"));
    /** Words that open a description of a person: "The opposition leader ...", "his lawyer ...". */
    private static final WordSet DESCRIBING_SET = new WordSet(java.util.List.of("the", "his", "her", "their"));
    /** Conjunctions that may open a sentence before its subject ("But the opposition leader ..."). */
    private static final WordSet CONNECTOR_SET = new WordSet(java.util.List.of("but", "and", "yet", "so"));
    /** {@code Marcia "Cia" Price}: a nickname in marks inside a name, dropped so the name reads whole. */
    private static final Pattern NICKNAME = Pattern.compile(
            "(\\p{Lu}\\p{L}+) [\"“]\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)?[\"”] (\\p{Lu})");
    /** "that the city and its officers back ...": a complement clause (that + subject + more), not a name. */
    private static final Pattern COMPLEMENT = Pattern.compile("that\\s+\\S+\\s+\\S+\\s+\\S+");
    /** "as the memo put it", "as one aide puts it": the sentence's tail names who worded the quote. */
    private static final Pattern AS_PUT = Pattern.compile("as\\s+([^,;\"“”]+?)\\s+(?:once\\s+)?puts?\\s+it\\s*[.!?]?\\s*");
    /** How an appositive after a subject opens: "a former ...", "the head of ...", "who ...", "R-Wis.". */
    private static final Pattern APPOSITIVE_OPENER = Pattern.compile("(?:(?:a|an|the|who|now)\\s|[RDI]-\\p{Lu})");
    /**
     * {@code "...," Walker said, according to an Associated Press account.}: the writer did not hear the
     * words; the record that reported them (an account, a transcript, a broadcaster) is the quote's source.
     */
    private static final Pattern ACCORDING_TAIL = Pattern.compile(",\\s+according\\s+to\\s+([^,;\"“”]+?)\\s*[.!?]?\\s*$");

    private final Lexicon lex = Lexicon.get();

    /**
     * Attribution in the text following a quote, {@code t[from, to)}: from the closing mark to the
     * sentence end or the next quote. The lead and the cue are read in the paragraph's array; the text
     * after the lead is copied only when a cue is found in it or a dash leads into a name.
     *
     * @param quoteEnd the last character inside the marks (a comma, a full stop ...)
     */
    Attribution after(QuotedText t, int from, int to, char quoteEnd) {
        char[] a = t.chars;
        int restFrom = from;
        // the lead's punctuation, the end of ^[\s,;:—–―-]*, told in one pass over it
        boolean linkingMark = false;
        boolean stop = false;
        boolean comma = false;
        boolean dash = false;
        for (char c; restFrom < to && (asciiSpace(c = a[restFrom]) || c == ',' || c == ';' || c == ':' || c == '—'
                || c == '–' || c == '―' || c == '-'); restFrom++) {
            linkingMark |= c == ',' || c == '—' || c == '–' || c == '-' || c == '―';
            stop |= c == ';' || c == ':';
            comma |= c == ',';
            dash |= c == '—' || c == '–' || c == '―';
        }
        if (restFrom >= to) {
            return null;
        }
        char first = a[restFrom];
        boolean linked = linkingMark || Character.isLowerCase(first) || quoteEnd == ','
                || quoteEnd == '?' || quoteEnd == '!' || quoteEnd == '—';
        if (!linked && !stop && Character.isUpperCase(first)) {
            return bareNameCue(new String(a, restFrom, to - restFrom));
        }
        if (!linked || stop) {
            return null;
        }
        // a hyphen as a dash: the lead is "-" or ends " -"
        int leadLength = restFrom - from;
        boolean hyphen = leadLength > 0 && a[restFrom - 1] == '-' && (leadLength == 1 || a[restFrom - 2] == ' ');
        String rest = null;
        for (int i = restFrom; i < to; i++) {
            if (a[i] == '"' || a[i] == '“') {
                // a nickname needs its marks: most tails have none
                rest = NICKNAME.matcher(t.text.substring(restFrom, to)).replaceAll("$1 $2");
                break;
            }
        }
        if ((dash || hyphen) && !comma) {
            if (rest == null) {
                rest = t.text.substring(restFrom, to);
            }
            Attribution signed = dashedName(rest);
            if (signed != null) {
                return signed;
            }
        }
        CueMatcher.Hit cue = rest != null ? lex.cues.next(rest, 0) : t.firstCue(restFrom, to);
        if (cue == null || cue.start() > 300) {
            return null;
        }
        // the tail is read in the paragraph's array, or in its own when a nickname was dropped from it
        char[] r = rest != null ? rest.toCharArray() : a;
        int r0 = rest != null ? 0 : restFrom;
        int rn = rest != null ? rest.length() : to;
        String cueText = cue.cue();
        if (lex.judging.contains(cueText)) {
            return null; // "'...,' he blasted" is no shape of news copy; "'...' and blasted the plan" quotes another
        }
        int cueStart = r0 + cue.start();
        int cueEnd = r0 + cue.end();
        boolean blank = blank(r, r0, cueStart);
        if (blank && participleCue(cueText)) {
            // "'...,' suggesting that the only way ...": the participle's subject is the sentence's, before the quote
            return null;
        }
        Attribution reported = reportedBy(r, cueEnd, rn);
        if (reported != null) {
            return reported;
        }
        if (blank || isAdverbs(r, r0, cueStart)) {
            Phrase ph = Phrase.afterCue(r, cueEnd, rn);
            if (ph != null && ph.core().startsWith("that") && COMPLEMENT.matcher(ph.core()).lookingAt()) {
                // the ad "unmistakably" suggests that the city backs him: the verb's object clause, no speaker
                return null;
            }
            return ph == null ? null : new Attribution(ph, cueText, true);
        }
        for (int i = r0; i < cueStart; i++) {
            if (r[i] == '"' || r[i] == '“' || r[i] == '”') {
                return null;
            }
        }
        WordTable opener = WordTable.firstWord(r, r0, cueStart);
        if (opener.size() > 0 && opener.lowerIs(0, "as")) {
            // a matcher only where "as" opens the tail
            Matcher asPut = AS_PUT.matcher(new String(r, r0, rn - r0));
            if (asPut.matches()) {
                // "'...,' as a Homeland Security memo put it.": the phrase between "as" and "put it" said it
                Phrase ph = Phrase.afterCue(asPut.group(1));
                return ph == null ? null : new Attribution(ph, "put it", true);
            }
        }
        if (opener.size() > 0 && opener.lowerIn(NEW_CLAUSE_SET, 0) || clauseAfterComma(r, r0, cueStart)) {
            return null;
        }
        if (participleCue(cueText)) {
            return null;
        }
        Phrase ph = Phrase.beforeCue(r, r0, cueStart);
        if (ph == null && endsWithComma(r, r0, cueStart)) {
            // "'...,' like the recent swings in the markets, said Ann Roe": a paraphrase between quote and cue
            ph = Phrase.afterCue(r, cueEnd, rn);
            if (ph != null && !Character.isUpperCase(ph.core().charAt(0)) && !Phrase.startsWithDeterminer(ph.core())) {
                ph = null;
            }
        }
        return ph == null ? null : new Attribution(ph, cueText, true);
    }

    /**
     * Whether the cue at {@code cueStart} stands in a clause that opens after a comma in the tail
     * {@code a[from, cueStart)}: {@code "fix the roads first" in Harbor City, as the mayor toured three coastal
     * states}. The clause has a subject of its own, which never spoke the quote, as when the tail opens with
     * the clause word. A relative clause ("the official, who ...") describes the speaker, and an aside closed by
     * a comma before the cue ("the mayor, as the crowd cheered, said") leaves the cue to the phrase before it.
     */
    private static boolean clauseAfterComma(char[] a, int from, int cueStart) {
        int comma = cueStart - 1;
        while (comma >= from && a[comma] != ',') {
            comma--;
        }
        if (comma < from) {
            return false;
        }
        WordTable w = WordTable.firstWord(a, comma + 1, cueStart);
        return w.size() > 0 && w.lowerIn(NEW_CLAUSE_SET, 0) && !w.lowerIn(RELATIVE_SET, 0);
    }

    /**
     * {@code "The tolls are too high" Tobias Renn said.}: a quote whose closing mark no comma follows, then
     * a sentence that is only its speaker and cue. A name of one to four capitalised words and a cue that
     * ends the sentence are required, since without the comma a capitalised word after a quote most often
     * opens a sentence of its own ({@code "..." Renn said the plan was dead} is left as it was).
     */
    private Attribution bareNameCue(String tail) {
        CueMatcher.Hit cue = lex.cues.next(tail, 0);
        if (cue == null || participleCue(cue.cue()) || lex.judging.contains(cue.cue())) {
            return null;
        }
        String end = tail.substring(cue.end()).strip();
        if (!(end.isEmpty() || end.equals(".") || end.equals("!"))) {
            return null;
        }
        String namePart = tail.substring(0, cue.start()).strip();
        List<String> name = Phrase.words(namePart);
        if (name.isEmpty() || name.size() > 4 || !namePart.equals(String.join(" ", name)) || !allCapitalised(name)
                || lex.capitalisedOpeners.contains(name.get(0))) {
            return null;
        }
        Phrase ph = Phrase.beforeCue(namePart);
        return ph == null ? null : new Attribution(ph, cue.cue(), true);
    }

    /** Whether {@code a[from, to)} is white space only. */
    private static boolean blank(char[] a, int from, int to) {
        return QuotedText.stripStart(a, from, to) == to;
    }

    /** Whether {@code a[from, to)}, stripped, ends with a comma. */
    private static boolean endsWithComma(char[] a, int from, int to) {
        int e = QuotedText.stripEnd(a, from, to);
        return e > from && a[e - 1] == ',';
    }

    /**
     * The record a reported quote came through, when the sentence ends {@code ..., according to Y}
     * after the cue (the text {@code a[cueEnd, to)}): the source is Y, not the speaker the
     * cue names. Null when no such tail ends the sentence.
     */
    private static Attribution reportedBy(char[] a, int cueEnd, int to) {
        boolean according = false;
        for (int i = cueEnd; i < to; i++) {
            char c = a[i];
            if (c == '"' || c == '“' || c == '”') {
                return null;
            }
            // the tail's own words, looked for before the regex is tried at every comma
            according |= c == 'a' && i + 9 <= to && a[i + 1] == 'c' && a[i + 2] == 'c' && a[i + 3] == 'o'
                    && a[i + 4] == 'r' && a[i + 5] == 'd' && a[i + 6] == 'i' && a[i + 7] == 'n' && a[i + 8] == 'g';
        }
        if (!according) {
            return null;
        }
        Matcher m = ACCORDING_TAIL.matcher(new String(a, cueEnd, to - cueEnd));
        if (!m.find()) {
            return null;
        }
        Phrase ph = Phrase.afterCue(m.group(1));
        return ph == null ? null : new Attribution(ph, "according to", true);
    }

    /** {@code "..." ― Pamela Padilla}: a name after a dash, no cue verb (reader comments, epigraphs). */
    private static Attribution dashedName(String rest) {
        Matcher m = DASHED_NAME.matcher(rest);
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1).strip();
        return new Attribution(new Phrase(name, name, java.util.List.of()), null, true);
    }

    /**
     * A paragraph that signs the quote before it: {@code —Jane Roe, Springfield.} or {@code -President
     * Roe, tweeting after the speech.} (quote collections, "quotable" boxes). Null for any other paragraph.
     */
    static Attribution signature(String paragraph) {
        String t = paragraph.strip();
        if (t.length() < 4 || "-—–―".indexOf(t.charAt(0)) < 0) {
            return null;
        }
        int i = 1;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '-')) {
            i++;
        }
        return dashedName(t.substring(i));
    }

    /**
     * {@code PENCE: Well, look, ...}: a transcript's speaker label at the start of the quoted text
     * {@code text[from, to)}, read in place (the label is copied, not the quote).
     */
    static Attribution transcriptLabel(CharSequence text, int from, int to) {
        if (to - from < 4 || !Character.isUpperCase(text.charAt(from)) || !Character.isUpperCase(text.charAt(from + 1))) {
            return null;
        }
        Matcher m = LABEL.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1);
        return new Attribution(new Phrase(name, name, java.util.List.of()), null, true);
    }

    /**
     * Attribution in the text before a quote, within its sentence.
     *
     * @param pre text from the sentence start (or the previous quote's closing mark) to the opening mark
     */
    Attribution before(String pre) {
        return before(pre, lex.cues.all(pre));
    }

    /** {@link #before(String)} given the cues of {@code pre}, which the caller needs for itself too. */
    Attribution before(String pre, List<CueMatcher.Hit> hits) {
        return before(pre.toCharArray(), 0, pre.length(), hits);
    }

    /**
     * {@link #before(String, List)} of the text {@code t[from, to)} (from the sentence start, or the
     * previous quote's closing mark, to the opening mark), read in the paragraph's array.
     */
    Attribution before(QuotedText t, int from, int to, List<CueMatcher.Hit> hits) {
        return before(t.chars, from, to, hits);
    }

    private Attribution before(char[] a, int from, int to, List<CueMatcher.Hit> hits) {
        int n = hits.size();
        // "According to The Hill, Pence dismissed questions ..., saying, '...'": the participle's subject is
        // the clause's, read by the participle's own search; the source that opens the sentence reports it
        boolean participleLast = n > 1 && participle(hits.get(n - 1).cue());
        for (int k = n - 1; k >= 0 && k >= n - 8; k--) {
            if (participleLast && k < n - 1 && hits.get(k).cue().equalsIgnoreCase("according to")) {
                continue;
            }
            Attribution at = beforeAt(a, from, to, hits.get(k), k == n - 1, n == 1);
            if (at != null) {
                return at;
            }
        }
        // the inverted opener's shape asked in place first: a capital opens the text, a colon or comma ends it
        int f = QuotedText.stripStart(a, from, to);
        int e = QuotedText.stripEnd(a, f, to);
        if (participleLast || e - f < 4 || !(a[e - 1] == ':' || a[e - 1] == ',') || !Character.isUpperCase(a[f])) {
            return null;
        }
        return invertedOpener(new String(a, f, e - f));
    }

    /**
     * {@code Said Ellis: "..."}, {@code Continued Stone: "..."}: a cue verb opens the sentence with a
     * capital, so the case-sensitive cue search passes it by; the named speaker follows it and a colon or
     * comma leads into the quote. Only a capitalised speaker is taken ("Added to that, ..." is no name).
     */
    private Attribution invertedOpener(String t) {
        if (t.length() < 4 || !(t.endsWith(":") || t.endsWith(",")) || !Character.isUpperCase(t.charAt(0))) {
            return null;
        }
        String first = Phrase.firstWord(t);
        if (!t.startsWith(first)) {
            return null;
        }
        String lowered = first.toLowerCase(Locale.ROOT) + t.substring(first.length());
        CueMatcher.Hit h = lex.cues.next(lowered, 0);
        if (h == null || h.start() != 0 || participleCue(h.cue())) {
            return null;
        }
        Phrase ph = Phrase.afterCue(t.substring(h.end(), t.length() - 1));
        if (ph == null || !Character.isUpperCase(ph.core().charAt(0))) {
            return null;
        }
        return new Attribution(ph, h.cue(), true);
    }

    /**
     * The attribution around the cue at {@code a[start, end)} of the text {@code a[from, to)} before a
     * quote: the speaker before it, or after an inverted cue. The subject before the cue is read in place.
     */
    private Attribution beforeAt(char[] a, int from, int to, CueMatcher.Hit hit, boolean lastCue, boolean onlyCue) {
        int start = from + hit.start();
        int end = from + hit.end();
        // the hit's own text is the cue as normalizeCue makes it, unless white space other than single
        // spaces, or a character past ASCII, stands in the match
        String cueText = plainAscii(a, start, end) ? hit.cue() : normalizeCue(new String(a, start, end - start));
        int bf = QuotedText.stripStart(a, end, to);
        int be = QuotedText.stripEnd(a, bf, to);
        int betweenLength = be - bf;
        char betweenLast = betweenLength == 0 ? ' ' : a[be - 1];
        boolean direct = betweenLength == 0 || betweenLength == 1 && (betweenLast == ':' || betweenLast == ',')
                || (betweenLast == ':' && betweenLength < 60)
                || (betweenLast == ',' && betweenLength < 40);
        if (lex.judging.contains(cueText) && !judgedAs(a, bf, be)) {
            return null;
        }
        if (cueText.equals("according to")) {
            int comma = indexOf(a, bf, be, ',');
            if (comma < 0) {
                return null;
            }
            Phrase ph = Phrase.afterCue(a, bf, comma);
            if (ph == null) {
                ph = bareNouns(a, bf, comma);
            }
            return ph == null ? null : new Attribution(ph, cueText, true);
        }
        int subjectEnd = start;
        if (cueText.equals("as saying")) {
            // "Rouhani was quoted by IRNA as saying": the speaker stands before "was quoted by ..."
            int q = lastIndexOf(a, from, subjectEnd, " quoted");
            if (q < 0) {
                return null;
            }
            subjectEnd = q;
        }
        if (participle(cueText) || nounCue(a, from, subjectEnd, cueText) || describedRemarks(a, from, start, bf, be)) {
            return null;
        }
        int subjectFrom = from;
        for (int i = subjectEnd - 1; i >= from; i--) {
            // past the last closing mark: '"', '”' or "''" (whose second apostrophe the subject keeps)
            if (a[i] == '"' || a[i] == '”' || a[i] == '\'' && i + 1 < subjectEnd && a[i + 1] == '\'') {
                subjectFrom = i + 1;
                break;
            }
        }
        if (endsWithAnd(a, subjectFrom, subjectEnd)) {
            // "X was joined on stage by Y and joked, '...'": the cue's subject is the sentence's, not Y
            Phrase whole = coordinatedSubject(new String(a, subjectFrom, subjectEnd - subjectFrom));
            return whole == null ? null : new Attribution(whole, cueText, lastCue);
        }
        // the only cue of the sentence: after another ("X told a young woman who suggested that ... that
        // '...'", "X mocked it, saying anybody who complains '...'") the relative clause is no attribution
        Phrase antecedent = onlyCue ? relativeAntecedent(a, subjectFrom, subjectEnd) : null;
        if (antecedent != null) {
            return new Attribution(antecedent, cueText, direct && lastCue);
        }
        Phrase ph = Phrase.beforeCue(a, subjectFrom, subjectEnd);
        if (ph != null && lex.cues.contains(ph.core()) && holdsSpeechCue(ph.core())) {
            return null;
        }
        if (!lastCue) {
            direct = false;
        }
        if (ph == null && blank(a, subjectFrom, subjectEnd) && betweenLength > 0) {
            // "Said Trump: ..." — an inverted cue at the start of the sentence
            int colon = indexOf(a, bf, be, ':');
            ph = colon > bf ? Phrase.afterCue(a, bf, colon) : null;
        }
        return ph == null ? null : new Attribution(ph, cueText, direct);
    }

    private static final WordSet COPULA_SET = new WordSet(java.util.List.of("was", "were", "is", "are"));

    /** Nouns of a speech act whose possessor said the words quoted right after them ({@link #possessor}). */
    private static final WordSet SPEECH_NOUN_SET = new WordSet(java.util.List.of("claim", "claims", "comment",
            "comments", "remark", "remarks", "statement", "assertion", "pledge", "promise", "vow", "warning",
            "insistence", "suggestion", "declaration", "boast", "quip", "prediction", "admission", "contention",
            "words", "tweet", "message", "accusation", "complaint", "response", "reply", "answer"));
    private static final WordSet POSSESSIVE_SET = new WordSet(java.util.List.of("his", "her", "their", "its"));

    /**
     * {@code disputed Trump's claim that "..."}, {@code after her March comment that, "..."}, {@code Sanders's
     * pledge to "..."}: a possessor, at most two words, a noun of a speech act ({@link #SPEECH_NOUN_SET}) and
     * "that" or "to" (or a comma or colon) right before the quote: the possessor said it. The possessor is a
     * possessive pronoun (the mention "her", resolved as a pronoun) or the capitalised name before 's ("Trump",
     * "Donald Trump", "the White House"); a lower-case one only after "the" ("the company's statement").
     * Null otherwise, read from the last word before the mark, which most quotes fail at once.
     */
    static Attribution possessor(char[] a, int from, int to) {
        int e = QuotedText.stripEnd(a, from, to);
        if (e > from && (a[e - 1] == ',' || a[e - 1] == ':' || dashBefore(a, from, e))) {
            e = QuotedText.stripEnd(a, from, e - 1);
        }
        int s = e;
        while (s > from && Phrase.wordTail(a[s - 1])) {
            s--;
        }
        if (s == e || !(SPEECH_NOUN_SET.hasLower(a, s, e) || e - s <= 4 && (endsWith(a, s, e, "that") || endsWith(a, s, e, "to")))) {
            return null;
        }
        WordTable w = WordTable.of(a, Math.max(from, e - 120), e);
        int k = w.size() - 1;
        if (k >= 0 && (w.lowerIs(k, "that") || w.lowerIs(k, "to"))) {
            k--;
        }
        if (k < 1 || !w.lowerIn(SPEECH_NOUN_SET, k)) {
            return null;
        }
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (a[w.end(j)] != ' ') {
                return null; // a comma or a dash between: no possessor's phrase
            }
            if (w.lowerIn(POSSESSIVE_SET, j)) {
                return new Attribution(possessivePronoun(w.word(j)), w.word(k).toLowerCase(java.util.Locale.ROOT), false);
            }
            int len = w.length(j);
            char apostrophe = len > 2 ? a[w.end(j) - 2] : ' ';
            if (len > 2 && a[w.end(j) - 1] == 's' && (apostrophe == '\'' || apostrophe == '’')) {
                int b = j;
                while (b > 0 && j - b < 3 && w.capital(b - 1) && a[w.end(b - 1)] == ' ' && w.capital(j)) {
                    b--;
                }
                boolean the = b > 0 && w.lowerIs(b - 1, "the") && a[w.end(b - 1)] == ' ';
                if (!w.capital(j) && !the) {
                    return null;
                }
                int start = the ? w.start(b - 1) : w.start(b);
                String core = new String(a, start, w.end(j) - 2 - start);
                return new Attribution(new Phrase(core, core, List.of()), w.word(k).toLowerCase(java.util.Locale.ROOT), false);
            }
        }
        return null;
    }

    /** A possessive pronoun as the mention, written in lower case, read as the subject's pronoun ("her" as "she"). */
    private static Phrase possessivePronoun(String word) {
        String mention = word.toLowerCase(java.util.Locale.ROOT);
        String core = switch (mention) {
            case "his" -> "he";
            case "her" -> "she";
            case "their" -> "they";
            default -> "it";
        };
        return new Phrase(mention, core, List.of());
    }

    /**
     * {@code pounced on Donald Trump's claim that the nation's generals had been "..."}: the quote ends a
     * clause of "that" after a possessed noun of a speech act, with words between; the possessor said it,
     * as {@link #possessor} reads the noun and "that" right before the mark. Asked last, when nothing else
     * attributed the quote: the last "that" of the sentence before the quote is read, and only when
     * a speech noun stands before it.
     */
    static Attribution possessedClaim(char[] a, int from, int to) {
        for (int k = to - 5; k > from + 4; k--) {
            if (a[k] == 't' && a[k + 1] == 'h' && a[k + 2] == 'a' && a[k + 3] == 't' && a[k + 4] == ' ' && a[k - 1] == ' ') {
                return possessor(a, from, k + 4);
            }
        }
        return null;
    }

    /**
     * Whether {@code a[from, e)} ends in a dash that sets a quote off as an aside ({@code Trump's tweet —
     * "..." — drew}): an em or en dash, or a hyphen with a space before it.
     */
    private static boolean dashBefore(char[] a, int from, int e) {
        char c = a[e - 1];
        return c == '—' || c == '–' || c == '-' && e - 1 > from && a[e - 2] == ' ';
    }

    /**
     * {@code Trump's statement on Sunday was shorter: "..."}, {@code His reply was blunt: "..."}: before a
     * colon, a possessor (a name or "the" and a noun with 's, or a possessive pronoun opening the sentence),
     * a noun of a speech act ({@link #SPEECH_NOUN_SET}) right after it, and a verb within four words: the
     * possessor said the words, as {@link #possessor} reads them when the noun stands right before the
     * mark. The noun is the cue. Null otherwise ({@code The report's conclusion was stark:} owns no speech
     * noun and has no speaker).
     */
    private static Attribution possessedSpeech(char[] a, WordTable w) {
        int j = -1;
        for (int i = 0; i < Math.min(4, w.size() - 1); i++) {
            if (w.lowerEndsWith(i, "'s") || w.lowerEndsWith(i, "’s") || i == 0 && w.lowerIn(POSSESSIVE_SET, 0)) {
                j = i;
                break;
            }
        }
        if (j < 0 || !w.lowerIn(SPEECH_NOUN_SET, j + 1)) {
            return null;
        }
        boolean verb = false;
        for (int v = j + 2; v < Math.min(j + 6, w.size()) && !verb; v++) {
            verb = w.in(AUX_SET, v) || w.lowerEndsWith(v, "ed");
        }
        if (!verb) {
            return null;
        }
        String cue = w.word(j + 1).toLowerCase(java.util.Locale.ROOT);
        if (j == 0 && w.lowerIn(POSSESSIVE_SET, 0)) {
            return new Attribution(possessivePronoun(w.word(0)), cue, false);
        }
        for (int i = 0; i < j; i++) {
            if (!w.capital(i) && !(i == 0 && w.lowerIs(0, "the")) || a[w.end(i)] != ' ') {
                return null; // the possessor is a name or "the" and a noun: "The president's message"
            }
        }
        if (!w.capital(j) && !(j == 1 && w.lowerIs(0, "the"))) {
            return null;
        }
        String core = new String(a, w.start(0), w.end(j) - 2 - w.start(0));
        return new Attribution(new Phrase(core, core, List.of()), cue, false);
    }

    /**
     * {@code In the words of one GOP strategist, "..."}, {@code We should heed the words of Martin Luther
     * King Jr.: "..."}, {@code To quote Reagan: "..."}: no verb of saying, only "the words of" or "quote"
     * and the speaker, then a comma or colon right before the mark. The speaker is the words after it, at
     * most six and with no comma among them, a name or a description ending in a role or occupation noun
     * ("the words of the statute", "of an old hymn" are no speaker's). Null
     * otherwise, read from the comma or colon first, which most quotes lack.
     */
    Attribution wordsOf(char[] a, int from, int to) {
        int e = QuotedText.stripEnd(a, from, to);
        if (e - from < 10 || a[e - 1] != ',' && a[e - 1] != ':') {
            return null;
        }
        e = QuotedText.stripEnd(a, from, e - 1);
        WordTable w = WordTable.of(a, Math.max(from, e - 100), e);
        int n = w.size();
        for (int k = n - 2; k >= 0 && k >= n - 7; k--) {
            boolean words = k >= 1 && w.lowerIs(k, "of") && w.lowerIs(k - 1, "words");
            boolean quote = w.lowerIs(k, "quote") && k >= 1 && w.lowerIs(k - 1, "to");
            if (!words && !quote) {
                if (a[w.end(k)] == ',' || a[w.end(k)] == ':') {
                    return null;
                }
                continue;
            }
            if (words && k >= 2 && !w.lowerIs(k - 2, "the")) {
                return null; // "in his own words of protest": no one's words named
            }
            String core = new String(a, w.start(k + 1), e - w.start(k + 1));
            boolean named = w.capital(k + 1) && !Phrase.startsWithDeterminer(core);
            if (!named && !(Phrase.startsWithDeterminer(core) && w.isRole(n - 1))) {
                return null; // "the words of the statute", "of an old hymn": a name or a person's description speaks
            }
            return new Attribution(new Phrase(core, core, List.of()), words ? "words of" : "quote", false);
        }
        return null;
    }

    /**
     * {@code Her spokesman said Mr. Trump's remarks were "another reckless stunt."}: a cue word after a
     * possessive ({@code a[from, cueStart)} ends in 's) and before "was", "were", "is" or "are" (the first
     * word of {@code a[bf, be)}) is a noun the quote describes, not the words of the possessor; the speaker
     * is the sentence's earlier cue's, when it has one.
     */
    private static boolean describedRemarks(char[] a, int from, int cueStart, int bf, int be) {
        int e = cueStart;
        while (e > from && a[e - 1] == ' ') {
            e--;
        }
        if (e - from < 3 || a[e - 1] != 's' || a[e - 2] != '\'' && a[e - 2] != '’') {
            return false;
        }
        int w = bf;
        while (w < be && Character.isLetter(a[w])) {
            w++;
        }
        return w > bf && (w == be || a[w] == ' ') && COPULA_SET.has(a, bf, w);
    }

    /** Prepositions, conjunctions and verb particles ("brushing aside") that end the noun phrase a relative "who" refers back to. */
    private static final WordSet ANTECEDENT_STOP_SET = new WordSet(java.util.List.of("from", "by", "with", "to", "for",
            "among", "against", "on", "in", "at", "about", "and", "or", "but", "than", "like", "including", "as",
            "aside", "off", "up", "down", "out", "away", "back", "over"));

    /**
     * {@code activists who called it "...", It was Trump who said "...", She met a local farmer who told her:
     * "..."}: the cue's subject is a relative "who" (or "which") written right after a noun, with no comma
     * between, and the speaker is that noun's phrase, not the sentence up to the "who" (which the speaker
     * search took whole, or whose opening segment it took: "Thursday" in "... on Thursday, brushing aside
     * protests from civil rights groups who called it"). The phrase runs back from the noun over a run of
     * capitalised words (and a "the" before them), or over lower-case words to a determiner, a preposition,
     * a verb in -ing or -ed or an auxiliary ("and" joins two plurals: "mayors and activists who"); null when no such noun stands there ("those who say"). Asked
     * only of a sentence's only cue.
     */
    private static Phrase relativeAntecedent(char[] a, int from, int to) {
        int e = QuotedText.stripEnd(a, from, to);
        int ws;
        if (endsWith(a, from, e, " who")) {
            ws = e - 3;
        } else if (endsWith(a, from, e, " which")) {
            ws = e - 5;
        } else {
            return null;
        }
        if (ws - 1 <= from || !Character.isLetter(a[ws - 2])) {
            return null; // "Trump, who said": an appositive, read by the speaker search
        }
        WordTable w = WordTable.of(a, Math.max(from, ws - 80), ws - 1);
        int n = w.size();
        int head = n - 1;
        if (head < 0 || w.end(head) != ws - 1 || w.lowerIn(NOUN_DETERMINER_SET, head) || w.lowerIn(SUBJECT_PRONOUN_SET, head)
                || w.lowerIn(AUX_SET, head) || w.lowerIn(ANTECEDENT_STOP_SET, head) || w.lowerIs(head, "those")
                || w.lowerEndsWith(head, "ly") || w.lowerEndsWith(head, "ing") && !w.capital(head)) {
            return null;
        }
        int start = head;
        boolean names = w.capital(head);
        for (int k = head - 1; k >= 0 && head - k < 5; k--) {
            if (w.start(k + 1) != w.end(k) + 1 || a[w.end(k)] != ' ' || a[w.end(k) - 1] == '.') {
                break; // a comma, a mark or a sentence's end between the words
            }
            if (names) {
                if (w.lowerIs(k, "the")) {
                    start = k; // "the Chicago Police Department which reported"
                    break;
                }
                if (!w.capital(k) || Lexicon.get().clauseOpenerSet.hasLower(a, w.start(k), w.end(k))) {
                    break;
                }
                start = k;
                continue;
            }
            if (w.lowerIn(NOUN_DETERMINER_SET, k)) {
                start = k;
                break;
            }
            if ((w.lowerIs(k, "and") || w.lowerIs(k, "or")) && k > 0 && k + 1 == start && !w.capital(k - 1)
                    && w.lowerEndsWith(k - 1, "s") && !w.lowerEndsWith(k - 1, "ss") && a[w.end(k - 1)] == ' ') {
                continue; // "rural mayors and activists who": two plural nouns joined
            }
            if (w.lowerIn(ANTECEDENT_STOP_SET, k) || w.lowerIn(AUX_SET, k) || w.lowerIn(SUBJECT_PRONOUN_SET, k)
                    || !w.capital(k) && (w.lowerEndsWith(k, "ing") || w.lowerEndsWith(k, "ed"))) {
                break;
            }
            start = k;
        }
        // the words at the quote keep the relative pronoun, as "Opponents of the plan, who" does
        String np = w.join(start, head + 1);
        return new Phrase(new String(a, w.start(start), e - w.start(start)), np, List.of());
    }

    /**
     * {@code According to aides, ...}, {@code The plan, according to officials, would ...}: one to three
     * lower-case words with no determiner, the last a plural or a role noun ("aides", "senior officials"),
     * which the speaker phrase reader asks a determiner or a capital of; null for anything else.
     */
    private Phrase bareNouns(char[] a, int from, int to) {
        WordTable w = WordTable.of(a, from, to);
        int n = w.size();
        if (n == 0 || n > 3 || !blank(a, w.end(n - 1), to)) {
            return null;
        }
        for (int k = 0; k < n; k++) {
            if (!Character.isLowerCase(a[w.start(k)]) || w.lowerIn(ANTECEDENT_STOP_SET, k) || w.lowerIn(AUX_SET, k)
                    || w.lowerIn(SUBJECT_PRONOUN_SET, k) || k > 0 && w.start(k) != w.end(k - 1) + 1) {
                return null;
            }
        }
        int last = n - 1;
        if (!(w.lowerEndsWith(last, "s") && !w.lowerEndsWith(last, "ss") || w.isRole(last))) {
            return null;
        }
        String np = w.join(0, n);
        return new Phrase(np, np, List.of());
    }

    /**
     * Whether the cue word is a noun, by the word before it at {@code cueStart}: an article or a possessive
     * ("the claims", "his answer"), or a number or quantifier before a plural ("The report lists three
     * reasons: ...", "several comments"). No verb follows those ("Two say", "Some argue" are subjects
     * before the base form, and stay cues).
     */
    static boolean nounCue(char[] a, int from, int cueStart, String cue) {
        int e = cueStart;
        while (e > from && a[e - 1] == ' ') {
            e--;
        }
        int s = e;
        while (s > from && Character.isLetter(a[s - 1])) {
            s--;
        }
        if (s == e || s > from && Character.isLetterOrDigit(a[s - 1])) {
            return false;
        }
        return NOUN_DETERMINER_SET.hasLower(a, s, e) || cue.endsWith("s") && !cue.endsWith("ss") && QUANTIFIER_SET.hasLower(a, s, e)
                || pastBeforePlural(a, s, e, cue);
    }

    /**
     * {@code Pence dismissed questions about the returns, saying, "..."}: a plural cue word ("questions",
     * "comments") right after a lower-case verb in -ed ({@code a[s, e)}) is that verb's object, no cue;
     * read as one, the speaker was "Pence also dismissed".
     */
    private static boolean pastBeforePlural(char[] a, int s, int e, String cue) {
        return e - s > 3 && a[e - 1] == 'd' && a[e - 2] == 'e' && Character.isLowerCase(a[s])
                && cue.endsWith("s") && !cue.endsWith("ss") && cue.indexOf(' ') < 0;
    }

    /**
     * Whether the text between a verb of judging and the quote, {@code a[from, to)} stripped, ends with
     * "as" or "as" and an article ({@code blasted him as a "bully and demagogue"}): the quote is what
     * the verb's subject called someone. Else the quote is most often the words of the one judged
     * ({@code slammed the scouts for promoting "..."}, {@code praised Graham, who vowed "..."}).
     */
    static boolean judgedAs(char[] a, int from, int to) {
        WordTable w = WordTable.of(a, from, to);
        int n = w.size();
        if (n == 0) {
            return false;
        }
        if (n >= 2 && (w.lowerIs(n - 1, "a") || w.lowerIs(n - 1, "an") || w.lowerIs(n - 1, "the"))) {
            n--;
        }
        return w.lowerIs(n - 1, "as");
    }

    /**
     * Whether {@code core} holds a cue other than a verb of judging: "Swanson praised evangelist Franklin
     * Graham, who has publicly vowed" is still the phrase before "vowed" (its relative clause names who).
     */
    private boolean holdsSpeechCue(String core) {
        for (CueMatcher.Hit h : lex.cues.all(core)) {
            if (!lex.judging.contains(h.cue())) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code c} first stands in {@code a[from, to)}, or -1. */
    private static int indexOf(char[] a, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (a[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code a[from, to)} holds only ASCII characters that are no white space but single spaces. */
    private static boolean plainAscii(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c >= 128 || c < ' ' || c == ' ' && i > from && a[i - 1] == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Where {@code w} last starts in {@code a[from, to)}, or -1. */
    private static int lastIndexOf(char[] a, int from, int to, String w) {
        int n = w.length();
        for (int i = to - n; i >= from; i--) {
            int k = 0;
            while (k < n && a[i + k] == w.charAt(k)) {
                k++;
            }
            if (k == n) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The subject of the clause a quote sits in when no cue verb links them: a colon intro
     * ({@code Clinton has since apologized for what happened: "..."}) or a fragment quoted by a verb
     * the cue list lacks ({@code In an August speech, Trump attacked "the hateful ideology ..."}). The
     * subject opens the first non-adverbial comma segment and must be followed by a verb; the cue is
     * that verb.
     */
    Attribution clauseSubject(String pre) {
        return clauseSubject(pre.toCharArray(), 0, pre.length());
    }

    /** {@link #clauseSubject(String)} of the text {@code t[from, to)} before a quote, read in the paragraph's array. */
    Attribution clauseSubject(QuotedText t, int from, int to) {
        return clauseSubject(t.chars, from, to);
    }

    private Attribution clauseSubject(char[] a, int from, int to) {
        int f = QuotedText.stripStart(a, from, to);
        int e = QuotedText.stripEnd(a, f, to);
        boolean colon = e > f && a[e - 1] == ':';
        if (colon) {
            e--;
        }
        if (f == e || e - f > Sentences.REACH) {
            return null;
        }
        // the comma segments one at a time, as split(",") lists them (its dropped empty tails are blank):
        // the first that is no adverbial decides, and the rest of the sentence is never cut up
        for (int sf = f, st; sf <= e; sf = st + 1) {
            st = indexOf(a, sf, e, ',');
            if (st < 0) {
                st = e;
            }
            int lead = sf;
            while (lead < st && Character.isWhitespace(a[lead])) {
                lead++;
            }
            if (lead == st) {
                continue; // blank
            }
            WordTable w = WordTable.of(a, sf, st);
            boolean joined = false; // a clause joined by "and" to the one before: "-s" alone is no verb then
            if (colon && w.size() > 3 && w.lowerIn(CONNECTOR_SET, 0) && (w.lowerIn(DESCRIBING_SET, 1) || w.lowerIn(SUBJECT_PRONOUN_SET, 1))) {
                // "But the opposition leader remained sceptical: ..." reads as the sentence after its "But"
                w = WordTable.of(a, w.end(0), st);
            } else if (sf == f && w.size() > 2 && a[w.start(0)] == 'a' && w.lowerIn(CONNECTOR_SET, 0) && w.capital(1)) {
                // the words after an earlier quote of the sentence: 'X called him "..." and Dale Roe accused
                // him of "..."' gives the second quote to the second clause's subject
                w = WordTable.of(a, w.end(0), st);
                joined = true;
            } else if (Phrase.isClauseOpener(w, 0, w.size(), a[lead])) {
                continue;
            }
            if (w.size() == 0) {
                // A segment of punctuation only ("(Reuters) - " reduced to nothing): found by the property suite.
                continue;
            }
            Attribution spoken = colon ? possessedSpeech(a, w) : null;
            if (spoken != null) {
                return spoken;
            }
            int k;
            if (w.lowerIn(SUBJECT_PRONOUN_SET, 0)) {
                k = 1;
            } else if (colon && w.lowerIn(DESCRIBING_SET, 0)) {
                k = describedSubject(w);
                if (k < 0) {
                    // "His longtime adviser, Roger Stone, is unrepentant: ...": the aide named after the description
                    int role = w.lowerIn(POSSESSIVE_SET, 0) ? possessedRole(w, 1) : -1;
                    return role >= 0 ? possessedSubject(a, w, role, st, e) : null;
                }
            } else if (w.capital(0)) {
                if (w.lowerIs(0, "the") || w.lowerIs(0, "this") || w.lowerIs(0, "that") || w.lowerIs(0, "there")
                        || w.lowerIn(QUANTIFIER_SET, 0)) {
                    // "Several hundred marchers gathered ...": a quantity, capitalised only as the sentence's first word
                    return null;
                }
                k = nounRun(w);
                int role = possessedRole(w, k);
                if (role >= 0) {
                    return possessedSubject(a, w, role, st, e);
                }
            } else {
                return null;
            }
            if (k == w.size() && k <= 4) {
                return pastInterjection(a, st, e, w.join(0, k));
            }
            if (k >= w.size() || k > 6) {
                return null;
            }
            int v = k;
            while (v < w.size() - 1 && w.in(ADVERB_SET, v)) {
                v++;
            }
            // the verb without the full stop Phrase.words keeps on it ("She pauses." ends in "pauses.")
            int vs = w.start(v);
            int ve = w.end(v);
            if (ve - vs > 1 && a[ve - 1] == '.') {
                ve--;
            }
            String verb = null;
            boolean verbLike = Character.isLowerCase(a[vs]) && (endsWith(a, vs, ve, "ed") || endsWith(a, vs, ve, "s")
                    || AUX_SET.has(a, vs, ve) || lex.cues.isWord(verb = new String(a, vs, ve - vs)))
                    && !endsWith(a, vs, ve, "ss") && !endsWith(a, vs, ve, "'s") && !endsWith(a, vs, ve, "’s");
            if (!verbLike && colon && v > k && w.in(AUX_SET, k)) {
                // "Kurt Meyer had a different view: ...": the "had" skipped as in "had said" is the verb
                verb = w.word(k);
                verbLike = true;
            }
            if (!verbLike || joined && verb == null && !endsWith(a, vs, ve, "ed") && !AUX_SET.has(a, vs, ve)) {
                return null;
            }
            if (k == 1 && NameIndex.isOrgWord(w.word(0))) {
                return null;
            }
            String subject = w.join(0, k);
            return new Attribution(new Phrase(subject, subject, List.of()), verb != null ? verb : new String(a, vs, ve - vs), false);
        }
        return null;
    }

    /**
     * Where a description owned by the capitalised words before it ends: {@code Whitcomb's communications
     * director}, {@code His longtime adviser}: the possessor (a possessive, or "His", "Her", "Their", "Its"
     * opening the sentence), then one to three lower-case words of which the last is a role noun. -1 when
     * the run does not end in a possessive or no role heads what follows ({@code Trump's remarks: "..."}
     * keeps the possessor as the one who made them).
     */
    private static int possessedRole(WordTable w, int k) {
        if (k == 0 || k >= w.size() || !(w.lowerEndsWith(k - 1, "'s") || w.lowerEndsWith(k - 1, "’s")
                || k == 1 && w.lowerIn(POSSESSIVE_SET, 0))) {
            return -1;
        }
        for (int r = k; r < Math.min(k + 3, w.size()); r++) {
            if (w.capital(r)) {
                return -1;
            }
            if (w.isRole(r)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The subject of a clause that opens with someone's aide ({@code Whitcomb's communications director,
     * Priya Nair, had a different view: "..."}): the name set off after the description, read as before a
     * cue, when the verb opens the segment after it; the description itself when the verb follows it
     * ({@code Whitcomb's spokeswoman had a different view}); never the possessor, whose aide speaks.
     * {@code role} is the description's last word in {@code w}, the segment {@code [.., st)}; {@code e} ends
     * the text.
     */
    private Attribution possessedSubject(char[] a, WordTable w, int role, int st, int e) {
        if (role + 1 < w.size()) {
            int vs = w.start(role + 1);
            int ve = w.end(role + 1);
            if (pastOrCue(a, vs, ve)) {
                String subject = w.join(0, role + 1);
                return new Attribution(new Phrase(subject, subject, List.of()), new String(a, vs, ve - vs), false);
            }
            return null;
        }
        if (st >= e) {
            return null;
        }
        int nt = indexOf(a, st + 1, e, ',');
        if (nt < 0) {
            return null;
        }
        WordTable name = WordTable.of(a, st + 1, nt);
        if (name.size() < 2 || name.size() > 4 || nounRun(name) != name.size()) {
            return null;
        }
        int vt = indexOf(a, nt + 1, e, ',');
        WordTable rest = WordTable.of(a, nt + 1, vt < 0 ? e : vt);
        if (rest.size() == 0) {
            return null;
        }
        int vs = rest.start(0);
        int ve = rest.end(0);
        if (!pastOrCue(a, vs, ve)) {
            return null;
        }
        Phrase ph = Phrase.beforeCue(a, w.start(0), vs);
        return ph == null ? null : new Attribution(ph, new String(a, vs, ve - vs), false);
    }

    /** The word {@code a[vs, ve)} reads as a verb: lower case, and a past in -ed, an auxiliary or a cue word. */
    private boolean pastOrCue(char[] a, int vs, int ve) {
        return Character.isLowerCase(a[vs]) && (endsWith(a, vs, ve, "ed") || AUX_SET.has(a, vs, ve)
                || lex.cues.isWord(new String(a, vs, ve - vs)));
    }

    /**
     * {@code Pence, for his part, accused Clinton of running "..."}, {@code Trump, in a speech Monday,
     * attacked "..."}: a subject that is a comma segment of its own, then one or two short segments that
     * open in lower case with no verb (an aside, an appositive), then a segment that opens with the verb.
     * The segments are read from {@code a[from, to)}, the text after the subject's.
     */
    private Attribution pastInterjection(char[] a, int from, int to, String subject) {
        int asides = 0;
        for (int sf = from + 1, st; sf < to && asides <= 2; sf = st + 1) {
            st = indexOf(a, sf, to, ',');
            if (st < 0) {
                st = to;
            }
            WordTable w = WordTable.of(a, sf, st);
            if (w.size() == 0) {
                return null;
            }
            int vs = w.start(0);
            int ve = w.end(0);
            if (ve - vs > 1 && a[ve - 1] == '.') {
                ve--;
            }
            if (pastOrCue(a, vs, ve)) {
                if (asides == 0) {
                    return null; // "Pence, accused of ...": a participle, no verb of the subject's
                }
                return new Attribution(new Phrase(subject, subject, List.of()), new String(a, vs, ve - vs), false);
            }
            if (!Character.isLowerCase(a[vs]) || w.size() > 6 || st == to) {
                return null;
            }
            asides++;
        }
        return null;
    }

    /**
     * Where the subject ends in a sentence that opens with a description and leads into a quote with a
     * colon ({@code The opposition leader remained sceptical: "..."}): after the description's role noun
     * ({@link Lexicon#isRole}), within five words and followed by a lower-case word; -1 when no role heads it
     * ("The report lists three reasons:" hands the word to no one).
     */
    private static int describedSubject(WordTable w) {
        for (int j = 1; j < Math.min(6, w.size() - 1); j++) {
            if (w.isRole(j) && !w.capital(j + 1) && !w.isRole(j + 1)) {
                return j + 1;
            }
        }
        return -1;
    }

    /** Whether {@code a[from, to)} ends with {@code suffix}, as written. */
    private static boolean endsWith(char[] a, int from, int to, String suffix) {
        int n = suffix.length();
        if (to - from < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (a[to - n + k] != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #nounRun(List)} of the words of {@code w}. */
    private static int nounRun(WordTable w) {
        int k = 0;
        while (k < w.size() && (w.capital(k) || w.length(k) >= 3 && w.first(k) == 'a' && w.chars[w.start(k) + 1] == 'l'
                && w.chars[w.start(k) + 2] == '-' || k > 0 && w.isRole(k))) {
            k++;
        }
        return k;
    }

    /** A word without the full stop {@link Phrase#words} keeps on it ("She pauses." ends in "pauses."). */
    private static String withoutStop(String word) {
        return word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * A name right before the colon that leads into a quote, after a verb that is no cue ({@code The
     * timing does not surprise pollster Jane Roe: "..."}): the person the sentence hands the word to.
     * The name is two to four capitalised words, with the role words before it.
     */
    Attribution colonName(String pre) {
        String t = pre.strip();
        if (!t.endsWith(":")) {
            return null;
        }
        t = t.substring(0, t.length() - 1);
        Attribution interview = nameAndOutlet(t);
        if (interview == null) {
            interview = nameAndDescription(t);
        }
        if (interview != null) {
            return interview;
        }
        Attribution delivered = subjectAndChannel(t);
        if (delivered != null) {
            return delivered;
        }
        List<String> w = Phrase.words(t.substring(t.lastIndexOf(',') + 1));
        int k = w.size();
        while (k > 0 && Character.isUpperCase(w.get(k - 1).charAt(0))) {
            k--;
        }
        int run = w.size() - k;
        if (run < 2 || run > 4 || k == 0 || !Character.isLowerCase(w.get(k - 1).charAt(0))) {
            return null; // no name, or a name opening the clause: the clause's subject is read elsewhere
        }
        List<String> name = w.subList(k, w.size());
        if (anyOrgWord(name) || anyAbbreviation(name)) {
            return null;
        }
        int b = k;
        while (b > 0 && lex.isRole(w.get(b - 1))) {
            b--;
        }
        String core = String.join(" ", w.subList(b, w.size()));
        return new Attribution(new Phrase(core, core, List.of()), null, false);
    }

    /**
     * {@code Grace Obi, to reporters: "..."}, {@code Her predecessor, Alan Cross, in a statement: "..."}: a
     * speaker and the channel the words came by, then the colon and the words; no verb. The channel is the
     * text after the last comma ({@link #channel}); the words before it must read as a speaker as a whole,
     * as they would before "said", and name someone: a name of two words or more ends them.
     */
    private Attribution subjectAndChannel(String t) {
        int comma = t.lastIndexOf(',');
        if (comma < 1 || !channel(Phrase.words(t.substring(comma + 1)))) {
            return null;
        }
        String head = t.substring(0, comma).strip();
        List<String> hw = Phrase.words(head);
        if (hw.size() < 2 || hw.size() > 12 || !Character.isUpperCase(hw.get(hw.size() - 1).charAt(0))
                || !Character.isUpperCase(hw.get(hw.size() - 2).charAt(0)) || anyOrgWord(hw.subList(hw.size() - 2, hw.size()))) {
            return null;
        }
        Phrase ph = Phrase.beforeCue(head);
        if (ph == null) {
            return null;
        }
        if (ph.text().equals(head)) {
            return new Attribution(ph, null, true);
        }
        // "Her predecessor, Alan Cross": a short description set before the name, both the speaker's
        int c = head.length() - ph.text().length() - 2;
        if (c > 0 && head.endsWith(ph.text()) && head.startsWith(", ", c)
                && Phrase.startsWithDeterminer(head) && Phrase.words(head.substring(0, c)).size() <= 4) {
            return new Attribution(new Phrase(head, ph.core(), List.of()), null, true);
        }
        return null;
    }

    /** Nouns of the texts and talks words come by ("in a statement", "in an interview with ..."). */
    private static final WordSet CHANNEL_NOUNS = new WordSet(List.of("statement", "interview", "email", "e-mail",
            "tweet", "post", "letter", "video", "speech", "message", "note", "briefing", "podcast", "op-ed", "release"));
    /** Whom words are said to, after "to" ("to reporters"). */
    private static final WordSet AUDIENCES = new WordSet(List.of("reporters", "journalists", "supporters", "lawmakers",
            "students", "voters", "viewers", "listeners", "readers", "delegates"));
    /** Platforms words are posted on, after "on" or "via". */
    private static final WordSet PLATFORMS = new WordSet(List.of("Twitter", "X", "Facebook", "Instagram", "Telegram",
            "TikTok", "YouTube", "LinkedIn", "Threads", "Bluesky"));

    /**
     * Whether words are a channel of at most eight words: "to reporters", "to the BBC", "to CNN", "in a
     * statement", "in an interview with the Daily Ledger", "on Twitter", "via Telegram".
     */
    private static boolean channel(List<String> w) {
        if (w.size() < 2 || w.size() > 8) {
            return false;
        }
        String first = w.get(0);
        String second = w.get(1);
        if (first.equals("to")) {
            return AUDIENCES.has(second) || w.size() == 2 && Character.isUpperCase(second.charAt(0))
                    || second.equals("the") && w.size() >= 3 && Character.isUpperCase(w.get(2).charAt(0));
        }
        if (first.equals("in")) {
            if (!Phrase.DETERMINERS.contains(second)) {
                return false;
            }
            for (int k = 2; k < w.size() && k <= 4; k++) {
                if (CHANNEL_NOUNS.has(w.get(k))) {
                    return k == w.size() - 1 || w.get(k + 1).equals("with") || w.get(k + 1).equals("to") || w.get(k + 1).equals("on");
                }
            }
            return false;
        }
        return (first.equals("on") || first.equals("via")) && w.size() == 2 && PLATFORMS.has(second);
    }

    /**
     * {@code Jane Roe, Channel Four News: "..."}: an interview's or a panel's layout, the speaker's name and
     * the outlet or body they speak for, then the colon and the words; no cue verb. The text before the
     * colon ({@code t}) must be exactly a name of two to four capitalised words (no organisation's word, no
     * clause opener, not in capitals alone like a dateline's place) and one to five capitalised words with
     * an organisation's word among them ("News", "Times", "Foundation"): "Harbor City, Maine:" is a place.
     */
    private Attribution nameAndOutlet(String t) {
        int comma = t.indexOf(',');
        if (comma < 0 || t.indexOf(',', comma + 1) >= 0) {
            return null;
        }
        String namePart = t.substring(0, comma).strip();
        List<String> name = Phrase.words(namePart);
        List<String> outlet = Phrase.words(t.substring(comma + 1));
        if (name.size() < 2 || name.size() > 4 || outlet.isEmpty() || outlet.size() > 5 || !namePart.equals(String.join(" ", name))
                || anyOrgWord(name) || anyAbbreviation(name) || !allCapitalised(outlet) || !anyOrgWord(outlet)) {
            return null;
        }
        for (String x : name) {
            if (!Character.isUpperCase(x.charAt(0)) || x.length() < 2 || !Character.isLowerCase(x.charAt(x.length() - 1))
                    || lex.capitalisedOpeners.contains(x) || lex.isRole(x) || lex.honorifics.contains(x)) {
                return null;
            }
        }
        return new Attribution(new Phrase(namePart, namePart, List.of()), null, true);
    }

    /**
     * {@code Linda Carver, 58, retired teacher: "..."}: a street interview's layout, the speaker's name, then
     * one to three short parts in lower case or figures (an age, a trade, a home town after "of" or
     * "from"), then the colon and the words; no cue verb. The name is read as {@link #nameAndOutlet} reads
     * it; each part has at most six words, opens in lower case or with a digit and holds no verb a subject
     * would need ("Ann Roe, however, was blunt:" is read as a clause before this is asked). The parts that
     * are no bare figure are the name's appositives.
     */
    private Attribution nameAndDescription(String t) {
        String[] parts = t.split(",");
        if (parts.length < 2 || parts.length > 4) {
            return null;
        }
        String namePart = parts[0].strip();
        List<String> name = Phrase.words(namePart);
        if (name.size() < 2 || name.size() > 4 || !namePart.equals(String.join(" ", name)) || anyOrgWord(name) || anyAbbreviation(name)) {
            return null;
        }
        for (String x : name) {
            if (!Character.isUpperCase(x.charAt(0)) || x.length() < 2 || !Character.isLowerCase(x.charAt(x.length() - 1))
                    || lex.capitalisedOpeners.contains(x) || lex.isRole(x) || lex.honorifics.contains(x)) {
                return null;
            }
        }
        List<String> apps = new java.util.ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            List<String> w = Phrase.words(part);
            if (w.isEmpty() || w.size() > 6 || !(Character.isLowerCase(part.charAt(0)) || Character.isDigit(part.charAt(0)))) {
                return null;
            }
            for (String x : w) {
                if (AUX_SET.has(x) || lex.cues.isWord(x)) {
                    return null; // "Ann Roe, for her part, was blunt:", "Tom Roe, asked about it, said:"
                }
            }
            if (!Character.isDigit(part.charAt(0)) || w.size() > 1) {
                apps.add(part);
            }
        }
        return new Attribution(new Phrase(t.strip(), namePart, List.copyOf(apps)), null, true);
    }

    /**
     * Subject of a sentence whose quote is introduced by a participle ("Ali Shamkhani, ..., adding: "),
     * unless a name stands right before the participle, without a comma: that name is its subject
     * ("The ad uses footage of Hillary Clinton asking, '...'").
     */
    Attribution sentenceSubject(QuotedText text, int from, int to, String participleCue) {
        int i = from;
        while (i < to && Character.isWhitespace(text.chars[i])) {
            i++;
        }
        if (i == to || "\"“''‘«„".indexOf(text.chars[i]) >= 0) {
            return null;
        }
        CueMatcher.Hit last = text.lastCue(from, to);
        if (lex.judging.contains(participleCue) && (last == null || !judgedAs(text.chars, from + last.end(), to))) {
            return null;
        }
        String sentence = text.text.substring(from, to);
        Phrase named = nameBeforeParticiple(sentence, last);
        if (named != null) {
            return new Attribution(named, participleCue, true);
        }
        Phrase ph = Phrase.beforeCue(firstClause(sentence, text.firstCue(from, to)));
        if (ph == null && last != null && participleCue(last.cue())) {
            ph = issuerOfText(text.chars, from, from + last.start());
        }
        if (ph == null || QUANTIFIER_SET.hasLower(ph.core())) {
            // "Two hundred workers walked out, demanding ...": a quantity cut to its first word ("hundred" reads
            // as a past tense) names no one
            return null;
        }
        return new Attribution(ph, participleCue, true);
    }

    /** Nouns of a text someone issues, which a participle cue after them ("a statement saying") belongs to. */
    private static final WordSet ISSUED_TEXT_SET = new WordSet(List.of("statement", "letter", "release", "memo",
            "message", "post", "tweet", "video", "note", "communique", "communiqué"));

    /** Verbs by which a body puts out a text of its own ("published" is left out: a paper prints others' letters). */
    private static final WordSet ISSUING_SET = new WordSet(List.of("released", "issued", "sent", "posted", "put"));

    /** An organisation's word written in lower case after "the" ("the ministry", "the campaign"). */
    private static boolean isOrgNoun(String word) {
        return !word.isEmpty() && NameIndex.isOrgWord(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    /** {@link #issuerOfText} as an attribution by the participle {@code cue}, whose offsets count from {@code from}. */
    Attribution issuerOfText(QuotedText text, int from, CueMatcher.Hit cue) {
        Phrase ph = issuerOfText(text.chars, from, from + cue.start());
        return ph == null ? null : new Attribution(ph, cue.cue(), true);
    }

    /**
     * {@code The White House later released a statement saying the forecasts had been "..."}: a participle
     * cue right after a text that the sentence's subject issued gives that subject, a body named by "The"
     * and one to three capitalised words or an organisation's word, then a verb of putting a text out (an
     * adverb may stand between).
     * The sentence runs from {@code from} to the cue at {@code cueAt} in {@code a}.
     */
    private static Phrase issuerOfText(char[] a, int from, int cueAt) {
        WordTable w = WordTable.of(a, from, cueAt);
        int n = w.size();
        if (n >= 6 && w.lowerIs(n - 2, "on") && w.capital(n - 1)) {
            n -= 2; // "a statement on Friday, saying"
        }
        if (n < 4 || !w.lowerIn(ISSUED_TEXT_SET, n - 1) || !w.is(0, "The")) {
            return null;
        }
        int k = 1;
        while (k < Math.min(4, n) && (w.capital(k) || k == 1 && isOrgNoun(w.word(k)))) {
            k++;
        }
        if (k == 1 || k == 4 || !w.capital(1) && k > 2) {
            return null;
        }
        int v = k;
        while (v < n - 1 && w.in(ADVERB_SET, v)) {
            v++;
        }
        if (v >= n - 1 || !w.in(ISSUING_SET, v)) {
            return null;
        }
        String core = w.join(0, k);
        return new Phrase(core, core, List.of());
    }

    /**
     * The capitalised words right before the sentence's last cue ({@code last}), a participle that leads
     * into the quote; or null.
     */
    private static Phrase nameBeforeParticiple(String sentence, CueMatcher.Hit last) {
        if (last == null || !participleCue(last.cue())) {
            return null;
        }
        String between = sentence.substring(last.end()).strip();
        if (!(between.isEmpty() || between.equals(",") || between.equals(":"))) {
            return null;
        }
        int e = last.start();
        while (e > 0 && sentence.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == 0 || !Character.isLetter(sentence.charAt(e - 1))) {
            return null;
        }
        List<String> w = Phrase.words(sentence.substring(0, e));
        int k = w.size();
        while (k > 0 && Character.isUpperCase(w.get(k - 1).charAt(0)) && !w.get(k - 1).endsWith(".")) {
            k--;
        }
        if (k == w.size() || k == 0 || w.size() - k > 4) {
            return null; // no name, or the name opens the sentence: its subject anyway
        }
        List<String> name = w.subList(k, w.size());
        if (anyOrgWord(name) || name.size() == 1 && name.get(0).equals("I")) {
            return null;
        }
        String core = String.join(" ", name);
        return new Phrase(core, core, List.of());
    }

    /**
     * Where an unclosed quote really ends when its attribution sits inside it
     * ({@code "Ahvaz ... last year, Rezaei-Far continued, adding ...}): the index of that comma, or -1.
     */
    int attributionInside(String text) {
        // all the cues at once: the chain of next-cue scans from each hit's end finds the same ones
        for (CueMatcher.Hit cue : lex.cues.all(text)) {
            int comma = text.lastIndexOf(',', cue.start());
            if (comma < 0 || cue.start() - comma > 60) {
                continue;
            }
            String np = text.substring(comma + 1, cue.start()).strip();
            if (np.isEmpty() || participleCue(cue.cue())) {
                continue;
            }
            String fw = Phrase.firstWord(np);
            boolean pronoun = fw.equals("he") || fw.equals("she") || fw.equals("they");
            if (pronoun || (Character.isUpperCase(np.charAt(0)) && Phrase.words(np).size() <= 5
                    && allCapitalised(Phrase.words(np)))) {
                return comma;
            }
        }
        return -1;
    }

    /**
     * The sentence's subject: the first comma segment that is not an adverbial ("After the Paris attacks,
     * Trump released ..." → "Trump"), cut where its verb starts (the first lowercase word after a name).
     */
    /**
     * "Dean, a former party chairman, poked at ..., tweeting": the subject's appositive, closed by a
     * comma before the predicate, belongs to the mention. Only segments that open like a description
     * (an article, a relative pronoun, "now", a party-state tag) are taken, and a predicate must follow.
     */
    private static String withAppositive(String[] segs, int subject) {
        StringBuilder out = new StringBuilder(segs[subject]);
        int j = subject + 1;
        while (j < segs.length - 1 && APPOSITIVE_OPENER.matcher(segs[j].strip()).lookingAt()) {
            out.append(',').append(segs[j]);
            j++;
        }
        return j < segs.length && !segs[j].isBlank() ? out.toString() : segs[subject];
    }

    private static String firstClause(String sentence) {
        return firstClause(sentence, Lexicon.get().cues.next(sentence, 0));
    }

    /** {@link #firstClause(String)} given the sentence's first cue, or null when it has none. */
    private static String firstClause(String sentence, CueMatcher.Hit cue) {
        String upTo = cue != null ? sentence.substring(0, cue.start()) : sentence;
        String[] segs = upTo.split(",");
        for (int i = 0; i < segs.length; i++) {
            String seg = segs[i];
            if (seg.isBlank() || Phrase.isClauseOpener(seg)) {
                continue;
            }
            List<String> w = Phrase.words(seg);
            int k = 0;
            if (!w.isEmpty() && Character.isLowerCase(w.get(0).charAt(0))) {
                k = 1;
                while (k < w.size() && k < 5 && !w.get(k).endsWith("ed") && !w.get(k).endsWith("s")) {
                    k++;
                }
                if (k < w.size() && w.get(k).endsWith("s") && !w.get(k).endsWith("ss") && k < 4) {
                    k++;
                }
            } else {
                k = throughHead(w, nounRun(w));
                if (k >= w.size()) {
                    return withAppositive(segs, i);
                }
            }
            return k == 0 ? seg : String.join(" ", w.subList(0, Math.min(k, w.size())));
        }
        return upTo;
    }

    /**
     * Where a subject that opens with capitalised words really ends: at its verb, when lower-case words
     * that are no verb follow the capitals ("His office put out ...", "Libertarian presidential candidate
     * Gary Johnson's doctor is calling ..."), where the capitals alone left "His" or "Libertarian".
     */
    private static int throughHead(List<String> w, int k) {
        if (k != 1 || k >= w.size() || verbLike(w.get(k))) {
            return k; // a name of two words or more is a subject already ("Donald Trump on Thursday")
        }
        Lexicon lex = Lexicon.get();
        for (int v = k; v < w.size() && v <= k + 5; v++) {
            String x = w.get(v);
            if (verbLike(x)) {
                return v;
            }
            if (HEAD_STOPS.contains(x)) {
                // "The group that met on Monday said": the noun before a relative pronoun ends the subject
                // the capitalised article opened; elsewhere ("Trump and his aides", "Over the weekend") no
                // single noun phrase
                return v > k && RELATIVES.contains(x) && DETERMINER_OPENERS.contains(w.get(0)) ? v : k;
            }
            if (v + 1 < w.size() && lex.isRole(x) && Character.isUpperCase(w.get(v + 1).charAt(0))) {
                // "Republican vice presidential nominee Mike Pence on Wednesday defended ...": a role the
                // capital opened, then the name it introduces
                int end = v + 1;
                while (end < w.size() && Character.isUpperCase(w.get(end).charAt(0))) {
                    end++;
                }
                String last = w.get(end - 1);
                if (!last.endsWith("'s") && !last.endsWith("’s")) {
                    return end; // "... Gary Johnson's doctor is calling": the possessive's noun is the head
                }
            }
        }
        return k;
    }

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("that", "who", "which");
    private static final java.util.Set<String> DETERMINER_OPENERS = java.util.Set.of("The", "A", "An");

    private static final java.util.Set<String> HEAD_STOPS = java.util.Set.of("and", "or", "but", "the", "a", "an",
            "that", "this", "his", "her", "their", "its", "who", "which");

    private static boolean verbLike(String word) {
        String x = withoutStop(word);
        return Character.isLowerCase(x.charAt(0)) && (AUX.contains(x) || x.endsWith("ed") || Lexicon.get().cues.isWord(x)
                || IRREGULAR_PASTS.contains(x)
                || x.endsWith("s") && !x.endsWith("ss") && !x.endsWith("'s") && !x.endsWith("’s") && x.length() > 3);
    }

    /**
     * How many words a subject that opens with a capital takes: its capitalised words and the lower-case
     * role nouns among them ("The Florida senator", "Band member Flea", "Corporate lobbyists"), where
     * stopping at the first lower-case word left "The Florida" as the speaker.
     */
    private static int nounRun(List<String> w) {
        int k = 0;
        while (k < w.size() && (Character.isUpperCase(w.get(k).charAt(0)) || w.get(k).startsWith("al-")
                || k > 0 && Lexicon.get().isRole(w.get(k)))) {
            k++;
        }
        return k;
    }

    /**
     * The subject of the verb before {@code and}: the clause after the last comma when it opens with a
     * pronoun or a name ("Once, when ..., I laughed and said"), else the sentence's first clause.
     */
    private static Phrase coordinatedSubject(String subject) {
        String t = subject.strip();
        String clause = t.substring(t.lastIndexOf(',') + 1);
        List<String> w = Phrase.words(clause);
        if (!w.isEmpty() && !Phrase.isClauseOpener(clause)) {
            String first = w.get(0);
            if (SUBJECT_PRONOUNS.contains(first.toLowerCase(Locale.ROOT))) {
                return new Phrase(first, first, List.of());
            }
            int k = Character.isUpperCase(first.charAt(0)) ? firstVerb(w) : 0;
            if (k > 0 && k < w.size()) {
                // the clause as written up to its verb, not its words joined: "Sen. Ann Roe (R-Iowa) on
                // Wednesday downplayed ... and said" keeps the parentheses that make "R-Iowa" her party tag
                Phrase ph = Phrase.beforeCue(clause.substring(0, WordTable.of(clause).start(k)));
                if (ph != null) {
                    return ph;
                }
            }
        }
        return Phrase.beforeCue(firstClause(t));
    }

    /** Where the verb of a clause starts: its first lower-case word that is an auxiliary, a cue or ends in -ed; else 0. */
    private static int firstVerb(List<String> w) {
        for (int k = 1; k < w.size(); k++) {
            String x = w.get(k);
            if (Character.isLowerCase(x.charAt(0)) && (AUX.contains(x) || x.endsWith("ed") || Lexicon.get().cues.isWord(x))) {
                return k;
            }
        }
        return 0;
    }

    /** Whether {@code a[from, to)}, stripped, is longer than four characters and ends with " and" or " but". */
    private static boolean endsWithAnd(char[] a, int from, int to) {
        int f = QuotedText.stripStart(a, from, to);
        int e = QuotedText.stripEnd(a, f, to);
        if (e - f <= 4 || a[e - 4] != ' ') {
            return false;
        }
        return a[e - 3] == 'a' && a[e - 2] == 'n' && a[e - 1] == 'd' || a[e - 3] == 'b' && a[e - 2] == 'u' && a[e - 1] == 't';
    }

    /**
     * {@link #participle} of a cue as {@link CueMatcher} and {@link #normalizeCue} give it, in lower case
     * already: asked of every cue found, where lower-casing it again was a scan and a call each time.
     */
    private static boolean participleCue(String lowerCue) {
        return lowerCue.endsWith("ing") && !lowerCue.endsWith("quoted as saying");
    }

    static boolean participle(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        return c.endsWith("ing") && !c.endsWith("quoted as saying");
    }

    /** Whether every word of {@code a[from, to)} is an adverb ("also", "later", an -ly word in lower case); the words read in place. */
    private static boolean isAdverbs(char[] a, int from, int to) {
        WordTable w = WordTable.of(a, from, to);
        for (int k = 0; k < w.size(); k++) {
            if (!(w.lowerIs(k, "also") || w.lowerIs(k, "later") || w.lowerIs(k, "then") || w.lowerIs(k, "again")
                    || (w.lowerEndsWith(k, "ly") && Character.isLowerCase(w.first(k))))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cue in lower case, each run of ASCII white space ({@code \s}) one space: a loop, where a
     * {@code replaceAll} compiled its pattern again for every cue before every quote.
     */
    static String normalizeCue(String cue) {
        int n = cue.length();
        int i = 0;
        while (i < n && !asciiSpace(cue.charAt(i))) {
            i++;
        }
        if (i == n) {
            return cue.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(cue, 0, i);
        while (i < n) {
            char c = cue.charAt(i);
            if (asciiSpace(c)) {
                while (i < n && asciiSpace(cue.charAt(i))) {
                    i++;
                }
                sb.append(' ');
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The characters of the regex class {@code \s}: space, tab, newline, vertical tab, form feed, return. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /*
     * Loops, not streams with lambdas or method references: a call site the class-data archive's
     * training did not reach had its lambda class generated at run time, in a one-file parse of many a
     * story with long attributions.
     */

    /** Whether a word of {@code words} is an organisation's ({@link NameIndex#isOrgWord}). */
    private static boolean anyOrgWord(List<String> words) {
        for (String x : words) {
            if (NameIndex.isOrgWord(x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code words} is an abbreviation of more than two letters ("Gov.", "Corp."). */
    private static boolean anyAbbreviation(List<String> words) {
        for (String x : words) {
            if (x.endsWith(".") && x.length() > 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of {@code words} opens with a capital. */
    private static boolean allCapitalised(List<String> words) {
        for (String x : words) {
            if (!Character.isUpperCase(x.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
