package io.tarikh.knowledge;

import java.util.List;

/**
 * A place with coordinates.
 *
 * @param kind    COUNTRY, GOVERNORATE, REGION, CITY, TOWN or SITE
 * @param country the id of the country place it lies in; null for countries
 */
public record Place(String id, String kind, Names name, List<String> aliases, double lat, double lon, String country) implements Named {

    public Place {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
