package io.tarikh.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated, well-known event of the reference chronology.
 *
 * @param end       last day, inclusive (equal to start for one-day events)
 * @param series    the talk series it is a round of (with {@code round}), or null
 * @param documents texts signed there, which the press cites by name or by date
 * @param described word sets that, all in one sentence with one of the event's places (or, for an
 *                  event in a whole country, one of its actors), describe the event without naming it
 */
public record ReferenceEvent(String id, EventType type, Names name, LocalDate start, LocalDate end, String series, Integer round,
        List<String> aliases, List<String> actors, List<String> places, List<Document> documents, List<List<String>> described)
        implements Named {

    public ReferenceEvent {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        actors = actors == null ? List.of() : List.copyOf(actors);
        places = places == null ? List.of() : List.copyOf(places);
        documents = documents == null ? List.of() : List.copyOf(documents);
        described = described == null ? List.of() : described.stream().map(List::copyOf).toList();
        if (end == null) {
            end = start;
        }
    }

    /** A memorandum, agreement or statement signed at the event. */
    public record Document(Names name, LocalDate date, List<String> aliases) {

        public Document {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }
}
