package io.tarikh.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar periods as date objects, with early/mid/late cutting the interval into thirds. */
final class Periods {

    private Periods() {
    }

    static DateInfo day(LocalDate d) {
        return new DateInfo(d.toString(), d, d, Precision.DAY, null, DateFormats.day(d));
    }

    static DateInfo days(LocalDate first, LocalDate last, Modifier mod) {
        return new DateInfo(first.toString(), first, last, Precision.DAY, mod, DateFormats.withModifier(DateFormats.days(first, last), mod));
    }

    static DateInfo partOfDay(LocalDate d, String suffix) {
        // The lexicon value is the whole TIMEX3 suffix ("TEV"), so "2017-06-26" + "TEV".
        return new DateInfo(d + suffix, d, d, Precision.DAY, null, DateFormats.partOfDay(d, suffix));
    }

    /** Early = days 1-10, mid = 11-20, late = 21 to the end. */
    static DateInfo month(YearMonth ym, Modifier mod) {
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        if (mod == Modifier.START) {
            last = ym.atDay(10);
        } else if (mod == Modifier.MID) {
            first = ym.atDay(11);
            last = ym.atDay(20);
        } else if (mod == Modifier.END) {
            first = ym.atDay(21);
        }
        return new DateInfo(ym.toString(), first, last, Precision.MONTH, mod, DateFormats.month(ym.getYear(), ym.getMonthValue(), mod));
    }

    /** Early = January-April, mid = May-August, late = September-December. */
    static DateInfo year(int year, Modifier mod) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (mod == Modifier.START) {
            last = LocalDate.of(year, 4, 30);
        } else if (mod == Modifier.MID) {
            first = LocalDate.of(year, 5, 1);
            last = LocalDate.of(year, 8, 31);
        } else if (mod == Modifier.END) {
            first = LocalDate.of(year, 9, 1);
        }
        return new DateInfo(String.valueOf(year), first, last, Precision.YEAR, mod, DateFormats.year(year, mod));
    }

    /** The ISO week (Monday-Sunday) holding {@code day}; early = Mon-Tue, mid = Wed-Thu, late = Fri-Sun. */
    static DateInfo week(LocalDate day, Modifier mod) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = monday;
        LocalDate last = monday.plusDays(6);
        if (mod == Modifier.START) {
            last = monday.plusDays(1);
        } else if (mod == Modifier.MID) {
            first = monday.plusDays(2);
            last = monday.plusDays(3);
        } else if (mod == Modifier.END) {
            first = monday.plusDays(4);
        }
        String value = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new DateInfo(value, first, last, Precision.WEEK, mod, DateFormats.week(monday, mod));
    }

    static DateInfo quarter(int year, int quarter, Modifier mod) {
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        return new DateInfo(year + "-Q" + quarter, first, last, Precision.QUARTER, mod, DateFormats.quarter(year, quarter, mod));
    }

    static DateInfo decade(int decade, Modifier mod) {
        LocalDate first = LocalDate.of(decade * 10, 1, 1);
        return new DateInfo(String.valueOf(decade), first, first.plusYears(10).minusDays(1), Precision.DECADE, mod,
                DateFormats.decade(decade * 10, mod));
    }
}
