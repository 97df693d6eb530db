package io.tarikh.knowledge;

import java.util.List;

/**
 * A place with coordinates.
 *
 * @param country    the id of the country place it lies in; null for countries
 * @param government for a capital, the actor its name stands for when the press uses it as the
 *                   government ("ردت موسكو", "بقيادة واشنطن"); null elsewhere
 */
public record Place(String id, PlaceKind kind, Names name, List<String> aliases, double lat, double lon, String country,
        String government) implements Named {

    public Place {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Place(String id, PlaceKind kind, Names name, List<String> aliases, double lat, double lon, String country) {
        this(id, kind, name, aliases, lat, lon, country, null);
    }
}
