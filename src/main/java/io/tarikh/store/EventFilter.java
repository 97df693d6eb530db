package io.tarikh.store;

import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * Validated filters of {@code GET /api/v1/events}: AND between fields, OR within a list.
 * Names are already resolved to ids; {@code words} are Arabic-normalised.
 */
public record EventFilter(List<String> actorIds, LocalDate from, LocalDate to, List<EventType> types,
        List<String> placeIds, String articleId, EventStatus status, List<String> words, boolean newestFirst) {

    public static EventFilter none() {
        return new EventFilter(List.of(), null, null, List.of(), List.of(), null, null, List.of(), false);
    }
}
