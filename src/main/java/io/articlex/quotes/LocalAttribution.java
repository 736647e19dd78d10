package io.articlex.quotes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribution of quotes in a language other than English, from that language's words
 * ({@link LocalCues}) and the shapes wire copy gives attributions in every language:
 * <ul>
 *   <li>cue after the quote, speaker after the cue: {@code „…“, sagte Landesrätin X am Dienstag},
 *       {@code « … », a déclaré à l’AFP la conservatrice X}, {@code », — заявила директор X},
 *       {@code ” – powiedziała PAP dyrektor X}, {@code ", aldus een woordvoerder}; an object between
 *       the cue and the speaker (à l’AFP, all'Adnkronos, PAP, «Интерфаксу») is stepped over; a role
 *       with the name in apposition ({@code el presidente de la federación, Vicent Camarasa}) keeps the name;</li>
 *   <li>inverted pronouns: {@code a-t-elle ajouté}, {@code poursuit-il};</li>
 *   <li>cue after the quote with the speaker before it, the Turkish order: {@code X, "…" dedi.};</li>
 *   <li>cue before the quote: {@code X erklärte: „…“} (subject first) and {@code وقال المهندس X: «…»}
 *       (verb first);</li>
 *   <li>a cue without a subject ({@code «…», añadió.}, {@code ” – dodał.}, {@code وقال:}): the speaker is
 *       the subject of the nearest preceding statement in the paragraph ({@code El alcalde aseguró que ...}),
 *       or else of the nearest preceding attribution, as written there;</li>
 *   <li>an attribution inside the marks ({@code «…, - рассказал он. - …»}, {@code « …, a précisé X, … »}):
 *       {@link #splitIncises} cuts the quote in two around it.</li>
 * </ul>
 * One instance per article: it remembers the attributions already read, in text order, for pro-drop
 * cues and pronouns.
 */
final class LocalAttribution {

    /** An article between a linker and what a role serves: "de la Mobilité", "de las Artes". */
    private static final java.util.Set<String> LINKED_ARTICLES = java.util.Set.of("la", "las", "los", "le", "les", "il", "lo");

    /**
     * A word: letters, digits and the apostrophes and hyphens inside words; a title's abbreviation point.
     * Its text and lower case are cut from the source when first asked for: most words of a stretch are
     * only stepped over (an incise is looked for in every quote, and only words after a comma or a dash
     * are asked whether they are cues), and copying and lower-casing each was most of this class's cost.
     */
    private static final class Tok {
        private final String source;
        private final int start;
        private final int end;
        private String text;
        private String lower;

        Tok(String source, int start, int end) {
            this.source = source;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String text() {
            if (text == null) {
                text = source.substring(start, end);
            }
            return text;
        }

        String lower() {
            if (lower == null) {
                lower = text().toLowerCase(Locale.ROOT);
            }
            return lower;
        }
    }

    private static final Pattern INVERSION = Pattern.compile("(\\p{L}+)-(?:t-)?(\\p{L}+)");
    private static final String OPEN_MARKS = "\"“„«»‹›「‘";
    private static final String CLOSE_MARKS = "\"”“»«›」’";
    /** Lower-case words that join the parts of a name ("Juan de la Cruz", "Koen van Dijk"). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "do", "dos", "das", "del",
            "della", "di", "van", "von", "der", "den", "ter", "ten", "la", "le", "al", "bin", "ibn", "y", "e");
    /** Conjunctions that may join the words of an organisation a title serves ("Kültür ve Turizm Müdürü"). */
    private static final java.util.Set<String> JOINS = java.util.Set.of("ve", "und", "et", "y", "e", "en", "i", "и");
    /** {@link #PARTICLES} that are articles too: a particle only after another ("van der Berg", "de la Cruz"). */
    private static final java.util.Set<String> ARTICLE_PARTICLES = java.util.Set.of("der", "den", "la", "le");

    private final LocalCues cues;
    private Phrase lastPhrase;
    private String lastName;
    /** Names already given in full, to which a later surname alone refers ("Lambrechts", "النعيمي"). */
    private final List<String> fullNames = new ArrayList<>();
    private final Map<Attribution, String> antecedents = new IdentityHashMap<>();
    /** A pronoun's antecedent that is a description, no name ({@link #describedBefore}). */
    private final Map<Attribution, String> descriptions = new IdentityHashMap<>();
    /** The description the last pronoun stood for, until a speaker is named again. */
    private String lastDescribed;

    private LocalAttribution(LocalCues cues) {
        this.cues = cues;
    }

    /** The attribution reader for {@code language}, or null for English and languages without a word file. */
    static LocalAttribution forLanguage(String language) {
        LocalCues c = LocalCues.forLanguage(language);
        return c == null ? null : new LocalAttribution(c);
    }

    /**
     * The attribution of the quote at {@code s}: the text after it up to {@code ceiling} (the next quote)
     * and its sentence before it (from {@code prevEnd}, the previous quote's end).
     */
    Attribution attribute(String p, Span s, int prevEnd, int ceiling) {
        int postEnd = Sentences.endAfter(p, s.end(), Math.max(s.end(), ceiling));
        String post = p.substring(s.end(), Math.max(s.end(), postEnd));
        int sentenceStart = Sentences.startBefore(p, s.open(), prevEnd);
        String pre = p.substring(sentenceStart, s.open());
        Attribution a = null;
        if (!cues.anaphora().isEmpty()) {
            // the quote is a sentence: its full stop after the marks ("…". Lo ha detto) or inside them („….“ Das sagte)
            boolean stops = onlyStops(post);
            int from = stops ? postEnd : s.end();
            if (from < ceiling && (stops || s.textEnd() > s.textStart() && ".!?".indexOf(p.charAt(s.textEnd() - 1)) >= 0)) {
                a = nextSentence(p, from, ceiling);
            }
        }
        if (a == null) {
            a = after(post, pre, p, s.open());
        }
        if (a == null) {
            a = before(pre);
        }
        if (a == null) {
            return null;
        }
        boolean pronoun = isPronoun(a.phrase().core());
        String described = pronoun ? describedBefore(p, prevEnd, s.open()) : null;
        if (described != null) {
            // "Ein Konzernsprecher bestätigte die Zahl. „…“, sagte er.": the pronoun is the role just
            // described, not the person named before it; and so is the next pronoun naming no one new
            remember(a);
            descriptions.put(a, described);
            lastDescribed = described;
            return a;
        }
        boolean reused = a.phrase() == lastPhrase;
        if (!pronoun && !reused && definiteRole(a.phrase().core())) {
            String named = nameSince(p, prevEnd, s.open());
            int at = named == null ? -1 : p.indexOf(named, prevEnd);
            String other = at < 0 || at + named.length() >= s.open() ? null : nameSince(p, at + named.length(), s.open());
            if (at >= 0 && at < s.open() && (other == null || other.equals(named))) {
                // "Der Geschäftsführer des Verkehrsverbunds, Thomas Brandl, sieht das anders. „…“, sagte der
                // Manager.": the role with the definite article is the one person the paragraph has just named
                // in full (two named: either could be meant; a surname alone, "Keller verteidigte den Plan.
                // „…“, so der Manager.", is a person met before, and the description stays as written)
                remember(a);
                antecedents.put(a, named);
                lastName = named;
                lastDescribed = null;
                return a;
            }
        }
        String here = pronoun || reused ? nameSince(p, prevEnd, s.open()) : null;
        if (here != null && (!pronoun || reused)) {
            pronoun = false; // the last speaker's pronoun reused for a cue without a subject is not this one's
            // "El presidente de la Generalitat, Carlos Mazón, ha decretado ... "…", ha dicho.": the cue
            // without a subject is the one just named, not the speaker before
            a = new Attribution(new Phrase(here, here, List.of()), a.cue(), a.direct());
        }
        remember(a);
        if (here == null && pronoun && lastDescribed != null) {
            descriptions.put(a, lastDescribed);
        }
        if (here != null && pronoun) {
            // "Le ministre, Gabriel Attal, a défendu son projet. « … », a-t-il affirmé": the pronoun is the
            // person the paragraph names before it, not the last speaker
            antecedents.put(a, here);
            lastName = here;
            lastDescribed = null;
        }
        return a;
    }

    /**
     * The description opening the sentence right before a quote that opens its own sentence, when that
     * sentence names no one: a determiner and a role noun ("Ein Konzernsprecher bestätigte die Zahl.",
     * "Une porte-parole a confirmé.", "Een woordvoerder bevestigde dat."), as written; or null. A pronoun
     * cue after the quote refers to it.
     */
    private String describedBefore(String p, int prevEnd, int open) {
        int start = Sentences.startBefore(p, open, prevEnd);
        if (start <= prevEnd || !blank(p, start, open)) {
            return null; // the quote does not open its sentence, or no sentence stands between it and the last
        }
        int before = Sentences.startBefore(p, start - 1, prevEnd);
        if (before <= prevEnd && prevEnd > 0) {
            return null; // that sentence holds the previous quote
        }
        List<Tok> t = tokens(p, before, start);
        if (t.size() < 3 || !cues.determiners().contains(t.get(0).lower()) || !cues.isTitle(t.get(1).lower())
                || boundary(p, t.get(0).end(), t.get(1).start()) != 0 || nameSince(p, before, start) != null) {
            return null;
        }
        // what the role serves, as capitalised words and their articles ("Ein Sprecher des Hafens")
        int last = 1;
        for (int j = 2; j < t.size() && boundary(p, t.get(j - 1).end(), t.get(j).start()) == 0; j++) {
            String l = t.get(j).lower();
            if (cues.isCue(l) || !cues.determiners().contains(l) && !isCapitalised(t.get(j).text())) {
                break;
            }
            if (!cues.determiners().contains(l)) {
                last = j;
            }
        }
        return p.substring(t.get(0).start(), t.get(last).end());
    }

    /** Definite articles of the languages read here: a role after one is someone known ("der Manager", "la ministra"). */
    private static final java.util.Set<String> DEFINITE = java.util.Set.of("der", "die", "den", "dem", "le", "la", "l",
            "el", "il", "lo", "de", "het", "o", "a");

    /**
     * Whether a speaker's phrase is a definite article and a role noun with no name in it ("der Manager",
     * "la ministra", "il sindaco"): the person the narration names just before the quote, when it names one.
     */
    private boolean definiteRole(String core) {
        List<Tok> t = tokens(core, 0, core.length());
        return t.size() >= 2 && t.size() <= 4 && DEFINITE.contains(t.get(0).lower()) && cues.isTitle(t.get(1).lower())
                && hasCase(core) && nameOf(core, cues) == null;
    }

    private static boolean blank(String p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!WordTable.whitespace(p.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first character other than a space from {@code at}, going {@code step}, is a comma. */
    private static boolean commaAt(String p, int at, int step) {
        int k = at;
        while (k >= 0 && k < p.length() && p.charAt(k) == ' ') {
            k += step;
        }
        return k >= 0 && k < p.length() && p.charAt(k) == ',';
    }

    /**
     * The first person the paragraph names in {@code p[from, to)}, the narration since the previous
     * quote: a run of two capitalised words or more (particles inside), without the title before it
     * ({@link #nameOf}) and not opened by a determiner ("Die Bahn"), or a surname alone of a name given
     * in full earlier; its full name, or null. Read only for a pronoun or a cue without a subject.
     */
    private String nameSince(String p, int from, int to) {
        List<Tok> t = tokens(p, from, to);
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (!isCapitalised(t.get(i).text()) || cues.determiners().contains(t.get(i).lower())) {
                continue;
            }
            int j = capitalRunEnd(p, t, i);
            if (j - i == 1) {
                String full = fullName(t.get(i).text());
                if (full != null) {
                    return full;
                }
                continue;
            }
            String run = p.substring(t.get(i).start(), t.get(j - 1).end());
            String name = nameOf(run, cues);
            // a name as such: after its title ("Verkehrsminister Volker Wissing"), set off by commas (", Carlos
            // Mazón,") or given before; capitalised nouns ("Transporte von Getreide") are none
            boolean titled = name != null && (name.length() < run.length() || i > 0 && cues.isTitle(t.get(i - 1).lower()));
            boolean apposed = commaAt(p, t.get(i).start() - 1, -1) && commaAt(p, t.get(j - 1).end(), 1);
            if (name != null && name.indexOf(' ') > 0 && !NameIndex.isOrgWord(name.substring(name.lastIndexOf(' ') + 1))
                    && (titled || apposed || fullNames.contains(name))) {
                return name;
            }
            i = j - 1;
        }
        return null;
    }

    /** Where the run of capitalised words from token {@code i} ends, particles between capitals inside it. */
    private static int capitalRunEnd(String p, List<Tok> t, int i) {
        int n = t.size();
        int j = i + 1;
        while (j < n && boundary(p, t.get(j - 1).end(), t.get(j).start()) == 0
                && (isCapitalised(t.get(j).text()) || PARTICLES.contains(t.get(j).lower()) && j + 1 < n
                && isCapitalised(t.get(j + 1).text()))) {
            j++;
        }
        return j;
    }

    private void remember(Attribution a) {
        Phrase ph = a.phrase();
        if (isPronoun(ph.core())) {
            if (lastName != null) {
                antecedents.put(a, lastName);
            }
        } else {
            lastDescribed = null;
            String name = hasCase(ph.core()) ? nameOf(ph.core(), cues) : caselessName(ph.core());
            String full = fullName(name);
            if (full != null) {
                antecedents.put(a, full);
                name = full;
            } else if (name != null && name.indexOf(' ') > 0) {
                fullNames.add(name);
            }
            if (name != null && (hasCase(ph.core()) ? nameOf(ph.core(), cues) != null : full != null)) {
                lastName = name;
            }
        }
        lastPhrase = ph;
    }

    /**
     * How many words at the start of {@code t} say when (a day, today, in the evening; a word of
     * {@code [timeleads]} may open each: "am Freitag", "el lunes", "в пятницу"), ending with a word of
     * {@code [times]}; 0 when they do not.
     */
    private int timeRun(List<Tok> t) {
        int run = 0;
        int i = 0;
        while (i < t.size() && i < 4) {
            int j = cues.timeLeads().contains(t.get(i).lower()) ? i + 1 : i;
            if (j >= t.size() || !cues.times().contains(t.get(j).lower())) {
                break;
            }
            i = j + 1;
            run = i;
        }
        return run;
    }

    /**
     * Whether a phrase after a cue names someone: a capitalised word, a title or a pronoun. "Lo dice la
     * legge" (the law says so) points back at the quote without a speaker.
     */
    private boolean personLike(String phrase) {
        for (Tok w : tokens(phrase, 0, phrase.length())) {
            if (isCapitalised(w.text()) || cues.isTitle(w.lower()) || cues.pronouns().contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the quote's sentence goes on after its closing mark with nothing but a full stop or the like. */
    private static boolean onlyStops(String post) {
        for (int i = 0; i < post.length(); i++) {
            char c = post.charAt(i);
            if (c != '.' && c != '!' && c != '?' && !WordTable.whitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote that is a sentence of its own, attributed by the next one, which opens with words pointing
     * back at it and the cue: {@code „…“ Das sagte Bauministerin X am Freitag.}, {@code "…". Lo ha detto il
     * ministro X}, {@code «…». Así lo afirmó X}, {@code "…". Об этом заявил министр X} (the opener from
     * {@code [anaphora]}, an auxiliary, the cue, then the speaker as after any cue). Tried first, and only
     * when the quote closes its sentence; a quote with a cue of its own after it (", sagte er") opens no
     * such sentence and is read as before.
     */
    private Attribution nextSentence(String p, int from, int ceiling) {
        int end = Sentences.endAfter(p, Math.min(from + 1, ceiling), ceiling);
        List<Tok> t = tokens(p, from, end);
        for (int n = 1; n <= 3 && n < t.size(); n++) {
            StringBuilder opener = new StringBuilder(t.get(0).lower());
            for (int i = 1; i < n; i++) {
                opener.append('_').append(t.get(i).lower());
            }
            if (!cues.anaphora().contains(opener.toString())) {
                continue;
            }
            int k = n < t.size() - 1 && cues.aux().contains(t.get(n).lower()) ? n + 1 : n;
            if (!cues.isCue(t.get(k).lower())) {
                return null;
            }
            Phrase ph = speakerAfter(p, t.get(k).end(), end);
            return ph == null || !personLike(ph.text()) ? null : new Attribution(ph, cueText(t, k), true);
        }
        return null;
    }

    /** Cue right after the quote ({@code , sagte X}, {@code , - сказал он}, {@code " dedi.}). */
    private Attribution after(String post, String pre, String p, int open) {
        List<Tok> t = tokens(post, 0, post.length());
        if (t.isEmpty()) {
            return null;
        }
        String lead = post.substring(0, t.get(0).start());
        if (hasAny(lead, ".;:!?()") || hasAny(lead, OPEN_MARKS) && !hasAny(lead, CLOSE_MARKS)) {
            return null;
        }
        Tok first = t.get(0);
        Matcher inv = INVERSION.matcher(first.text());
        if (inv.matches() && cues.pronouns().contains(inv.group(2).toLowerCase(Locale.ROOT))) {
            String verb = inv.group(1).toLowerCase(Locale.ROOT);
            boolean aux = cues.aux().contains(verb) && t.size() > 1 && cues.isCue(t.get(1).lower());
            if (aux || cues.isCue(verb)) {
                String pron = inv.group(2);
                return new Attribution(new Phrase(pron, pron, List.of()), aux ? t.get(1).lower() : verb, true);
            }
        }
        int k = cues.aux().contains(first.lower()) && t.size() > 1 && cues.isCue(t.get(1).lower()) ? 1 : 0;
        if (cues.isCue(t.get(k).lower())) {
            String cue = k == 1 ? first.lower() + " " + t.get(1).lower() : first.lower();
            Phrase ph = speakerAfter(post, t.get(k).end(), post.length());
            if (ph == null && cues.impersonal().contains(t.get(k).lower())) {
                ph = office(post, t, k + 1);
            }
            if (ph != null) {
                return new Attribution(ph, cue, true);
            }
            if (!pre.isBlank()) {
                Phrase before = trailingPhrase(pre);
                if (before == null) {
                    before = commaSubject(pre);
                }
                if (before != null) {
                    return new Attribution(before, cue, true);
                }
            }
            Phrase earlier = statementBefore(p, open);
            if (earlier == null) {
                earlier = lastPhrase;
            }
            if (earlier == null && previous != null && blank(p, 0, open)) {
                earlier = leadSubject(previous);
            }
            return earlier == null ? null : new Attribution(earlier, cue, true);
        }
        // subject first after the quote: ", Ledesma dijo", ", ze zei"
        for (int c = 1; c <= 3 && c < t.size(); c++) {
            if (boundary(post, t.get(c - 1).end(), t.get(c).start()) != 0) {
                return null;
            }
            if (cues.isCue(t.get(c).lower())) {
                String subject = post.substring(first.start(), t.get(c - 1).end());
                if (cues.anaphora().contains(subject.toLowerCase(Locale.ROOT).replace(' ', '_'))) {
                    return null; // "„…“ Das sagt alles.": the word points back at the quote, it is no speaker
                }
                return subjectLike(tokens(subject, 0, subject.length()))
                        ? new Attribution(new Phrase(subject, subject, List.of()), t.get(c).lower(), true) : null;
            }
        }
        return null;
    }

    /** Cue before the quote, in its sentence: verb first ({@code وقال X:}) or subject first ({@code X erklärte:}). */
    private Attribution before(String pre) {
        List<Tok> t = tokens(pre, 0, pre.length());
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (cues.isCue(t.get(i).lower())) {
                at.add(i);
            }
        }
        String stripped = pre.stripTrailing();
        boolean colon = !stripped.isEmpty() && stripped.charAt(stripped.length() - 1) == ':';
        for (int k = at.size() - 1; k >= 0 && k >= at.size() - 4; k--) {
            Tok cue = t.get(at.get(k));
            if (pronounSubject(pre, t, at.get(k))) {
                // "Sie kündigte Widerstand an: „…“", "Il a ensuite déclaré : « … »": the pronoun opening the
                // sentence before the verb is its subject, and a capitalised word after the verb its object
                String pron = t.get(0).text();
                return new Attribution(new Phrase(pron, pron, List.of()), cueText(t, at.get(k)), k == at.size() - 1);
            }
            Phrase ph = speakerAfter(pre, cue.end(), pre.length());
            if (ph != null && colon && adverbial(ph.text())) {
                // "Luis Ortega replicó horas después: «…»": the subject before the cue, when it has one
                Phrase subject = subjectOf(pre, t, at, k);
                ph = subject != null ? subject : ph;
            }
            if (ph != null) {
                return new Attribution(ph, cueText(t, at.get(k)), k == at.size() - 1);
            }
        }
        if (!cues.according().isEmpty() && !t.isEmpty()) {
            Attribution a = according(pre, t);
            if (a != null) {
                return a;
            }
        }
        for (int k = at.size() - 1; k >= 0 && k >= at.size() - 4; k--) {
            Phrase ph = subjectOf(pre, t, at, k);
            if (ph != null) {
                return new Attribution(ph, cueText(t, at.get(k)), k == at.size() - 1);
            }
        }
        Attribution dropped = proDropBefore(pre, t, at);
        return dropped != null || !at.isEmpty() ? dropped : colonSubject(pre, t);
    }

    /** The subject before the {@code k}-th cue of {@code pre} (its tokens {@code t}, cues at {@code at}), or null. */
    private Phrase subjectOf(String pre, List<Tok> t, List<Integer> at, int k) {
        int i = at.get(k);
        int from = k > 0 ? t.get(at.get(k - 1)).end() : 0;
        int to = t.get(i).start();
        if (i > 0 && cues.aux().contains(t.get(i - 1).lower())) {
            to = t.get(i - 1).start();
        }
        return subjectBefore(pre.substring(from, to));
    }

    /**
     * Whether the words read as a speaker between a cue and the colon before the quote are an adverbial of
     * time or manner instead ({@code Luis Ortega replicó horas después: "…"}, {@code replicó después:}): in a script with
     * capitals, lower case all through, opening with no article, title or pronoun. The subject before the
     * cue is then the speaker.
     */
    private boolean adverbial(String phrase) {
        List<Tok> t = hasCase(phrase) ? tokens(phrase, 0, phrase.length()) : List.of();
        if (t.isEmpty()) {
            return false; // a script without capitals (Arabic) tells no name by them
        }
        String first = t.get(0).lower();
        if (cues.determiners().contains(first) || cues.pronouns().contains(first) || cues.isTitle(first)) {
            return false;
        }
        for (Tok w : t) {
            if (isCapitalised(w.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence {@code pre} opens with a personal pronoun followed by the cue at token {@code i},
     * with at most an auxiliary and adverbs (lower-case words) between them and no punctuation.
     */
    private boolean pronounSubject(String pre, List<Tok> t, int i) {
        if (i < 1 || i > 3 || !cues.pronouns().contains(t.get(0).lower())) {
            return false;
        }
        for (int j = 1; j <= i; j++) {
            if (boundary(pre, t.get(j - 1).end(), t.get(j).start()) != 0 || j < i && isCapitalised(t.get(j).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code Pendlerin Anna Schulz aus Potsdam war verärgert: „…“}, {@code Le maire Jean Dupont est
     * catégorique : « … »}: a sentence with no cue hands the word on with a colon, and its subject is the
     * speaker: a title and a name opening the sentence, followed by a lower-case word (its verb). Capitals
     * without a title name no one: German writes every noun with one ("Zum Teil", "Einige Landsleute").
     */
    private Attribution colonSubject(String pre, List<Tok> t) {
        int end = pre.length();
        while (end > 0 && WordTable.whitespace(pre.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || pre.charAt(end - 1) != ':' || t.size() < 3) {
            return null;
        }
        int k = 0;
        int capitals = 0;
        boolean titled = false;
        while (k < t.size() && k < 8) {
            if (k > 0 && boundary(pre, t.get(k - 1).end(), t.get(k).start()) != 0) {
                return null;
            }
            String l = t.get(k).lower();
            if (cues.times().contains(l) || cues.stops().contains(l) && !cues.determiners().contains(l)
                    && !(capitals > 0 && PARTICLES.contains(l))) {
                break;
            }
            if (cues.isTitle(l)) {
                titled = true;
            } else if (cues.determiners().contains(l) || capitals > 0 && PARTICLES.contains(l)) {
                // an article, or a particle inside a name ("Sanne de Vries")
            } else if (isCapitalised(t.get(k).text())) {
                capitals++;
            } else {
                break;
            }
            k++;
        }
        if (k == 0 || k >= t.size() || isCapitalised(t.get(k).text()) || !titled || capitals == 0
                || !isCapitalised(t.get(k - 1).text())) {
            return null;
        }
        String phrase = pre.substring(t.get(0).start(), t.get(k - 1).end());
        return nameOf(phrase, cues) == null ? null : new Attribution(new Phrase(phrase, phrase, List.of()), null, true);
    }

    /**
     * A cue with no subject opening the quote's sentence, only a colon after it ({@code وأضاف: "…"},
     * {@code Añadió: «…»}, {@code Dodał: „…”}) or a "that" of {@code [stops]} ({@code وأضاف أن "…"}): the
     * speaker is that of the nearest preceding attribution, as written there, as for the same cue after a quote.
     */
    private Attribution proDropBefore(String pre, List<Tok> t, List<Integer> at) {
        if (at.isEmpty() || lastPhrase == null) {
            return null;
        }
        int i = at.get(at.size() - 1);
        if (i > 1 || i == 1 && !cues.aux().contains(t.get(0).lower())) {
            return null;
        }
        int that = t.size() - 1;
        if (that > i && cues.stops().contains(t.get(that).lower()) && (that == i + 1 || that == i + 2
                    && cues.objects().contains(t.get(i + 1).lower()))
                && ",".startsWith(pre.substring(t.get(that - 1).end(), t.get(that).start()).strip())
                && pre.substring(t.get(that).end()).isBlank()) {
            // the quote is the object of a "that" clause: وأضاف أن "…", وأشار إلى أن "…", Añadió que «…», Dodał, że „…”
            return new Attribution(lastPhrase, cueText(t, i), true);
        }
        if (i != t.size() - 1) {
            return null;
        }
        String rest = pre.substring(t.get(i).end()).strip();
        return rest.equals(":") ? new Attribution(lastPhrase, cueText(t, i), true) : null;
    }

    /**
     * {@code Laut Lindner „ist die Lage ...“}: a word of {@code [according]} and the speaker's phrase that
     * runs up to the quote (a comma or colon may close it). Asked only before a quote: after one, the word
     * opens a sentence of its own ("... steigt.“ Laut einer Studie ..."), and a phrase that goes on past the
     * speaker ("Laut Infektionsschutzgesetz müssen medizinische Einrichtungen ...") names no speaker: the
     * phrase is at most seven words ({@code Per il presidente di Confindustria Emanuele Orsini "…"}), each
     * capitalised, a determiner, a particle or a title.
     */
    private Attribution according(String pre, List<Tok> t) {
        for (int i = t.size() - 2; i >= 0 && i >= t.size() - 8; i--) {
            if (!cues.according().contains(t.get(i).lower())) {
                continue;
            }
            Phrase ph = speakerAfter(pre, t.get(i).end(), pre.length());
            String rest = pre.substring(t.get(i).end()).strip();
            while (!rest.isEmpty() && (rest.endsWith(",") || rest.endsWith(":"))) {
                rest = rest.substring(0, rest.length() - 1).strip();
            }
            if (ph == null || !ph.text().equals(rest) || t.size() - i - 1 > 7) {
                break;
            }
            for (int k = i + 1; k < t.size(); k++) {
                String l = t.get(k).lower();
                if (!isCapitalised(t.get(k).text()) && !cues.determiners().contains(l) && !PARTICLES.contains(l)
                        && !cues.isTitle(l)) {
                    return openingAccording(pre, t); // "Laut Gesetz müssen die Betreiber": a verb, so a clause
                }
            }
            return new Attribution(ph, t.get(i).lower(), false); // the quote goes on the sentence: a part of it
        }
        return openingAccording(pre, t);
    }

    /**
     * {@code Volgens de NS is er "geen enkele ruimte" meer}, {@code Según el alcalde Juan Ruiz, la obra
     * está "en plazo"}: the word of {@code [according]} opens the sentence and its phrase ends at a comma
     * or at the verb that follows it (the verb-second order of Dutch and German); the quote comes later
     * in the sentence. The phrase is up to six words, each capitalised, a title, a determiner or a name
     * particle, and it names someone: a title, or a capitalised word (two in German, where every noun has
     * a capital: "Laut Gesetz müssen ..." names no speaker).
     */
    private Attribution openingAccording(String pre, List<Tok> t) {
        if (t.size() < 3 || !cues.according().contains(t.get(0).lower())) {
            return null;
        }
        int k = 1;
        int capitals = 0;
        boolean titled = false;
        while (k < t.size() && k <= 6) {
            if (k > 1 && boundary(pre, t.get(k - 1).end(), t.get(k).start()) != 0) {
                break;
            }
            String l = t.get(k).lower();
            if (cues.isTitle(l)) {
                titled = true;
            } else if (isCapitalised(t.get(k).text())) {
                capitals++;
            } else if (!cues.determiners().contains(l) && !PARTICLES.contains(l)) {
                break;
            }
            k++;
        }
        if (k == 1 || k >= t.size() || k > 6 && boundary(pre, t.get(k - 1).end(), t.get(k).start()) == 0
                || cues.determiners().contains(t.get(k - 1).lower())
                || !(titled || capitals >= (cues.language().equals("de") ? 2 : 1))) {
            return null;
        }
        String phrase = pre.substring(t.get(1).start(), t.get(k - 1).end());
        return new Attribution(new Phrase(phrase, phrase, List.of()), t.get(0).lower(), false);
    }

    /** The cue as written, with its auxiliary ("a précisé"). */
    private String cueText(List<Tok> t, int i) {
        return i > 0 && cues.aux().contains(t.get(i - 1).lower()) ? t.get(i - 1).lower() + " " + t.get(i).lower() : t.get(i).lower();
    }

    /** The paragraph before the one being read, or null: see {@link #leadSubject}. */
    private String previous;

    /** Sets the paragraph before the next one to be read (null for the first). */
    void previousParagraph(String p) {
        previous = p;
    }

    /**
     * The person the first sentence of {@code lead} names with a title before the name ({@code Minister zdrowia
     * Izabela Leszczyna zapowiedziała ...}, {@code Il ministro dell'Economia Giancarlo Giorgetti ha ...}) or in
     * commas ({@code La ministra de Hacienda, María Jesús Montero, ha defendido ...}), or null: the speaker of a
     * quote that opens the next paragraph with a cue and no subject ({@code „…” – powiedziała.}, {@code "…", ha
     * subrayado.}) when no attribution came before it. The cue took the next quote's speaker instead.
     */
    private Phrase leadSubject(String lead) {
        int end = Sentences.endAfter(lead, 0, lead.length());
        List<Tok> t = tokens(lead, 0, end);
        int n = Math.min(t.size(), 16);
        for (int i = 1; i < n; i++) {
            if (!isCapitalised(t.get(i).text()) || cues.determiners().contains(t.get(i).lower())) {
                continue;
            }
            int j = capitalRunEnd(lead, t, i);
            if (j - i >= 2) {
                String run = lead.substring(t.get(i).start(), t.get(j - 1).end());
                String name = nameOf(run, cues);
                boolean apposed = commaAt(lead, t.get(i).start() - 1, -1) && commaAt(lead, t.get(j - 1).end(), 1);
                boolean titled = false;
                for (int k = i - 1; k >= 0 && k >= i - 3 && boundary(lead, t.get(k).end(), t.get(k + 1).start()) == 0; k--) {
                    titled |= cues.isTitle(t.get(k).lower());
                }
                if (name != null && name.indexOf(' ') > 0 && (apposed || titled)) {
                    return new Phrase(name, name, List.of());
                }
            }
            i = j - 1;
        }
        return null;
    }

    /** The subject of the last statement before {@code open} in the paragraph ("El alcalde aseguró que ..."), or null. */
    private Phrase statementBefore(String p, int open) {
        int from = Math.max(0, open - Sentences.REACH);
        List<Tok> t = tokens(p, from, open);
        for (int i = t.size() - 1; i >= 0; i--) {
            if (!cues.isCue(t.get(i).lower())) {
                continue;
            }
            if (cues.according().contains(t.get(i).lower())) {
                // "Segundo José Manuel Silva, as obras ...": the speaker follows the word; "no segundo
                // semestre" (the ordinal) has none and is no statement
                Phrase ph = i + 1 < t.size() && isCapitalised(t.get(i + 1).text()) ? speakerAfter(p, t.get(i).end(), open) : null;
                if (ph != null) {
                    return ph;
                }
                continue;
            }
            int start = Sentences.startBefore(p, t.get(i).start(), from);
            int to = i > 0 && cues.aux().contains(t.get(i - 1).lower()) ? t.get(i - 1).start() : t.get(i).start();
            if (afterQuote(p, start, to)) {
                // "«…», ha spiegato Priolo. «…», ha aggiunto.": the cue closes a quote and its subject follows
                // it; read before it, the words of that quote were the speaker
                Phrase ph = speakerAfter(p, t.get(i).end(), open);
                if (ph != null) {
                    return ph;
                }
                continue;
            }
            Phrase ph = subjectBefore(p.substring(start, Math.max(start, to)));
            if (ph != null) {
                return ph;
            }
        }
        return null;
    }

    /** Whether {@code p} from {@code start} to {@code to} ends in a closing quotation mark, then at most a comma or dash. */
    private static boolean afterQuote(String p, int start, int to) {
        int e = to;
        while (e > start && (Character.isWhitespace(p.charAt(e - 1)) || ",-–—".indexOf(p.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e > start && CLOSE_MARKS.indexOf(p.charAt(e - 1)) >= 0;
    }

    /**
     * Where a determiner and a title word start within four words after the preposition at {@code i} (a
     * phrase of place or medium after the cue: {@code en redes sociales | el ministro}, {@code sur France Inter
     * | le ministre}), with no punctuation and no cue between; -1 when there is none.
     */
    private int titledAfterAdverbial(String s, List<Tok> t, int i) {
        for (int k = i + 1; k + 1 < t.size() && k <= i + 4; k++) {
            if (boundary(s, t.get(k - 1).end(), t.get(k).start()) != 0 || cues.isCue(t.get(k).lower())) {
                return -1;
            }
            if (cues.determiners().contains(t.get(k).lower()) && cues.isTitle(t.get(k + 1).lower())
                    && boundary(s, t.get(k).end(), t.get(k + 1).start()) == 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The speaker's phrase that follows a cue, from {@code from}: an object is stepped over, the phrase
     * ends at punctuation, a dash, a parenthesis or a word of {@code [stops]}; a role without a name
     * takes the name in apposition after its comma.
     */
    Phrase speakerAfter(String s, int from, int to) {
        List<Tok> t = tokens(s, from, to);
        int i = 0;
        int n = t.size();
        if (n == 0) {
            return null;
        }
        int when = cues.times().isEmpty() ? 0 : timeRun(t);
        if (when > 0 && when < n && boundary(s, from, t.get(0).start()) == 0) {
            // "a déclaré vendredi le ministre", "sagte am Freitag Ministerin X", "dijo hoy el ministro": the
            // day stands between the cue and the speaker
            return speakerAfter(s, t.get(when - 1).end(), to);
        }
        // a quoted name as object: «Интерфаксу»
        String gap0 = s.substring(from, t.get(0).start());
        if (hasAny(gap0, OPEN_MARKS) && n > 1 && hasAny(s.substring(t.get(0).end(), t.get(1).start()), CLOSE_MARKS)) {
            i = 1;
        } else if (boundary(s, from, t.get(0).start()) != 0) {
            return null;
        }
        // an article before a title opens the speaker, not an object: "sagte der FDP-Politiker der „Bild“"
        // (the dative "sagte der Zeitung" names no role)
        if (i + 1 < n && cues.addressees().contains(t.get(i).lower())) {
            i++; // "заявил агентству глава ..."
        } else if (i < n && isObject(t.get(i)) && i + 1 < n && !(cues.determiners().contains(t.get(i).lower())
                && (!isCapitalised(t.get(i + 1).text()) && !cues.determiners().contains(t.get(i + 1).lower())
                || cues.isTitle(t.get(i + 1).lower())))) {
            // Portuguese "a" is an article ("a autarca") or a preposition ("a Lusa", "a o" written "ao")
            // a bare preposition ("à Lusa", "auprès de la presse") is followed by its object; a contraction
            // ("all'Adnkronos") holds it
            int j = i;
            if (cues.objects().contains(t.get(i).lower())) {
                j = i + 1;
                while (j + 1 < n && isFunctionWord(t.get(j).lower())) {
                    j++;
                }
            }
            int found = -1;
            int k0 = j + 1;
            while (k0 < n && k0 - j < 3 && !cues.determiners().contains(t.get(i).lower()) && isCapitalised(t.get(j).text()) && isCapitalised(t.get(k0).text())
                    && boundary(s, t.get(k0 - 1).end(), t.get(k0).start()) == 0 && k0 + 1 < n && !isCapitalised(t.get(k0 + 1).text())) {
                k0++; // "ha explicado a Europa Press el presidente de ...": the object's name is one run of capitals
            }
            for (int k = k0; k < n && k <= j + 5; k++) {
                if (boundary(s, t.get(k - 1).end(), t.get(k).start()) != 0) {
                    break;
                }
                if (opensPhrase(t.get(k)) && !(k == i + 1 && isAcronymObject(t.get(k)))) {
                    found = k;
                    break;
                }
            }
            boolean body = found < 0 && j == i + 1 && cues.determiners().contains(t.get(i).lower()) && isAcronym(t.get(j))
                    && j + 1 < n && cues.stops().contains(t.get(j + 1).lower()) && boundary(s, t.get(j).end(), t.get(j + 1).start()) == 0;
            // "reagiu a CGTP em comunicado": with no speaker after it, an acronym after "a" (an article as well
            // as a preposition in Portuguese) and before the phrase of a place or medium is the body that speaks,
            // not whom it spoke to; "sagte der MOPO: „…“" (the dative, then the quote) is not read so
            i = body ? i : found >= 0 ? found : j + 1;
        } else if (i < n && isAcronym(t.get(i)) && i + 1 < n && boundary(s, t.get(i).end(), t.get(i + 1).start()) == 0) {
            i++; // "powiedziała PAP dyrektor ..."
        }
        if (i + 2 < n && cues.stops().contains(t.get(i).lower()) && !cues.determiners().contains(t.get(i).lower())) {
            int at = titledAfterAdverbial(s, t, i);
            if (at > 0) {
                // "escribió en redes sociales el ministro ...", "a déclaré sur France Inter le ministre ...", "ha detto
                // in conferenza stampa il sindaco ...": a place or medium between the cue and the speaker
                return speakerAfter(s, t.get(at - 1).end(), to);
            }
        }
        if (i >= n || cues.stops().contains(t.get(i).lower()) && !cues.determiners().contains(t.get(i).lower())
                || cues.isCue(t.get(i).lower())) {
            return null;
        }
        int j = i + 1;
        int comma = -1;
        while (j < n) {
            int b = boundary(s, t.get(j - 1).end(), t.get(j).start());
            if (b == 2 && suspendedCompound(s, t, j)) {
                j += 2; // "ein Sprecher des Instituts für Schnee- und Lawinenforschung"
                continue;
            }
            if (b == 2) {
                break;
            }
            if (b == 1) {
                comma = j;
                break;
            }
            // a stop word, a cue, or a preposition and article opening an object after the speaker
            // ("un commerçant à la presse"; not "l’adjointe au commerce")
            boolean object = cues.objects().contains(t.get(j).lower()) && j + 1 < n
                    && (opensArticle(t.get(j + 1)) || afterName(t, i, j));
            if (orgAfterLinker(s, t, i, j)) {
                // "laat het ministerie van Asiel en Migratie weten": the body a described role belongs to
                int k = j + 1;
                while (k < n && boundary(s, t.get(k - 1).end(), t.get(k).start()) == 0 && (isCapitalised(t.get(k).text())
                        || JOINERS.contains(t.get(k).lower()) && k + 1 < n && isCapitalised(t.get(k + 1).text()))) {
                    k++;
                }
                j = k;
                continue;
            }
            if (cues.stops().contains(t.get(j).lower()) && nameParticle(t, i, j)) {
                j++; // "burgemeester Koen van Dijk", "minister van Infrastructuur Anna de Vries"
                continue;
            }
            if (cues.stops().contains(t.get(j).lower()) || cues.isCue(t.get(j).lower()) || object
                    || cues.addressees().contains(t.get(j).lower())) {
                break;
            }
            j++;
        }
        if (j == i + 1 && j < n && !opensPhrase(t.get(i)) && cues.stops().contains(t.get(j).lower())) {
            // a modifier before its noun: "współpracująca z zespołem geolożka dr Anna Lis"
            for (int k = j + 1; k < n && k <= j + 4; k++) {
                if (boundary(s, t.get(k - 1).end(), t.get(k).start()) != 0) {
                    break;
                }
                if (cues.titles().contains(t.get(k).lower())) {
                    return speakerAfter(s, t.get(k - 1).end(), to);
                }
            }
        }
        while (j < n && j - 1 > i && comma < 0 && (cues.determiners().contains(t.get(j - 1).lower())
                || cues.objects().contains(t.get(j - 1).lower()))) {
            // "dijo un portavoz del Ministerio el martes": the article opens the stop's phrase; so does a
            // preposition ("وقال ... المطيري في تصريح": "in a statement")
            j--;
        }
        if (j - i > 12) {
            return null;
        }
        String core = s.substring(t.get(i).start(), t.get(j - 1).end());
        if (comma > 0 && !hasCase(core) && cues.titles().contains(t.get(comma).lower())) {
            // "وقال المهندس راشد سعيد النعيمي، مدير المشروع:": a script without case gives the name first and
            // its role after the comma, up to the next punctuation
            int e = comma + 1;
            while (e < n && e - comma < 5 && boundary(s, t.get(e - 1).end(), t.get(e).start()) == 0
                    && !cues.stops().contains(t.get(e).lower()) && !cues.isCue(t.get(e).lower())) {
                e++;
            }
            String role = s.substring(t.get(comma).start(), t.get(e - 1).end());
            return new Phrase(s.substring(t.get(i).start(), t.get(e - 1).end()), core, List.of(role));
        }
        if (comma > 0 && hasCase(core) && !isCapitalised(t.get(i).text())) {
            // "el presidente de la federación, Vicent Camarasa,"
            int e = comma;
            while (e < n && e - comma < 6 && (isCapitalised(t.get(e).text())
                    || e > comma && PARTICLES.contains(t.get(e).lower()) && e + 1 < n && (isCapitalised(t.get(e + 1).text())
                        || PARTICLES.contains(t.get(e + 1).lower()) && e + 2 < n && isCapitalised(t.get(e + 2).text())))
                    && (e == comma || boundary(s, t.get(e - 1).end(), t.get(e).start()) == 0)) {
                e++; // "el gobernador, Pablo Hernández de Cos": a particle between capitals stays in the name
            }
            while (e > comma && PARTICLES.contains(t.get(e - 1).lower())) {
                e--;
            }
            if (e > comma) {
                String name = s.substring(t.get(comma).start(), t.get(e - 1).end());
                String text = core + ", " + name;
                return new Phrase(text, name, List.of(core));
            }
        }
        return new Phrase(core, core, List.of());
    }

    /**
     * The office a plural cue of {@code [impersonal]} quotes when no person follows it ({@code », - отметили в
     * министерстве}, {@code сообщили ТАСС в пресс-службе Минцифры}): a preposition of {@code [objects]}, after the
     * agency told if any, and at most five words up to punctuation or a stop, taken whole.
     */
    private Phrase office(String post, List<Tok> t, int j) {
        if (j < t.size() && (isAcronym(t.get(j)) || cues.addressees().contains(t.get(j).lower()))) {
            j++;
        }
        if (j + 2 < t.size() && cues.timeLeads().contains(t.get(j).lower()) && cues.times().contains(t.get(j + 1).lower())) {
            j += 2; // "сообщили в среду в компании"
        }
        if (j + 1 >= t.size() || !cues.objects().contains(t.get(j).lower())) {
            return null;
        }
        int e = j + 1;
        while (e < t.size() && e - j <= 5 && boundary(post, t.get(e - 1).end(), t.get(e).start()) == 0
                && !cues.stops().contains(t.get(e).lower()) && !cues.isCue(t.get(e).lower())) {
            e++;
        }
        String core = post.substring(t.get(j).start(), t.get(e - 1).end());
        return e - j > 5 || e == j + 1 ? null : new Phrase(core, core, List.of());
    }

    /** The noun phrase that ends {@code pre} ({@code belirten Vali Yardımcısı Murat Eker, "}), or null. */
    Phrase trailingPhrase(String pre) {
        List<Tok> t = tokens(pre, 0, pre.length());
        int e = t.size();
        while (e > 0 && cues.stops().contains(t.get(e - 1).lower())) {
            e--;
        }
        if (e == 0) {
            return null;
        }
        String tail = pre.substring(t.get(e - 1).end());
        if (hasAny(tail, ".;!?") || hasAny(tail, OPEN_MARKS + CLOSE_MARKS)) {
            return null;
        }
        Tok last = t.get(e - 1);
        int b = e - 1;
        if (isCapitalised(last.text())) {
            boolean titled = false;
            while (b > 0 && boundary(pre, t.get(b - 1).end(), t.get(b).start()) == 0) {
                titled = titled || cues.titles().contains(t.get(b).lower());
                if (isCapitalised(t.get(b - 1).text()) || cues.titles().contains(t.get(b - 1).lower())) {
                    b--;
                } else if (titled && b > 1 && JOINS.contains(t.get(b - 1).lower()) && isCapitalised(t.get(b - 2).text())
                        && boundary(pre, t.get(b - 2).end(), t.get(b - 1).start()) == 0) {
                    b -= 2; // "İl Kültür ve Turizm Müdürü Kemal Yıldız": a conjunction inside the title's organisation
                } else {
                    break;
                }
            }
        } else if (cues.pronouns().contains(last.lower())) {
            b = e - 1;
        } else {
            int det = -1;
            for (int k = e - 1; k >= 0 && k >= e - 5; k--) {
                if (k < e - 1 && boundary(pre, t.get(k).end(), t.get(k + 1).start()) != 0) {
                    break;
                }
                if (cues.determiners().contains(t.get(k).lower())) {
                    det = k;
                    break;
                }
            }
            if (det < 0) {
                return null;
            }
            b = det;
        }
        String core = pre.substring(t.get(b).start(), last.end());
        return new Phrase(core, core, List.of());
    }

    /**
     * The subject that opens the quote's sentence, closed by a comma, when words of circumstance stand
     * between it and the quote and the cue follows the quote ({@code Belediye Başkanı Mansur Yavaş, sosyal
     * medya hesabından yaptığı paylaşımda, "…" ifadesini kullandı}): only a name with its titles, each word
     * capitalised, a title, a determiner or a particle, at most eight words.
     */
    private Phrase commaSubject(String pre) {
        List<Tok> t = tokens(pre, 0, pre.length());
        int k = 0;
        boolean capital = false;
        while (k < t.size() && k < 9 && (k == 0 || boundary(pre, t.get(k - 1).end(), t.get(k).start()) == 0)) {
            String l = t.get(k).lower();
            if (isCapitalised(t.get(k).text())) {
                capital = true;
            } else if (!cues.isTitle(l) && !cues.determiners().contains(l) && !PARTICLES.contains(l)) {
                return null;
            }
            k++;
        }
        if (!capital || k >= t.size() || k > 8 || boundary(pre, t.get(k - 1).end(), t.get(k).start()) != 1
                || !pre.substring(0, t.get(0).start()).isBlank()) {
            return null;
        }
        String core = pre.substring(t.get(0).start(), t.get(k - 1).end());
        return new Phrase(core, core, List.of());
    }

    /** A subject before its cue: the last comma segment when it looks like one, else the first. */
    private Phrase subjectBefore(String text) {
        List<List<Tok>> segs = new ArrayList<>();
        List<Tok> t = tokens(text, 0, text.length());
        List<Tok> cur = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0 && boundary(text, t.get(i - 1).end(), t.get(i).start()) != 0) {
                segs.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(t.get(i));
        }
        if (!cur.isEmpty()) {
            segs.add(cur);
        }
        if (segs.isEmpty()) {
            return null;
        }
        for (List<Tok> seg : List.of(segs.get(segs.size() - 1), segs.get(0))) {
            for (int i = 1; i < seg.size(); i++) {
                if (cues.stops().contains(seg.get(i).lower()) && isCapitalised(seg.get(i - 1).text())) {
                    // "Belediye Başkanı Mansur Yavaş ise ekiplerin ... belirterek": the phrase ends at its stop
                    seg = seg.subList(0, i);
                    break;
                }
            }
            if (subjectLike(seg) && seg.size() <= 10) {
                String core = text.substring(seg.get(0).start(), seg.get(seg.size() - 1).end());
                return new Phrase(core, core, List.of());
            }
        }
        return null;
    }

    private boolean subjectLike(List<Tok> seg) {
        if (seg.isEmpty()) {
            return false;
        }
        Tok f = seg.get(0);
        if (cues.stops().contains(f.lower()) || cues.isCue(f.lower()) || cues.aux().contains(f.lower())) {
            return false;
        }
        for (Tok x : seg) {
            if (cues.isCue(x.lower())) {
                return false;
            }
        }
        return (isCapitalised(f.text()) && (seg.size() > 1 || !Character.isDigit(f.text().charAt(0))))
                || opensPhrase(f);
    }

    /** A determiner, a pronoun, a title or role noun, or a capitalised word: where a speaker's phrase starts. */
    private boolean opensPhrase(Tok t) {
        String l = t.lower();
        if (cues.determiners().contains(l) || cues.pronouns().contains(l) || cues.titles().contains(l)) {
            return true;
        }
        int apo = Math.max(l.indexOf('\''), l.indexOf('’'));
        if (apo > 0 && apo < l.length() - 1 && cues.determiners().contains(l.substring(0, apo))) {
            return Character.isLowerCase(t.text().charAt(apo + 1)); // l’actuelle, l'échevine; not l’AFP
        }
        return isCapitalised(t.text());
    }

    /**
     * Whether the word at {@code j} follows a name of two capitalised words or more that the phrase from
     * {@code i} holds, or a capitalised word alone that is no title and follows the cue: an object word
     * there opens the cue's object ("sagte die Inhaberin Sabine Krüger der Zeitung", "erklärt Döring den
     * Prozess"), where after a role noun it opens what the role serves ("die Sprecherin der Stadt").
     */
    private boolean afterName(List<Tok> t, int i, int j) {
        if (j - 1 == i) {
            // "erklärt Döring den Prozess": a surname alone, no title, right after the cue
            return i == 0 && isCapitalised(t.get(i).text()) && !cues.titles().contains(t.get(i).lower());
        }
        return j - 2 >= i && isCapitalised(t.get(j - 1).text()) && isCapitalised(t.get(j - 2).text());
    }

    /**
     * Whether the stop word at {@code j} of a speaker's phrase from {@code i} is a name particle or a title's
     * linker ("van" in "Koen van Dijk", "minister van Infrastructuur"): it stands between a capitalised word
     * or a title and a capitalised word, and no particle joined the capitalised words before it ("Koen van
     * Dijk van Rotterdam" ends at the second, which says where the person is from).
     */
    /** The words that join two capitalised words of one body's name ("Asiel en Migratie", "Bau und Heimat"). */
    private static final java.util.Set<String> JOINERS = java.util.Set.of("en", "und", "et", "e", "y", "i", "и", "ve");

    /**
     * Whether the stop at {@code j} is a linker ({@code van}, {@code de}) that a capitalised name follows,
     * after a phrase that opens with a determiner and ends in a small word, a described role ({@code het
     * ministerie | van Asiel en Migratie}): the name is the role's, and the phrase went on past it. Dutch
     * lists "van" among the words that end a speaker's phrase, so the speaker was "het ministerie".
     */
    private boolean orgAfterLinker(String s, List<Tok> t, int i, int j) {
        return j > i && j + 1 < t.size() && cues.stops().contains(t.get(j).lower())
                && Lexicon.get().genitiveLinkers.contains(t.get(j).lower()) && cues.determiners().contains(t.get(i).lower())
                && !isCapitalised(t.get(j - 1).text()) && isCapitalised(t.get(j + 1).text())
                && boundary(s, t.get(j).end(), t.get(j + 1).start()) == 0;
    }

    private boolean nameParticle(List<Tok> t, int i, int j) {
        int next = j + 1;
        if (next + 1 < t.size() && (ARTICLE_PARTICLES.contains(t.get(next).lower())
                || cues.determiners().contains(t.get(next).lower()) && cues.titles().contains(t.get(j - 1).lower()))) {
            next++; // "Ursula von der Leyen", "voorzitter van de Unie": the particle's article before the capital
        }
        if (j <= i || next >= t.size() || !PARTICLES.contains(t.get(j).lower()) || !isCapitalised(t.get(next).text())) {
            return false;
        }
        if (cues.titles().contains(t.get(j - 1).lower())) {
            return true;
        }
        if (!isCapitalised(t.get(j - 1).text())) {
            return false;
        }
        for (int k = j - 1; k > i && (isCapitalised(t.get(k).text()) || PARTICLES.contains(t.get(k).lower())); k--) {
            if (PARTICLES.contains(t.get(k).lower())) {
                // a title's linker and its article before ("voorzitter van de Unie van Waterschappen"): the capitals
                // name an organisation, whose name may hold a particle of its own
                int p = cues.determiners().contains(t.get(k).lower()) && k - 1 > i && PARTICLES.contains(t.get(k - 1).lower()) ? k - 1 : k;
                return cues.titles().contains(t.get(p - 1).lower());
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code j} is the conjunction after a compound's first part left hanging with a hyphen,
     * followed by the compound that completes it ({@code Schnee- und Lawinenforschung}, {@code Wirtschafts- und
     * Finanzministerin}): one name of an institution or a post, not the end of the phrase at the hyphen.
     */
    private static boolean suspendedCompound(String s, List<Tok> t, int j) {
        int hyphen = t.get(j - 1).end();
        return j + 1 < t.size() && JOINS.contains(t.get(j).lower()) && s.charAt(hyphen) == '-'
                && s.substring(hyphen + 1, t.get(j).start()).isBlank() && t.get(j).start() > hyphen + 1
                && boundary(s, t.get(j).end(), t.get(j + 1).start()) == 0;
    }

    /** A determiner, alone or elided onto its noun ("la", "l’AFP"). */
    private boolean opensArticle(Tok t) {
        String l = t.lower();
        int apo = Math.max(l.indexOf('\''), l.indexOf('’'));
        return cues.determiners().contains(l) || apo > 0 && cues.determiners().contains(l.substring(0, apo));
    }

    private boolean isFunctionWord(String lower) {
        return cues.determiners().contains(lower) || cues.objects().contains(lower) || cues.stops().contains(lower)
                || PARTICLES.contains(lower);
    }

    private boolean isObject(Tok t) {
        String l = t.lower();
        if (cues.objects().contains(l)) {
            return true;
        }
        int apo = Math.max(l.indexOf('\''), l.indexOf('’'));
        return apo > 0 && cues.objects().contains(l.substring(0, apo + 1));
    }

    /** "l’AFP" after "à": an elided article on an acronym is the object's, not a speaker's. */
    private static boolean isAcronymObject(Tok t) {
        String s = t.text();
        int apo = Math.max(s.indexOf('\''), s.indexOf('’'));
        return apo > 0 && apo < s.length() - 1 && Character.isUpperCase(s.charAt(apo + 1));
    }

    /** An organisation's or party's acronym: 2 to 6 letters, two capitals or more ("MSWiA", "PiS", "PKO", "SPD"). */
    private static boolean orgAcronym(String w) {
        if (w.length() < 2 || w.length() > 6 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            upper += Character.isUpperCase(w.charAt(i)) ? 1 : 0;
        }
        return upper >= 2;
    }

    private static boolean hasLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(Tok t) {
        String s = t.text();
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean isPronoun(String core) {
        return cues.pronouns().contains(core.toLowerCase(Locale.ROOT));
    }

    /**
     * The roles read back from a name with the words up to its last verb of saying or auxiliary left out
     * ({@code powiedział minister spraw wewnętrznych} is {@code minister spraw wewnętrznych}, {@code Dat
     * schrijft minister} {@code minister}): the run before a name in a language other than English stops
     * only at English verbs, so a verb-second clause ({@code „…” – powiedział minister X}) gave the verb and
     * the sentence's opener as part of the role. Only a verb right before a title word is cut at ({@code
     * juge d'instruction} keeps its noun, which is also a verb of saying).
     */
    List<String> withoutCues(List<String> roles) {
        if (roles.isEmpty()) {
            return roles;
        }
        List<String> out = new java.util.ArrayList<>(roles.size());
        for (String role : roles) {
            String[] words = role.split(" ");
            int from = 0;
            for (int i = 0; i < words.length; i++) {
                String w = words[i].toLowerCase(java.util.Locale.ROOT);
                if ((cues.isCue(w) || cues.aux().contains(w)) && i + 1 < words.length
                        && cues.isTitle(words[i + 1].toLowerCase(java.util.Locale.ROOT))) {
                    from = i + 1;
                }
            }
            out.add(from == 0 ? role : String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
        }
        return out;
    }

    /**
     * The last run of capitalised words of a phrase, joined by name particles ("Marta Ríos", "Koen van Dijk",
     * "Ursula von der Leyen"), after the last title inside it ("Bürgermeister Peter Schmidt", "Turizm Müdürü
     * Kemal Yıldız": the titles of {@code cues}), or null.
     */
    static String nameOf(String phrase, LocalCues cues) {
        List<Tok> t = tokens(phrase, 0, phrase.length());
        int e = t.size();
        while (e > 0 && !isCapitalised(t.get(e - 1).text())) {
            e--;
        }
        if (e == 0) {
            return null;
        }
        int b = e - 1;
        while (b > 0 && boundary(phrase, t.get(b - 1).end(), t.get(b).start()) == 0) {
            if (isCapitalised(t.get(b - 1).text())) {
                b--;
                continue;
            }
            if (b > 1 && isCapitalised(t.get(b - 2).text()) && suspendedCompound(phrase, t, b - 1)) {
                b -= 2; // "Schnee- und Lawinenforschung": one name
                continue;
            }
            // particles between two capitalised words; an article-like one alone is the article of what
            // follows ("Sabine Krüger der Zeitung"), not a particle ("von der Leyen", "de la Cruz"); two
            // after a noun that follows a determiner are a preposition and its article ("die Newcomerin von
            // den Dreharbeiten")
            int q = b - 1;
            while (q > 0 && PARTICLES.contains(t.get(q).lower()) && boundary(phrase, t.get(q).end(), t.get(q + 1).start()) == 0) {
                q--;
            }
            if (q < b - 1 && isCapitalised(t.get(q).text()) && boundary(phrase, t.get(q).end(), t.get(q + 1).start()) == 0
                    && !(q == b - 2 && ARTICLE_PARTICLES.contains(t.get(b - 1).lower()))
                    && !(q < b - 2 && q > 0 && cues.determiners().contains(t.get(q - 1).lower()))) {
                b = q;
                continue;
            }
            break;
        }
        for (int k = e - 2; k >= b; k--) {
            if (cues.isTitle(t.get(k).lower()) && isCapitalised(t.get(k + 1).text())) {
                b = k + 1; // "Bürgermeister Peter Schmidt", "Vorstandschef Markus Lindner": the title is a role
                break;
            }
        }
        if (b == 0 && e - b == 1 && t.size() > 1 && !isCapitalised(t.get(t.size() - 1).text())) {
            return null; // "Ein Feuerwehrsprecher ..."-like: a capitalised first word only
        }
        if (e - b == 1 && cues.isTitle(t.get(b).lower())) {
            return null; // "die Ministerin", "ein Feuerwehrsprecher": a role without a name, capitalised as a noun
        }
        int capitals = 0;
        for (int k = b; k < e; k++) {
            capitals += isCapitalised(t.get(k).text()) ? 1 : 0;
        }
        int lb = b;
        while (lb > 2 && JOINERS.contains(t.get(lb - 1).lower()) && isCapitalised(t.get(lb - 2).text())) {
            lb -= 2; // "van Asiel en Migratie": one body's name over a joining word
        }
        if (lb > 1 && capitals + (b - lb) / 2 <= 2 && !isCapitalised(t.get(0).text())
                && (Lexicon.get().genitiveLinkers.contains(t.get(lb - 1).lower())
                        || lb > 2 && LINKED_ARTICLES.contains(t.get(lb - 1).lower()) && Lexicon.get().genitiveLinkers.contains(t.get(lb - 2).lower()))) {
            // "ein Sprecher des Verkehrsministeriums", "un portavoz del Ministerio de Transportes": the
            // capitals after the linker name what the role serves; a name of its own would follow them
            // ("la ministra de Sanidad Carolina Darias") or stand in apposition; so after a linker and its
            // article ("la ministre de la Mobilité", "el consejero de la Presidencia")
            return null;
        }
        if (capitals >= 3 && b > 1) {
            List<String> w = new ArrayList<>(e);
            for (int k = 0; k < e; k++) {
                w.add(t.get(k).text());
            }
            int holder = TitleOf.holder(w, b);
            if (holder > 0) {
                b = holder; // "la ministra de Sanidad Carolina Darias": the holder's name follows the organisation
            }
        }
        int a = b;
        while (a < e - 2 && orgAcronym(t.get(a).text())) {
            a++;
        }
        if (a > b && hasLowerCase(t.get(a).text())) {
            b = a; // "szef MSWiA Tomasz Siemoniak", "poseł PiS Paweł Szefernaker": the acronym is the post's body or party
        }
        return phrase.substring(t.get(b).start(), t.get(e - 1).end());
    }

    /** The name given in full earlier whose last word is {@code name}, a surname alone; or null. */
    private String fullName(String name) {
        if (name == null || name.indexOf(' ') >= 0) {
            return null;
        }
        for (int i = fullNames.size() - 1; i >= 0; i--) {
            if (fullNames.get(i).endsWith(" " + name)) {
                return fullNames.get(i);
            }
        }
        return null;
    }

    /** Who an attribution names: the name in the phrase, a pronoun's antecedent, or the phrase as written. */
    SpeakerResolver.Resolved resolve(Attribution a) {
        String core = a.phrase().core();
        String full = antecedents.get(a);
        if (full != null && !isPronoun(core)) {
            return new SpeakerResolver.Resolved(full, List.of(), true);
        }
        if (isPronoun(core)) {
            String described = descriptions.get(a);
            if (described != null) {
                return new SpeakerResolver.Resolved(described, List.of(), false);
            }
            String who = antecedents.get(a);
            return new SpeakerResolver.Resolved(who, List.of(), who != null);
        }
        String name = hasCase(core) ? nameOf(core, cues) : caselessName(core);
        if (name == null || !hasCase(core) && name.equals(core) && a.phrase().appositives().isEmpty()) {
            return new SpeakerResolver.Resolved(core, List.of(), false);
        }
        if (name.indexOf(' ') < 0 && isAcronym(new Tok(name, 0, name.length()))) {
            // "reagiu a CGTP": an acronym alone names a body, a source and no person (as an organisation's
            // name below, without its article)
            return new SpeakerResolver.Resolved(name, List.of(), false);
        }
        for (String w : Phrase.words(name)) {
            if (NameIndex.isOrgWord(w)) {
                // "Según el Ministerio de Sanidad, ...": an organisation speaks, a source and no person
                return new SpeakerResolver.Resolved(name, List.of(), false);
            }
        }
        List<String> roles = new ArrayList<>();
        for (String app : a.phrase().appositives()) {
            roles.add(withoutDeterminer(app)); // "die Sprecherin der Pilotenvereinigung, Anna Weber"
        }
        int at = core.lastIndexOf(name);
        String before = withoutDeterminer(core.substring(0, at).strip());
        if (!before.isEmpty()) {
            roles.add(0, before);
        }
        String after = core.substring(at + name.length()).strip();
        if (!hasCase(core) && !after.isEmpty()) {
            roles.add(before.isEmpty() ? 0 : 1, after); // "... المري مدير إدارة الحماية": the title after the name
        }
        return new SpeakerResolver.Resolved(name, roles, true);
    }

    /**
     * The name in a phrase of a script without letter case, where no capital tells it: what follows the
     * last honorific ("المهندس راشد سعيد النعيمي" → "راشد سعيد النعيمي"), without a title
     * that follows two name words or more ("خالد سالم المري مدير إدارة ..." → "خالد سالم المري"), when two
     * words or more are left; an honorific or a title is never part of a name. The phrase as given when
     * it holds neither.
     */
    private String caselessName(String core) {
        List<Tok> t = tokens(core, 0, core.length());
        int b = 0;
        for (int k = t.size() - 3; k >= 0; k--) {
            if (cues.honorifics().contains(t.get(k).lower())) {
                b = k + 1; // "وكيل الوزارة المهندس محمد بوشهري": the name follows the last honorific
                break;
            }
        }
        int e = t.size();
        for (int k = b + 2; k < t.size(); k++) {
            if (cues.titles().contains(t.get(k).lower()) && !cues.honorifics().contains(t.get(k).lower())) {
                e = k;
                break;
            }
        }
        return b == 0 && e == t.size() ? core : core.substring(t.get(b).start(), t.get(e - 1).end());
    }

    /** "la conservatrice" → "conservatrice", "l’échevine" → "échevine": a role without its article. */
    private String withoutDeterminer(String role) {
        List<Tok> t = tokens(role, 0, role.length());
        if (t.isEmpty()) {
            return role;
        }
        String l = t.get(0).lower();
        int apo = Math.max(l.indexOf('\''), l.indexOf('’'));
        if (cues.determiners().contains(l)) {
            return t.size() > 1 ? role.substring(t.get(1).start()) : "";
        }
        if (apo > 0 && cues.determiners().contains(l.substring(0, apo))) {
            return role.substring(t.get(0).start() + apo + 1);
        }
        return role;
    }

    /**
     * Splits a quote whose attribution stands inside its marks: {@code «…, - рассказал он. - …»},
     * {@code « …, a précisé X, … »}. The incise starts after a comma or a sentence end with a dash or
     * with the cue itself, holds a cue in its first two words, and ends with a dash or a comma.
     */
    List<Span> splitIncises(String p, List<Span> spans) {
        List<Span> out = null;
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            Span[] cut = s.closed() ? incise(p, s) : null;
            if (cut == null) {
                if (out != null) {
                    out.add(s);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            out.add(cut[0]);
            out.add(cut[1]);
        }
        return out == null ? spans : out;
    }

    private Span[] incise(String p, Span s) {
        if (!hasGapMark(p, s.textStart(), s.textEnd())) {
            return null; // no comma or dash, so no gap an incise could open: the quote is not cut into words
        }
        List<Tok> t = tokens(p, s.textStart(), s.textEnd());
        for (int i = 1; i + 1 < t.size(); i++) {
            // the gap before the word first: a cue is looked up only after a comma or a dash
            int gapFrom = t.get(i - 1).end();
            int gapTo = t.get(i).start();
            boolean dashed = hasAny(p, gapFrom, gapTo, "-–—") && hasAny(p, gapFrom, gapTo, ",.!?");
            boolean commaed = !dashed && onlyComma(p, gapFrom, gapTo);
            if (!dashed && !commaed) {
                continue;
            }
            int k = cues.aux().contains(t.get(i).lower()) && i + 2 < t.size() ? i + 1 : i;
            if (!cues.isCue(t.get(k).lower())) {
                continue;
            }
            // the incise's end: the next dash (dashed) or comma (commaed) within twelve words
            for (int j = k + 1; j < t.size() && j <= k + 12; j++) {
                String g = p.substring(t.get(j - 1).end(), t.get(j).start());
                boolean ends = dashed ? hasAny(g, "-–—") : g.strip().equals(",");
                if (!ends) {
                    if (hasAny(g, ";:!?\"«»„“”") || !dashed && g.contains(".")) {
                        break;
                    }
                    continue;
                }
                int cutEnd = t.get(i - 1).end();
                while (cutEnd < t.get(i).start() && ".!?…".indexOf(p.charAt(cutEnd)) >= 0) {
                    cutEnd++;
                }
                Span a = new Span(s.open(), s.textStart(), cutEnd, cutEnd, true, s.single());
                int bOpen = t.get(j).start();
                int dash = Math.max(Math.max(g.lastIndexOf('-'), g.lastIndexOf('–')), Math.max(g.lastIndexOf('—'), g.lastIndexOf(',')));
                int open = t.get(j - 1).end() + Math.max(0, dash);
                Span b = new Span(open, bOpen, s.textEnd(), s.end(), true, s.single());
                return new Span[] {a, b};
            }
        }
        return null;
    }

    /**
     * Whether {@code p[from, to)} holds a comma or a dash ({@code - – —}), which the gap before an incise needs
     * (a comma alone, or a dash with a comma or a stop). Asked by {@code indexOf}, which stops at the first
     * one after {@code from}: most short quotes have neither, and cutting every quote into its words to find
     * out was a fifth of a local-language article's quote stage.
     */
    private static boolean hasGapMark(String p, int from, int to) {
        return within(p.indexOf(',', from), to) || within(p.indexOf('-', from), to) || within(p.indexOf('–', from), to)
                || within(p.indexOf('—', from), to);
    }

    private static boolean within(int at, int to) {
        return at >= 0 && at < to;
    }

    /** 0: words are joined by spaces only; 1: a comma between them; 2: other punctuation, a dash or a mark. */
    private static int boundary(String s, int from, int to) {
        int b = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '،') {
                b = Math.max(b, 1);
            } else if (!Character.isWhitespace(c)) {
                return 2;
            }
        }
        return b;
    }

    /** {@code hasAny(s.substring(from, to), chars)} without the copy. */
    private static boolean hasAny(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.substring(from, to).strip().equals(",")} without the copies. */
    private static boolean onlyComma(String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return b - a == 1 && s.charAt(a) == ',';
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isCapitalised(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isTitleCase(w.charAt(0)));
    }

    /** Whether the script of the text writes capitals (Latin, Cyrillic), so that names can be told by case. */
    private static boolean hasCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isLowerCase(c);
            }
        }
        return false;
    }

    /**
     * The words of {@code s} between {@code from} and {@code to}; a word's abbreviation point is kept ("hab.",
     * "Dr."). Read in a copy of the stretch: every quote of a local-language article is cut into its words to
     * look for an incise, and {@code String.charAt} and {@code Character}'s tests are calls per character in
     * C1 code (batches); letters below U+0250 and Cyrillic ones are told by {@link WordTable#letterOrDigit}'s
     * table and range, and no character below U+0300 is a combining mark.
     */
    private static List<Tok> tokens(String s, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int n = to - from;
        char[] a = new char[n];
        s.getChars(from, to, a, 0);
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (!WordTable.letterOrDigit(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            for (char x; e < n && (WordTable.letterOrDigit(x = a[e])
                    || x >= 0x300 && Character.getType(x) == Character.NON_SPACING_MARK
                    || (x == '\'' || x == '’' || x == '-') && e + 1 < n && Character.isLetter(a[e + 1])); ) {
                e++;
            }
            if (e < n && a[e] == '.' && e - i <= 4 && Character.isLetter(c)
                    && Lexicon.get().abbreviations.contains(s.substring(from + i, from + e))) {
                e++;
            }
            out.add(new Tok(s, from + i, from + e));
            i = e;
        }
        return out;
    }
}
