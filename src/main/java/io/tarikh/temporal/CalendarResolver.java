package io.tarikh.temporal;

import io.tarikh.temporal.SpanValue.CalendarDate;
import io.tarikh.temporal.SpanValue.CalendarSpan;
import io.tarikh.temporal.SpanValue.HijriDate;
import io.tarikh.temporal.SpanValue.NumericDate;
import io.tarikh.temporal.SpanValue.WeekOfMonth;
import io.tarikh.temporal.SpanValue.YearCue;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Dates written with a month name or numbers: "يومي 4 و5 تموز المقبل", "أيار الماضي",
 * "17/9/2018", "١٨ ذو الحجة ١٤٣٦ هـ". A missing year comes from the anchor and the tense.
 */
final class CalendarResolver {

    /**
     * A bare date at most this many days after the anchor is the coming one, not last year's: news
     * names a date of the coming weeks without its year ("الانتخابات في 31 تموز"), while a date
     * nine months back would carry its year or "الماضي".
     */
    private static final int NEAR_FUTURE_DAYS = 92;

    private final Lexicon lexicon;

    CalendarResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The value's record is its kind's (SpanReader reads each kind into one), hence the casts. */
    Resolver.Resolved resolve(Tagger.Span s, LocalDate anchor, boolean future) {
        return switch (s.rule().kind()) {
            case NUMERIC -> numeric(s, (NumericDate) s.value());
            case HIJRI -> hijri(s, (HijriDate) s.value(), anchor);
            case CALENDAR_SPAN -> span(s, (CalendarSpan) s.value(), anchor, future);
            default -> calendar(s, (CalendarDate) s.value(), anchor, future);
        };
    }

    private Resolver.Resolved numeric(Tagger.Span s, NumericDate v) {
        try {
            LocalDate d = LocalDate.of(v.year(), v.month(), v.day());
            if (!SupportedDates.containsYear(d.getYear())) {
                return null;
            }
            return withWeekdayCheck(s, v.weekday(), d, d, "a numeric date, day first: " + d);
        } catch (DateTimeException e) {
            return null; // 32/13/2018 is no date
        }
    }

    private Resolver.Resolved calendar(Tagger.Span s, CalendarDate v, LocalDate anchor, boolean future) {
        int month = v.month();
        List<Integer> days = v.days();
        if (days.stream().anyMatch(d -> d < 1 || d > 31)) {
            return null;
        }
        int probeDay = days.isEmpty() ? 1 : days.get(0);
        Year year = year(v.year(), anchor, future, month, days.isEmpty() ? null : probeDay);
        if (year.value == null) {
            String value = unknownYear(month, days.isEmpty() ? null : probeDay);
            return new Resolver.Resolved(TimexType.DATE, DateInfo.unresolved(value, new Display(v.monthWord(), lexicon.monthEn(month))),
                    lexicon.monthEn(month) + " of a year that needs the unknown publication date");
        }
        YearMonth ym = YearMonth.of(year.value, month);
        if (v.week() != null) {
            return weekOfMonth(v.week(), ym, year);
        }
        if (days.isEmpty()) {
            DateInfo date = Periods.month(ym, s.modifier());
            return new Resolver.Resolved(TimexType.DATE, date, lexicon.monthEn(month) + " " + year.value + " (" + year.why + ")" + Resolver.modifierNote(s));
        }
        if (days.stream().anyMatch(d -> d > ym.lengthOfMonth())) {
            return null;
        }
        int first = days.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = days.stream().mapToInt(Integer::intValue).max().orElseThrow();
        String what = days.size() > 1 ? "days " + first + "-" + last : "day " + first;
        return withWeekdayCheck(s, v.weekday(), ym.atDay(first), ym.atDay(last), what + " of " + lexicon.monthEn(month) + " " + year.value + " (" + year.why + ")");
    }

    /** "الأسبوع الأول من أيار": days 1-7; the second 8-14...; "الأخير": the month's last seven days. */
    private Resolver.Resolved weekOfMonth(WeekOfMonth week, YearMonth ym, Year year) {
        int index = week == WeekOfMonth.LAST ? -1 : week.ordinal();
        LocalDate first = index < 0 ? ym.atEndOfMonth().minusDays(6) : ym.atDay(1 + 7 * index);
        LocalDate last = index < 0 ? ym.atEndOfMonth() : first.plusDays(6);
        DateInfo date = new DateInfo(ym.toString(), first, last, Precision.MONTH, null, DateFormats.days(first, last));
        return new Resolver.Resolved(TimexType.DATE, date, (index < 0 ? "the last week" : "week " + (index + 1)) + " of "
                + lexicon.monthEn(ym.getMonthValue()) + " " + ym.getYear() + " (" + year.why + "): " + first + ".." + last);
    }

