package io.tarikh.knowledge;

import java.util.List;

/**
 * A person, government, ministry, organisation, armed group or country.
 *
 * @param aliases other spellings and names, Arabic and English
 */
public record Actor(String id, ActorKind kind, Names name, List<String> aliases, String description) implements Named {

    public Actor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
