package io.articlex.quotes;

import io.articlex.model.Person;
import io.articlex.model.Quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The top-level {@code people} list: each quoted speaker once, with the roles the article gives them and a quote count. */
final class PeopleBuilder {

    /** At most this many roles per person: a long article must not list every appositive ever used. */
    static final int MAX_ROLES = 5;

    private final Map<String, List<String>> roles = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(Quote q, List<String> rolesAtQuote) {
        if (q.speaker() == null) {
            return;
        }
        counts.merge(q.speaker(), 1, Integer::sum);
        List<String> list = roles.computeIfAbsent(q.speaker(), k -> new ArrayList<>());
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

    private static void addRole(List<String> list, String role) {
        String r = Roles.clean(role);
        if (r.isEmpty() || list.size() >= MAX_ROLES) {
            return;
        }
        for (String have : list) {
            if (have.toLowerCase(Locale.ROOT).equals(r.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        list.add(r);
    }

    List<String> names() {
        return List.copyOf(counts.keySet());
    }

    List<Person> build() {
        List<Person> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new Person(name, roles.getOrDefault(name, List.of()), n)));
        return out;
    }
}
