package io.tarikh.extraction;

import io.tarikh.temporal.DateInfo;
import java.time.LocalDate;

/** OCCURRED or SCHEDULED: a date after publication, or a future marker next to an event of that very day, means scheduled. */
final class Status {

    private Status() {
    }

    static EventStatus of(DateInfo date, LocalDate published, boolean futureMarked) {
        if (date != null && "FUTURE_REF".equals(date.value())) {
            return EventStatus.SCHEDULED;
        }
        if (date != null && date.start() != null && published != null) {
            if (date.start().isAfter(published)) {
                return EventStatus.SCHEDULED;
            }
            // Only what starts on the day itself can still be ahead ("المحادثات المقررة اليوم"); a round that
            // opened yesterday is under way, whatever is planned for its next sessions.
            return futureMarked && date.start().equals(published) ? EventStatus.SCHEDULED : EventStatus.OCCURRED;
        }
        return futureMarked ? EventStatus.SCHEDULED : EventStatus.OCCURRED;
    }
}
