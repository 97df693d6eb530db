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
 * estimate. Ahead, it is served as an approximate interval from the computed day to one more such span
 * after it; back ("قبل ثلاثة أسابيع"), as the computed day give or take half of the offset's unit, for a
 * count of weeks or months is rounded to the unit; never as that day. An offset whose length is not
 * known ("بعد أسابيع") dates nothing.
 */
final class Estimates {

    private Estimates() {
    }

    /** The date an event takes from {@code e} in a text published on {@code published}: its own, or the interval of an estimate, or null when it gives no day. */
    static DateInfo dateOf(TemporalExpression e, LocalDate published) {
        DateInfo d = e.date();
        boolean offsetDay = e.type() == TimexType.DURATION && d.start() != null && d.start().equals(d.end())
                && d.precision() == Precision.NONE;
        if (!offsetDay) {
            return d;
        }
        // Hours back ("قبل ساعات") have no half unit: they reach into the day before at most, which the forward interval covers.
        Period half = published != null && d.start().isBefore(published) ? DateInfo.looseness(d.value()) : null;
        LocalDate end = half != null ? d.start().plus(half) : plus(d.start(), d.value());
        if (end == null) {
            return null;
        }
        DateInfo days = ReferenceDates.of(half != null ? d.start().minus(half) : d.start(), end);
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
