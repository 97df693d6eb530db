package io.tarikh.store;

import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * Validated filters of {@code GET /api/v1/events}: AND between fields, OR within a list.
 * Names are already resolved to ids (a place to itself and every place within it); {@code words}
 * are Arabic-normalised. {@code includeUndated} adds the undated events to a date range;
 * {@code reportedFrom}/{@code reportedTo} bound the days its sources were reported on;
 * {@code matchesNothing}: a name filter named nothing known, so no event matches.
 */
public record EventFilter(List<String> actorIds, LocalDate from, LocalDate to, List<EventType> types,
        List<String> placeIds, String articleId, EventStatus status, List<String> words, boolean newestFirst,
        boolean includeUndated, LocalDate reportedFrom, LocalDate reportedTo, boolean matchesNothing) {

    /** The filters as they were before issue 9: no undated events in a date range, any report day. */
    public EventFilter(List<String> actorIds, LocalDate from, LocalDate to, List<EventType> types, List<String> placeIds,
            String articleId, EventStatus status, List<String> words, boolean newestFirst) {
        this(actorIds, from, to, types, placeIds, articleId, status, words, newestFirst, false, null, null, false);
    }

    public static EventFilter none() {
        return new EventFilter(List.of(), null, null, List.of(), List.of(), null, null, List.of(), false);
    }
}
