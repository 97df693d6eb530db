package io.tarikh.extraction;

import io.tarikh.temporal.DateInfo;
import java.time.LocalDate;

/** OCCURRED or SCHEDULED: a date after publication, or a future marker next to the event, means scheduled. */
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
            return futureMarked && !date.end().isBefore(published) ? EventStatus.SCHEDULED : EventStatus.OCCURRED;
        }
        return futureMarked ? EventStatus.SCHEDULED : EventStatus.OCCURRED;
    }
}
