package io.articlex.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inflects the lemmas of {@code cue-verbs.txt} into every form an attribution uses: a quote is as often
 * followed by {@code he exclaims} or {@code she had written} as by {@code said}, and a list of lemmas
 * (one line per verb, irregular forms given) stays a principled vocabulary where a list of forms
 * grows by accident, one missed tense at a time.
 */
final class CueVerbs {

    private CueVerbs() {
    }

    /**
     * The forms of one line: {@code LEMMA [| PAST [| PARTICIPLE [| ING]]]}. A phrasal verb inflects its
     * first word and keeps the rest ("point out" → "points out", "pointed out", "pointing out").
     */
    static List<String> forms(String line) {
        String[] fields = line.split("\\|");
        String lemma = fields[0].strip();
        int sp = lemma.indexOf(' ');
        String verb = sp < 0 ? lemma : lemma.substring(0, sp);
        String rest = sp < 0 ? "" : lemma.substring(sp);
        String past = fields.length > 1 ? fields[1].strip() : regularPast(verb);
        String participle = fields.length > 2 ? fields[2].strip() : past;
        String ing = fields.length > 3 ? fields[3].strip() : ing(verb, past);
        Set<String> out = new LinkedHashSet<>();
        for (String f : List.of(thirdPerson(verb), past, participle, ing)) {
            out.add(f + rest);
        }
        return new ArrayList<>(out);
    }

    /** Every form of every line. */
    static List<String> expand(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(forms(line));
        }
        return out;
    }

    static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z") || v.endsWith("o")) {
            return v + "es";
        }
        if (consonantY(v)) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    static String regularPast(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (consonantY(v)) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return v + "ed";
    }

    /** note → noting, agree → agreeing; a doubled consonant in the past is doubled here (admitted → admitting). */
    static String ing(String v, String past) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe")) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        char last = v.charAt(v.length() - 1);
        if (past.equals(v + last + "ed")) {
            return v + last + "ing";
        }
        return v + "ing";
    }

    private static boolean consonantY(String v) {
        return v.length() > 1 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
    }
}
