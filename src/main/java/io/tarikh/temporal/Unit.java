package io.tarikh.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A unit of time, as duration words ("يومين") and period nouns ("الأسبوع") name it. */
enum Unit {
    HOUR("H", ChronoUnit.HOURS), DAY("D", ChronoUnit.DAYS), WEEK("W", ChronoUnit.WEEKS), MONTH("M", ChronoUnit.MONTHS),
    YEAR("Y", ChronoUnit.YEARS), DECADE("DE", ChronoUnit.DECADES);

    /** The TIMEX3 duration designator ("P2D", "PT3H", "P1DE"), also how words.yaml writes the unit. */
    final String timex;
    final ChronoUnit chrono;

    Unit(String timex, ChronoUnit chrono) {
        this.timex = timex;
        this.chrono = chrono;
    }

    static Unit ofTimex(String code) {
        for (Unit u : values()) {
            if (u.timex.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("no unit '" + code + "'");
    }

    /**
     * How far a count of this unit, as news writes it, may be from the exact span: "بعد أسبوع" may be six days or
     * eight, "قبل ثلاثة أشهر" a fortnight more or less. Half the unit; a count of days or hours is exact (zero), a
     * decade is five years.
     */
    Period half() {
        return switch (this) {
            case HOUR, DAY -> Period.ZERO;
            case WEEK -> Period.ofDays(3);
            case MONTH -> Period.ofDays(15);
            case YEAR -> Period.ofMonths(6);
            case DECADE -> Period.ofYears(5);
        };
    }

    /** {@link #half} of the unit of a TIMEX3 duration ("P3W" → three days); null for a duration in hours or no duration. */
    static Period halfOfTimex(String value) {
        if (value == null || !value.startsWith("P") || value.contains("T")) {
            return null;
        }
        for (Unit u : values()) {
            if (value.endsWith(u.timex)) {
                return u.half();
            }
        }
        return Period.ZERO;
    }

    /** Whether two days lie in one period of this unit (a calendar week from Monday, month, year...). */
    boolean samePeriod(LocalDate a, LocalDate b) {
        return switch (this) {
            case HOUR, DAY -> a.equals(b);
            case WEEK -> a.with(DayOfWeek.MONDAY).equals(b.with(DayOfWeek.MONDAY));
            case MONTH -> YearMonth.from(a).equals(YearMonth.from(b));
            case YEAR -> a.getYear() == b.getYear();
            case DECADE -> a.getYear() / 10 == b.getYear() / 10;
        };
    }

    String english() {
        return name().toLowerCase(Locale.ROOT);
    }
}
