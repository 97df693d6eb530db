package io.tarikh.timeline;

import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.EventType;
import java.time.LocalDate;
import java.util.Set;

/** What the merge rule needs to know of an event, stored or just extracted. */
public record EventView(EventType type, LocalDate start, LocalDate end, Set<String> actorIds, Set<String> placeIds,
        String referenceEventId) {

    public static EventView of(Candidate c) {
        return new EventView(c.type(), c.isDated() ? c.date().start() : null, c.isDated() ? c.date().end() : null,
                Set.copyOf(c.actorIds()), Set.copyOf(c.placeIds()), c.referenceEventId());
    }

    public boolean isDated() {
        return start != null;
    }
}
