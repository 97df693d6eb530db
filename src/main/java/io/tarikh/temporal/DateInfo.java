package io.tarikh.temporal;

import java.time.LocalDate;

/**
 * Every resolved date, of an event or an expression: the TIMEX3 value, the inclusive interval it
 * covers after the modifier (null for durations and vague references), its precision and modifier.
 */
public record DateInfo(String value, LocalDate start, LocalDate end, Precision precision, Modifier modifier, Display display) {

    /** A span of whole days, e.g. a reference event or a publication day. */
    public static DateInfo ofDays(LocalDate first, LocalDate last) {
        return new DateInfo(first.toString(), first, last, Precision.DAY, null, DateFormats.days(first, last));
    }

    /** A date that could not be placed on the calendar (no anchor): the TIMEX3 value keeps what is known. */
    public static DateInfo unresolved(String value, Display display) {
        return new DateInfo(value, null, null, Precision.NONE, null, display);
    }
}
