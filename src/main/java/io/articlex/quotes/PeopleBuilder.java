package io.articlex.quotes;

import io.articlex.model.Person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The top-level {@code people} and {@code sources} lists: each quoted person once, by name, with the
 * roles the article gives them and a quote count; organisations and descriptions that resolve to no
 * named person ("a spokesman", "the ministry") apart, so that counting {@code people} counts people.
 */
final class PeopleBuilder {

    /** At most this many roles per person: a long article must not list every appositive ever used. */
    static final int MAX_ROLES = 5;

    private final Map<String, List<String>> roles = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> sources = new LinkedHashMap<>();

    /** One attributed quote: a named person with the roles read at the quote, or another source. */
    void add(String speaker, List<String> rolesAtQuote, boolean person) {
        if (speaker == null) {
            return;
        }
        if (!person) {
            add(sources, speaker, 1);
            return;
        }
        add(counts, speaker, 1);
        List<String> list = roles.get(speaker);
        if (list == null) {
            list = new ArrayList<>();
            roles.put(speaker, list);
        }
        for (String r : rolesAtQuote) {
            addRole(list, r);
        }
    }

    void addRoles(String name, List<String> more) {
        List<String> list = roles.get(name);
        if (list != null) {
            for (String r : more) {
                addRole(list, r);
            }
        }
    }

    /**
     * Folds a bare surname into the one full name that ends with it ("Okonkwo" into "Wendy Okonkwo"), for
     * a surname quoted before the article gave the full name: the map from each folded name to its person.
     * A surname two full names share stays as it is, since it could be either.
     */
    Map<String, String> mergeSurnames() {
        // a name resolved as a person at one quote is that person at every other quote too
        for (String name : List.copyOf(sources.keySet())) {
            Integer n = counts.containsKey(name) ? sources.remove(name) : null;
            if (n != null) {
                add(counts, name, n);
            }
        }
        Map<String, String> full = new HashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        for (String name : counts.keySet()) {
            if (name.indexOf(' ') > 0) {
                String surname = NameIndex.surname(name);
                full.put(surname, name);
                add(owners, surname, 1);
            }
        }
        Map<String, String> merged = new HashMap<>();
        for (String name : List.copyOf(counts.keySet())) {
            String into = full.get(name);
            if (name.indexOf(' ') < 0 && into != null && owners.get(name) == 1) {
                add(counts, into, counts.remove(name));
                for (String r : roles.remove(name)) {
                    addRole(roles.get(into), r);
                }
                merged.put(name, into);
            }
        }
        return merged;
    }

    /**
     * {@code map.merge(key, n, Integer::sum)} without the method reference: a call site the class-data
     * archive's training did not reach had its lambda class generated at run time, in most one-file
     * parses of a story with quotes (surnames folded, sources counted).
     */
    private static void add(Map<String, Integer> map, String key, int n) {
        Integer old = map.get(key);
        map.put(key, old == null ? n : old + n);
    }

    private static void addRole(List<String> list, String role) {
        String r = Roles.clean(withoutRelative(role));
        if (r.isEmpty() || list.size() >= MAX_ROLES || !hasLetter(r)) {
            return; // "Pia Holm, 52, said": an age is no role
        }
        if (Lexicon.get().courtesyTitles.contains(r.endsWith(".") ? r.substring(0, r.length() - 1) : r)) {
            return; // "M. Doucet", "Mme Dupont": a title of courtesy says nothing of an office
        }
        String lower = r.toLowerCase(Locale.ROOT);
        for (int i = 0; i < list.size(); i++) {
            String have = list.get(i).toLowerCase(Locale.ROOT);
            if (have.equals(lower) || have.startsWith(lower + ",")) {
                return;
            }
            if (lower.startsWith(have + ",")) {
                // "assistant secretary for water" read up to the appositive's first comma, and its whole list
                // "assistant secretary for water, wildlife, and parks" at the quote: the whole role stays
                list.set(i, r);
                return;
            }
        }
        list.add(r);
    }

    /** The words that open a relative clause after a role: "who", "whose", "whom", "which", "where". */
    private static final List<String> RELATIVES = List.of("who ", "whose ", "whom ", "which ", "where ");

    /**
     * A role without the relative clause that ends it: {@code Chaffetz, the Utah Republican who chairs the
     * Oversight Committee, said} gives the role "Utah Republican", {@code Denise Walker, a retired nurse
     * from Dayton who attended the rally} "retired nurse from Dayton". The clause tells what the person did,
     * not what they are; an appositive that is only a clause ("Warren, whose book comes out next month")
     * gives no role.
     */
    static String withoutRelative(String role) {
        int cut = role.length();
        for (String rel : RELATIVES) {
            if (role.startsWith(rel)) {
                return "";
            }
            int at = role.indexOf(" " + rel);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String kept = role.substring(0, cut).strip();
        if (kept.endsWith(" and") || kept.endsWith(" or")) {
            kept = kept.substring(0, kept.lastIndexOf(' ')); // "director at the center and whose ..."
        }
        return kept;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    List<String> names() {
        return List.copyOf(counts.keySet());
    }

    List<Person> people() {
        List<Person> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.add(new Person(e.getKey(), roles.getOrDefault(e.getKey(), List.of()), e.getValue()));
        }
        return out;
    }

    List<Person> sources() {
        List<Person> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sources.entrySet()) {
            out.add(new Person(e.getKey(), List.of(), e.getValue()));
        }
        return out;
    }
}
