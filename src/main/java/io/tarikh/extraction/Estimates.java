package io.tarikh.extraction;

import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.Modifier;
import io.tarikh.temporal.Precision;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.temporal.TimexType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * An event dated only by an offset ("بعد أسبوعين أو ثلاثة", "بعد نحو شهر") has no day: the offset is an
 * estimate. It is served as an approximate interval from the computed day to one more such span after
 * it, never as that day; an offset whose length is not known ("بعد أسابيع") dates nothing.
 */
final class Estimates {

    private Estimates() {
    }

    /** The date an event takes from {@code e}: its own, or the interval of an estimate, or null when it gives no day. */
    static DateInfo dateOf(TemporalExpression e) {
        DateInfo d = e.date();
        boolean offsetDay = e.type() == TimexType.DURATION && d.start() != null && d.start().equals(d.end())
                && d.precision() == Precision.NONE;
        if (!offsetDay) {
            return d;
        }
        LocalDate end = plus(d.start(), d.value());
        if (end == null) {
            return null;
        }
        DateInfo days = ReferenceDates.of(d.start(), end);
        return new DateInfo(d.value(), days.start(), days.end(), days.precision(), Modifier.APPROX, days.display());
    }

    private static LocalDate plus(LocalDate day, String value) {
        try {
            return day.plus(Period.parse(value));
        } catch (DateTimeParseException notAPeriod) {
            try {
                long hours = Duration.parse(value).toHours();
                return day.plusDays(Math.max(1, (hours + 23) / 24));
            } catch (DateTimeParseException notADuration) {
                return null;
            }
        }
    }
}
