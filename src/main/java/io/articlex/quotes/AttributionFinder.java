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

    private static final Pattern LEAD = Pattern.compile("^[\\s,;:—–-]*");
    private static final Pattern DASHED_NAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?:\\s(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|al-\\p{L}+)){0,4})\\s*(?:[,.;]|$)");
    private static final Pattern LABEL = Pattern.compile("(\\p{Lu}{2,}(?:[ .'-]{1,2}\\p{Lu}{2,}){0,2}):\\s");
    private static final Pattern ACCORDING = Pattern.compile("(?i)^according\\s+to$");

    private final Lexicon lex = Lexicon.get();

    /**
     * Attribution in the text following a quote (up to its sentence end).
     *
     * @param post     text from the closing mark to the sentence end or the next quote
     * @param quoteEnd the last character inside the marks (a comma, a full stop ...)
     */
    Attribution after(String post, char quoteEnd) {
        Matcher lead = LEAD.matcher(post);
        lead.lookingAt();
        int from = lead.end();
        if (from >= post.length()) {
            return null;
        }
        String leadText = post.substring(0, from);
        char first = post.charAt(from);
        boolean linked = leadText.contains(",") || leadText.contains("—") || leadText.contains("–")
                || leadText.contains("-") || Character.isLowerCase(first) || quoteEnd == ','
                || quoteEnd == '?' || quoteEnd == '!' || quoteEnd == '—';
        if (!linked || leadText.contains(";") || leadText.contains(":")) {
            return null;
        }
        String rest = post.substring(from);
        Matcher cue = lex.cue.matcher(rest);
        if (!cue.find() || cue.start() > 300) {
            return dashed(leadText, rest);
        }
        String cueText = normalizeCue(cue.group());
        String before = rest.substring(0, cue.start());
        if (before.isBlank() || isAdverbs(before)) {
            Phrase ph = Phrase.afterCue(rest.substring(cue.end()));
            return ph == null ? null : new Attribution(ph, cueText, true);
        }
        if (before.contains("\"") || before.contains("“") || before.contains("”")) {
            return null;
        }
        Phrase ph = Phrase.beforeCue(before);
        if (ph == null || participle(cueText)) {
            return null;
        }
        return new Attribution(ph, cueText, true);
    }

    /** {@code "..." ― Pamela Padilla}: a name after a dash, no cue verb (reader comments, epigraphs). */
    private static Attribution dashed(String lead, String rest) {
        if (!(lead.contains("―") || lead.contains("—") || lead.contains("–")) || lead.contains(",")) {
            return null;
        }
        Matcher m = DASHED_NAME.matcher(rest);
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1).strip();
        return new Attribution(new Phrase(name, name, java.util.List.of()), null, true);
    }

    /** {@code PENCE: Well, look, ...}: a transcript's speaker label at the start of the quoted text. */
    static Attribution transcriptLabel(String text) {
        Matcher m = LABEL.matcher(text);
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
        Matcher cue = lex.cue.matcher(pre);
        int[] starts = new int[8];
        int[] ends = new int[8];
        int n = 0;
        while (cue.find()) {
            if (n == starts.length) {
                System.arraycopy(starts, 1, starts, 0, n - 1);
                System.arraycopy(ends, 1, ends, 0, n - 1);
                n--;
            }
            starts[n] = cue.start();
            ends[n] = cue.end();
            n++;
        }
        for (int k = n - 1; k >= 0; k--) {
            Attribution a = beforeAt(pre, starts[k], ends[k], k == n - 1);
            if (a != null) {
                return a;
            }
            if (!pre.substring(0, starts[k]).isBlank() && participle(normalizeCue(pre.substring(starts[k], ends[k])))) {
                return null;
            }
        }
        return null;
    }

    private Attribution beforeAt(String pre, int start, int end, boolean lastCue) {
        String cueText = normalizeCue(pre.substring(start, end));
        String between = pre.substring(end).strip();
        boolean direct = between.isEmpty() || between.equals(":") || between.equals(",")
                || (between.endsWith(":") && between.length() < 60)
                || (between.endsWith(",") && between.length() < 40);
        if (ACCORDING.matcher(cueText).matches()) {
            int comma = between.indexOf(',');
            if (comma < 0) {
                return null;
            }
            Phrase ph = Phrase.afterCue(between.substring(0, comma));
            return ph == null ? null : new Attribution(ph, cueText, true);
        }
        String subject = pre.substring(0, start);
        if (participle(cueText)) {
            return null;
        }
        int q = Math.max(Math.max(subject.lastIndexOf('"'), subject.lastIndexOf('”')), subject.lastIndexOf("''"));
        if (q >= 0) {
            subject = subject.substring(q + 1);
        }
        Phrase ph = Phrase.beforeCue(subject);
        if (ph != null && lex.cue.matcher(ph.core()).find()) {
            return null;
        }
        if (!lastCue) {
            direct = false;
        }
        if (ph == null && subject.isBlank() && !between.isEmpty()) {
            // "Said Trump: ..." — an inverted cue at the start of the sentence
            int colon = between.indexOf(':');
            ph = colon > 0 ? Phrase.afterCue(between.substring(0, colon)) : null;
        }
        return ph == null ? null : new Attribution(ph, cueText, direct);
    }

    /**
     * {@code Clinton has since apologized for what happened: "..."}: a colon intro without a cue verb whose
     * sentence opens with a person; the cue is the verb after the subject.
     */
    Attribution colonIntro(String sentence) {
        String s = sentence.strip();
        if (!s.endsWith(":") || s.length() > 300) {
            return null;
        }
        String clause = firstClause(s.substring(0, s.length() - 1));
        List<String> w = Phrase.words(clause);
        // the subject is the capitalised run (or pronoun) that opens the sentence; the next word is the verb
        int k = 0;
        while (k < w.size() && (Character.isUpperCase(w.get(k).charAt(0)) || k > 0 && w.get(k).endsWith("."))) {
            k++;
        }
        if (k == 0 || k >= w.size()) {
            return null;
        }
        String verb = w.get(k).toLowerCase(Locale.ROOT);
        if (!(verb.endsWith("ed") || verb.endsWith("s") || verb.equals("has") || verb.equals("had"))) {
            return null;
        }
        Phrase ph = Phrase.beforeCue(String.join(" ", w.subList(0, k)));
        if (ph == null || NameIndex.isOrgWord(w.get(0)) || w.get(0).equals("The") || w.get(0).equals("This")
                || w.get(0).equals("It") || w.get(0).equals("That")) {
            return null;
        }
        return new Attribution(ph, verb, true);
    }

    /** Subject of a sentence whose quote is introduced by a participle ("Ali Shamkhani, ..., adding: "). */
    Attribution sentenceSubject(String sentence, String participleCue) {
        String t = sentence.stripLeading();
        if (t.isEmpty() || "\"“''‘«„".indexOf(t.charAt(0)) >= 0) {
            return null;
        }
        Phrase ph = Phrase.beforeCue(firstClause(sentence));
        return ph == null ? null : new Attribution(ph, participleCue, true);
    }

    /** The last cue in {@code pre} ("adding", "called"), or null: its subject is then the sentence's. */
    String participleCue(String pre) {
        Matcher cue = lex.cue.matcher(pre);
        String last = null;
        while (cue.find()) {
            last = cue.group();
        }
        return last == null ? null : normalizeCue(last);
    }

    /**
     * Where an unclosed quote really ends when its attribution sits inside it
     * ({@code "Ahvaz ... last year, Rezaei-Far continued, adding ...}): the index of that comma, or -1.
     */
    int attributionInside(String text) {
        Matcher cue = lex.cue.matcher(text);
        while (cue.find()) {
            int comma = text.lastIndexOf(',', cue.start());
            if (comma < 0 || cue.start() - comma > 60) {
                continue;
            }
            String np = text.substring(comma + 1, cue.start()).strip();
            if (np.isEmpty() || participle(normalizeCue(cue.group()))) {
                continue;
            }
            String fw = Phrase.firstWord(np);
            boolean pronoun = fw.equals("he") || fw.equals("she") || fw.equals("they");
            if (pronoun || (Character.isUpperCase(np.charAt(0)) && Phrase.words(np).size() <= 5
                    && Phrase.words(np).stream().allMatch(w -> Character.isUpperCase(w.charAt(0))))) {
                return comma;
            }
        }
        return -1;
    }

    private static String firstClause(String sentence) {
        Matcher cue = Lexicon.get().cue.matcher(sentence);
        int cut = sentence.length();
        // the subject ends where the first verb-like comma segment starts; approximated by the first
        // comma segment that is not an appositive of the name
        int comma = sentence.indexOf(',');
        if (comma > 0) {
            cut = comma;
        }
        if (cue.find() && cue.start() < cut) {
            cut = cue.start();
        }
        return sentence.substring(0, cut);
    }

    static boolean participle(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        return c.endsWith("ing") && !c.endsWith("quoted as saying");
    }

    private static boolean isAdverbs(String s) {
        for (String w : Phrase.words(s)) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (!(lw.equals("also") || lw.equals("later") || lw.equals("then") || lw.equals("again")
                    || (lw.endsWith("ly") && Character.isLowerCase(w.charAt(0))))) {
                return false;
            }
        }
        return true;
    }

    private static String normalizeCue(String cue) {
        return cue.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
