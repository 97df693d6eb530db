package io.tarikh.extraction;

import java.util.Collection;

/**
 * What the text says of the event's reality: it happened, it is announced for the future, one side
 * claims it, one side denies it, or it was called off or postponed from the date given. Values are
 * only ever added (the name is stored; V8 lists them in the database's CHECK constraints).
 */
public enum EventStatus {
    OCCURRED, SCHEDULED, CLAIMED, DENIED, CANCELLED;

    /**
     * The status of an event told by several sources: one source that saw it happen outweighs a claim,
     * a claim outweighs a cancellation, a cancellation a denial, and any of them a mere schedule (a later
     * source that reports the cancellation of a scheduled meeting is the news). Null when there is none.
     */
    public static EventStatus strongest(Collection<EventStatus> statuses) {
        EventStatus best = null;
        for (EventStatus s : statuses) {
            if (s != null && (best == null || s.weight() > best.weight())) {
                best = s;
            }
        }
        return best;
    }

    private int weight() {
        return switch (this) {
            case OCCURRED -> 4;
            case CLAIMED -> 3;
            case CANCELLED -> 2;
            case DENIED -> 1;
            case SCHEDULED -> 0;
        };
    }
}
