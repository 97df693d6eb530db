package io.tarikh.knowledge;

import java.util.List;

/**
 * A place with coordinates.
 *
 * @param country    the id of the country place it lies in; null for countries
 * @param government for a capital, the actor its name stands for when the press uses it as the
 *                   government ("ردت موسكو", "بقيادة واشنطن"); null elsewhere
 * @param within     the place directly containing it below its country: the governorate of a
 *                   city or town, the city of a quarter or site; null when only the country does
 * @param capital    for a governorate named after its capital ("محافظة إدلب"), that city: the
 *                   bare name ("إدلب") is what the press calls the governorate too
 */
public record Place(String id, PlaceKind kind, Names name, List<String> aliases, double lat, double lon, String country,
        String government, String within, String capital) implements Named {

    public Place {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Place(String id, PlaceKind kind, Names name, List<String> aliases, double lat, double lon, String country,
            String government) {
        this(id, kind, name, aliases, lat, lon, country, government, null, null);
    }

    public Place(String id, PlaceKind kind, Names name, List<String> aliases, double lat, double lon, String country) {
        this(id, kind, name, aliases, lat, lon, country, null);
    }
}
