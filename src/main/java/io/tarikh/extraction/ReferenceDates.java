package io.tarikh.extraction;

import io.tarikh.temporal.DateInfo;
import java.time.LocalDate;

/** The date object of a known span of days: a reference event's, or a publication day's. */
public final class ReferenceDates {

    private ReferenceDates() {
    }

    public static DateInfo of(LocalDate first, LocalDate last) {
        return DateInfo.ofDays(first, last);
    }
}