    private Resolver.Resolved span(Tagger.Span s, CalendarSpan v, LocalDate anchor, boolean future) {
        int month = v.month();
        int month2 = v.month2();
        if (v.day() == null) {
            return monthSpan(s, v, anchor);
        }
        int d1 = v.day();
        int d2 = v.day2();
        Year year = year(v.year(), anchor, future, month, d1);
        if (year.value == null) {
            return new Resolver.Resolved(TimexType.DATE, DateInfo.unresolved(unknownYear(month, d1), new Display(v.monthWord(), lexicon.monthEn(month))),
                    "a span of days whose year needs the unknown publication date");
        }
        try {
            LocalDate first = LocalDate.of(year.value, month, d1);
            LocalDate last = LocalDate.of(month2 < month ? year.value + 1 : year.value, month2, d2);
            return withWeekdayCheck(s, v.weekday(), first, last, "from " + first + " to " + last + " (" + year.why + ")");
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "من أوت 2017 إلى مارس 2019": whole months, the first year given or the one before the last month's. */
    private Resolver.Resolved monthSpan(Tagger.Span s, CalendarSpan v, LocalDate anchor) {
        int month = v.month();
        int month2 = v.month2();
        Integer written = v.year().written();
        if (written == null && anchor == null) {
            return new Resolver.Resolved(TimexType.DATE, DateInfo.unresolved(unknownYear(month, null), new Display(v.monthWord(), lexicon.monthEn(month))),
                    "a span of months whose year needs the unknown publication date");
        }
        // No year ("من يناير إلى يونيو"): the months of the anchor's year.
        int lastYear = written != null ? written : anchor.getYear();
        int firstYear = v.firstYear() != null ? v.firstYear() : month <= month2 ? lastYear : lastYear - 1;
        if (!SupportedDates.containsYear(firstYear) || !SupportedDates.containsYear(lastYear) || YearMonth.of(firstYear, month).isAfter(YearMonth.of(lastYear, month2))) {
            return null;
        }
        YearMonth from = YearMonth.of(firstYear, month);
        YearMonth to = YearMonth.of(lastYear, month2);
        DateInfo date = new DateInfo(from.toString(), from.atDay(1), to.atEndOfMonth(), Precision.MONTH, s.modifier(),
                DateFormats.withModifier(DateFormats.days(from.atDay(1), to.atEndOfMonth()), s.modifier()));
        return new Resolver.Resolved(TimexType.DATE, date, "the months from " + from + " to " + to);
    }

    private Resolver.Resolved hijri(Tagger.Span s, HijriDate v, LocalDate anchor) {
        if (v.day() == null && v.year() == null && !v.named() && v.rel() == null) {
            return null; // "رمضان" alone is as often a name as a month
        }
        int month = v.month();
        Integer hijriYear = v.year() != null ? v.year() : anchor == null ? null : hijriYearOf(v, anchor);
        if (hijriYear == null) {
            return new Resolver.Resolved(TimexType.DATE, DateInfo.unresolved("XXXX", new Display(v.monthWord(), "Hijri month " + month)),
                    "Hijri month " + month + " of an unknown year");
        }
        try {
            HijrahDate firstOfMonth = HijrahDate.of(hijriYear, month, 1);
            String hijri = (v.day() == null ? "" : v.dayWord() + " ") + v.monthWord() + " " + hijriYear + " هـ";
            if (v.day() != null) {
                int day = v.day();
                LocalDate d = LocalDate.from(firstOfMonth.with(ChronoField.DAY_OF_MONTH, day));
                String why = "Hijri " + day + "/" + month + "/" + hijriYear + " (Umm al-Qura) is " + d;
                if (s.partOfDay() != null) {
                    return new Resolver.Resolved(TimexType.TIME, Periods.partOfDay(d, s.partOfDay()), why + ", part of day " + s.partOfDay());
                }
                DateInfo date = new DateInfo(d.toString(), d, d, Precision.DAY, null, new Display(hijri + " (" + DateFormats.day(d).ar() + ")", DateFormats.day(d).en()));
                return new Resolver.Resolved(TimexType.DATE, date, why);
            }
            LocalDate first = LocalDate.from(firstOfMonth);
            LocalDate last = first.plusDays(firstOfMonth.lengthOfMonth() - 1L);
            // The value keeps the month's first day (TIMEX3 has no Hijri months); early/mid/late cut its days into thirds.
            Modifier mod = s.modifier();
            LocalDate from = mod == Modifier.MID ? first.plusDays(10) : mod == Modifier.END ? first.plusDays(20) : first;
            LocalDate to = mod == Modifier.START ? first.plusDays(9) : mod == Modifier.MID ? first.plusDays(19) : last;
            DateInfo date = new DateInfo(first.toString(), from, to, Precision.MONTH, mod,
                    DateFormats.withModifier(new Display(hijri, DateFormats.days(first, last).en()), mod));
            return new Resolver.Resolved(TimexType.DATE, date, "Hijri month " + month + "/" + hijriYear + " (Umm al-Qura) runs " + first + ".." + last
                    + (mod == null ? "" : ", modifier " + mod + ": " + from + ".." + to));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Without a written year: the anchor's Hijri year, or the one before / after for "الماضي" / "المقبل". */
    private static int hijriYearOf(HijriDate v, LocalDate anchor) {
        int year = Resolver.hijriYear(anchor);
        Direction rel = v.rel();
        if (rel == null || rel == Direction.CURRENT) {
            return year;
        }
        int day = v.day() == null ? 1 : Math.min(v.day(), 29);
        LocalDate thisYear = LocalDate.from(HijrahDate.of(year, v.month(), day));
        if (rel == Direction.PAST) {
            return thisYear.isBefore(anchor) ? year : year - 1;
        }
        return thisYear.isAfter(anchor) ? year : year + 1;
    }

    /**
     * The TIMEX value of a month, or a day, of an unknown year ("XXXX-07", "XXXX-07-05"): inference asks for
     * it of every such date, so it is built without String.format.
     */
    private static String unknownYear(int month, Integer day) {
        String value = "XXXX-" + (month < 10 ? "0" : "") + month;
        return day == null ? value : value + "-" + (day < 10 ? "0" : "") + day;
    }

    /** A year and how it was decided. */
    private record Year(Integer value, String why) {
    }

    private static Year year(YearCue cue, LocalDate anchor, boolean future, int month, Integer day) {
        if (cue.written() != null) {
            int y = cue.written();
            return SupportedDates.containsYear(y) ? new Year(y, "year given") : new Year(null, "");
        }
        if (anchor == null) {
            return new Year(null, "");
        }
        Direction yrel = cue.ofYear();
        if (yrel != null) {
            int y = anchor.getYear() + yrel.step();
            return new Year(y, yrel.english() + " year relative to " + anchor);
        }
        Direction rel = cue.rel();
        MonthDay point = MonthDay.of(month, day == null ? 1 : Math.min(day, 28));
        boolean sameMonth = anchor.getMonthValue() == month;
        boolean onOrBefore = day == null ? month <= anchor.getMonthValue() : !point.isAfter(MonthDay.from(anchor));
        if (rel == Direction.PAST) {
            boolean strictlyBefore = day == null ? month < anchor.getMonthValue() : point.isBefore(MonthDay.from(anchor));
            return new Year(strictlyBefore ? anchor.getYear() : anchor.getYear() - 1, "'الماضي': the most recent one before " + anchor);
        }
        if (rel == Direction.FUTURE) {
            boolean strictlyAfter = day == null ? month > anchor.getMonthValue() : point.isAfter(MonthDay.from(anchor));
            return new Year(strictlyAfter ? anchor.getYear() : anchor.getYear() + 1, "'المقبل': the first one after " + anchor);
        }
        if (rel != null) {
            return new Year(anchor.getYear(), "the current year of " + anchor);
        }
        if (future) {
            boolean onOrAfter = day == null ? month >= anchor.getMonthValue() : !point.isBefore(MonthDay.from(anchor));
            return new Year(onOrAfter ? anchor.getYear() : anchor.getYear() + 1, "no year, clause about the future: the first one on or after " + anchor);
        }
        Year near = nearFuture(anchor, month, day);
        if (near != null) {
            return near;
        }
        return new Year(onOrBefore || sameMonth ? anchor.getYear() : anchor.getYear() - 1, "no year: the most recent one on or before " + anchor);
    }

    /**
     * Without a tense word, a date just ahead of the anchor is the coming one: a text of 27 June
     * that says "يومي 4 و5 تموز" or "في تموز" announces them; news does not name last year's
     * day without its year. Only the next month, or a day at most {@link #NEAR_FUTURE_DAYS} ahead.
     */
    private static Year nearFuture(LocalDate anchor, int month, Integer day) {
        if (day == null) {
            LocalDate next = anchor.withDayOfMonth(1).plusMonths(1);
            return next.getMonthValue() == month ? new Year(next.getYear(), "no year: the coming month after " + anchor) : null;
        }
        for (int y = anchor.getYear(); y <= anchor.getYear() + 1; y++) {
            YearMonth ym = YearMonth.of(y, month);
            LocalDate candidate = ym.atDay(Math.min(day, ym.lengthOfMonth()));
            long ahead = ChronoUnit.DAYS.between(anchor, candidate);
            if (ahead > 0 && ahead <= NEAR_FUTURE_DAYS) {
                return new Year(y, "no year: " + ahead + " days after " + anchor + ", the coming one");
            }
        }
        return null;
    }

    /** {@code named}: the weekday written with the date, or null; the written date wins if they disagree. */
    private Resolver.Resolved withWeekdayCheck(Tagger.Span s, DayOfWeek named, LocalDate first, LocalDate last, String why) {
        String explanation = why;
        if (named != null) {
            if (first.getDayOfWeek() != named) {
                explanation += "; the text names " + lexicon.weekdayEn(named.getValue()) + " but " + first + " is a "
                        + lexicon.weekdayEn(first.getDayOfWeek().getValue()) + ": kept the written date";
            }
        }
        if (first.equals(last) && s.partOfDay() != null) {
            return new Resolver.Resolved(TimexType.TIME, Periods.partOfDay(first, s.partOfDay()), explanation + ", part of day " + s.partOfDay());
        }
        return new Resolver.Resolved(TimexType.DATE, Periods.days(first, last, s.modifier()), explanation);
    }

}
