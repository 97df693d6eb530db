package io.tarikh.temporal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * Dates written with a month name or numbers: "يومي 4 و5 تموز المقبل", "أيار الماضي",
 * "17/9/2018", "١٨ ذو الحجة ١٤٣٦ هـ". A missing year comes from the anchor and the tense.
 */
final class CalendarResolver {

    private final Lexicon lexicon;

    CalendarResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Resolver.Resolved resolve(Tagger.Span s, LocalDate anchor, boolean future) {
        return switch (s.rule().kind()) {
            case NUMERIC -> numeric(s);
            case HIJRI -> hijri(s, anchor);
            case CALENDAR_SPAN -> span(s, anchor, future);
            default -> calendar(s, anchor, future);
        };
    }

    private Resolver.Resolved numeric(Tagger.Span s) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(s.group("y")), Integer.parseInt(s.group("mo")), Integer.parseInt(s.group("d")));
            if (d.getYear() < 1900 || d.getYear() > 2100) {
                return null;
            }
            return withWeekdayCheck(s, d, d, "a numeric date, day first: " + d);
        } catch (DateTimeException e) {
            return null; // 32/13/2018 is no date
        }
    }

    private Resolver.Resolved calendar(Tagger.Span s, LocalDate anchor, boolean future) {
        int month = month(s, "m");
        List<Integer> days = s.group("d") == null ? List.of() : Resolver.numbers(s.group("d"));
        if (days.stream().anyMatch(d -> d < 1 || d > 31)) {
            return null;
        }
        int probeDay = days.isEmpty() ? 1 : days.get(0);
        Year year = year(s, anchor, future, month, days.isEmpty() ? null : probeDay);
        if (year.value == null) {
            String value = days.isEmpty() ? String.format("XXXX-%02d", month) : String.format("XXXX-%02d-%02d", month, probeDay);
            return new Resolver.Resolved(TimexType.DATE, DateInfo.unresolved(value, new Display(s.group("m"), lexicon.monthEn(month))),
                    lexicon.monthEn(month) + " of a year that needs the unknown publication date");
        }
        YearMonth ym = YearMonth.of(year.value, month);
        if (days.isEmpty()) {
            DateInfo date = Periods.month(ym, Resolver.modifier(s));
            return new Resolver.Resolved(TimexType.DATE, date, lexicon.monthEn(month) + " " + year.value + " (" + year.why + ")" + Resolver.modifierNote(s));
        }
        if (days.stream().anyMatch(d -> d > ym.lengthOfMonth())) {
            return null;
        }
        int first = days.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = days.stream().mapToInt(Integer::intValue).max().orElseThrow();
        String what = days.size() > 1 ? "days " + first + "-" + last : "day " + first;
        return withWeekdayCheck(s, ym.atDay(first), ym.atDay(last), what + " of " + lexicon.monthEn(month) + " " + year.value + " (" + year.why + ")");
    }

    private Resolver.Resolved span(Tagger.Span s, LocalDate anchor, boolean future) {
        int month = month(s, "m");
        int month2 = month(s, "m2");
        int d1 = Resolver.numbers(s.group("d")).get(0);
        int d2 = Resolver.numbers(s.group("d2")).get(0);
        Year year = year(s, anchor, future, month, d1);
        if (year.value == null) {
            return new Resolver.Resolved(TimexType.DATE, DateInfo.unresolved(String.format("XXXX-%02d-%02d", month, d1), new Display(s.group("m"), lexicon.monthEn(month))),
                    "a span of days whose year needs the unknown publication date");
        }
        try {
            LocalDate first = LocalDate.of(year.value, month, d1);
            LocalDate last = LocalDate.of(month2 < month ? year.value + 1 : year.value, month2, d2);
            return withWeekdayCheck(s, first, last, "from " + first + " to " + last + " (" + year.why + ")");
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Resolver.Resolved hijri(Tagger.Span s, LocalDate anchor) {
        if (s.group("d") == null && s.group("y") == null && s.group("named") == null) {
            return null; // "رمضان" alone is as often a name as a month
        }
        int month = Integer.parseInt(lexicon.value("hijriMonths", s.group("h")));
        Integer hijriYear = s.group("y") != null ? Integer.valueOf(s.group("y")) : anchor == null ? null : Resolver.hijriYear(anchor);
        if (hijriYear == null) {
            return new Resolver.Resolved(TimexType.DATE, DateInfo.unresolved("XXXX", new Display(s.group("h"), "Hijri month " + month)),
                    "Hijri month " + month + " of an unknown year");
        }
        try {
            HijrahDate firstOfMonth = HijrahDate.of(hijriYear, month, 1);
            String hijri = (s.group("d") == null ? "" : s.group("d") + " ") + s.group("h") + " " + hijriYear + " هـ";
            if (s.group("d") != null) {
                int day = Resolver.numbers(s.group("d")).get(0);
                LocalDate d = LocalDate.from(firstOfMonth.with(ChronoField.DAY_OF_MONTH, day));
                DateInfo date = new DateInfo(d.toString(), d, d, Precision.DAY, null, new Display(hijri + " (" + DateFormats.day(d).ar() + ")", DateFormats.day(d).en()));
                return new Resolver.Resolved(TimexType.DATE, date, "Hijri " + day + "/" + month + "/" + hijriYear + " (Umm al-Qura) is " + d);
            }
            LocalDate first = LocalDate.from(firstOfMonth);
            LocalDate last = first.plusDays(firstOfMonth.lengthOfMonth() - 1L);
            DateInfo date = new DateInfo(first.toString(), first, last, Precision.MONTH, Resolver.modifier(s),
                    new Display(hijri, DateFormats.days(first, last).en()));
            return new Resolver.Resolved(TimexType.DATE, date, "Hijri month " + month + "/" + hijriYear + " (Umm al-Qura) runs " + first + ".." + last);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A year and how it was decided. */
    private record Year(Integer value, String why) {
    }

    private Year year(Tagger.Span s, LocalDate anchor, boolean future, int month, Integer day) {
        if (s.group("y") != null) {
            int y = Integer.parseInt(s.group("y"));
            return y < 1900 || y > 2100 ? new Year(null, "") : new Year(y, "year given");
        }
        if (anchor == null) {
            return new Year(null, "");
        }
        String yrel = lexicon.direction(s.group("yrel"));
        if (yrel != null) {
            int y = anchor.getYear() + ("past".equals(yrel) ? -1 : "future".equals(yrel) ? 1 : 0);
            return new Year(y, yrel + " year relative to " + anchor);
        }
        String rel = lexicon.direction(s.group("rel"));
        MonthDay point = MonthDay.of(month, day == null ? 1 : Math.min(day, 28));
        boolean sameMonth = anchor.getMonthValue() == month;
        boolean onOrBefore = day == null ? month <= anchor.getMonthValue() : !point.isAfter(MonthDay.from(anchor));
        if ("past".equals(rel)) {
            boolean strictlyBefore = day == null ? month < anchor.getMonthValue() : point.isBefore(MonthDay.from(anchor));
            return new Year(strictlyBefore ? anchor.getYear() : anchor.getYear() - 1, "'الماضي': the most recent one before " + anchor);
        }
        if ("future".equals(rel)) {
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
        return new Year(onOrBefore || sameMonth ? anchor.getYear() : anchor.getYear() - 1, "no year: the most recent one on or before " + anchor);
    }

    private Resolver.Resolved withWeekdayCheck(Tagger.Span s, LocalDate first, LocalDate last, String why) {
        String explanation = why;
        if (s.group("wd") != null) {
            DayOfWeek named = DayOfWeek.of(Integer.parseInt(lexicon.value("weekday", s.group("wd"))));
            if (first.getDayOfWeek() != named) {
                explanation += "; the text names " + lexicon.weekdayEn(named.getValue()) + " but " + first + " is a "
                        + lexicon.weekdayEn(first.getDayOfWeek().getValue()) + ": kept the written date";
            }
        }
        if (first.equals(last) && s.partOfDay() != null) {
            return new Resolver.Resolved(TimexType.TIME, Periods.partOfDay(first, s.partOfDay()), explanation + ", part of day " + s.partOfDay());
        }
        return new Resolver.Resolved(TimexType.DATE, Periods.days(first, last, Resolver.modifier(s)), explanation);
    }

    private int month(Tagger.Span s, String group) {
        return Integer.parseInt(lexicon.value("month", s.group(group)));
    }

}
