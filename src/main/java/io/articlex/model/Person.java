package io.articlex.model;

import java.util.List;

/**
 * A person (or organisation) quoted in the article.
 *
 * @param name   canonical name
 * @param roles  role descriptions the article gives them ("Secretary of the Supreme National Security Council")
 * @param quotes how many quotes are attributed to them
 */
public record Person(String name, List<String> roles, int quotes) {
    public Person {
        roles = List.copyOf(roles);
    }
}
