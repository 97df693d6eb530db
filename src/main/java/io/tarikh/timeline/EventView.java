package io.tarikh.timeline;

import io.tarikh.extraction.Candidate;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.Precision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** What the merge rule needs to know of an event, stored or just extracted. */
public record EventView(EventType type, LocalDate start, LocalDate end, Precision precision, Set<String> actorIds,
        Set<String> placeIds, String referenceEventId) {

    /**
     * The longest day-precise interval merged by overlap ("يومي 4 و5", a week of talks). Longer
     * or coarser dates merge only on an exact match, so one vague date cannot absorb every
     * mention inside it; it also bounds the merge-candidate query on both sides.
     */
    public static final int MAX_OVERLAP_SPAN_DAYS = 7;

    public static EventView of(Candidate c) {
        return new EventView(c.type(), c.isDated() ? c.date().start() : null, c.isDated() ? c.date().end() : null,
                c.isDated() ? c.date().precision() : null, Set.copyOf(c.actorIds()), Set.copyOf(c.placeIds()),
                c.referenceEventId());
    }

    public boolean isDated() {
        return start != null && end != null && precision != null && precision != Precision.NONE;
    }

    /** A day-precise date short enough to be merged with whatever overlaps it. */
    public boolean isDayPrecise() {
        return isDated() && precision == Precision.DAY && ChronoUnit.DAYS.between(start, end) < MAX_OVERLAP_SPAN_DAYS;
    }
}
