package io.tarikh.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tagged span plus the anchor gives a date object and the arithmetic behind it. Returns null
 * for a span that turns out not to be a date (32 May, year 2254, a bare Hijri month name).
 */
final class Resolver {

    /** The resolved meaning of one span. */
    record Resolved(TimexType type, DateInfo date, String explanation) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Lexicon lexicon;
    private final CalendarResolver calendar;

    Resolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.calendar = new CalendarResolver(lexicon);
    }

    /** {@code future}: the clause is about the future (سوف، المقرر، ستعقد...), so bare dates look forwards. */
    Resolved resolve(Tagger.Span s, LocalDate anchor, boolean future) {
        return withResult(meaning(s, anchor, future));
    }

    /** Every explanation ends on what the arithmetic gave, so a reader can check it without the DateInfo. */
    private static Resolved withResult(Resolved r) {
        if (r == null || r.date().start() == null || r.explanation().contains(r.date().start().toString())) {
            return r;
        }
        String interval = r.date().start().equals(r.date().end()) ? r.date().start().toString() : r.date().start() + ".." + r.date().end();
        return new Resolved(r.type(), r.date(), r.explanation() + " ⇒ " + r.date().value() + " (" + interval + ")");
    }

    private Resolved meaning(Tagger.Span s, LocalDate anchor, boolean future) {
        return switch (s.rule().kind()) {
            case DEICTIC -> deictic(s, anchor);
            case WEEKDAY -> weekday(s, anchor, future);
            case CALENDAR, CALENDAR_SPAN, NUMERIC, HIJRI -> calendar.resolve(s, anchor, future);
            case YEAR -> year(s);
            case RELATIVE -> relative(s, anchor);
            case QUARTER -> quarter(s, anchor);
            case DECADE -> new Resolved(TimexType.DATE, Periods.decade(Integer.parseInt(lexicon.value("decades", s.group("dec"))), modifier(s)),
                    "decade " + lexicon.value("decades", s.group("dec")) + "0s");
            case DURATION -> duration(s, anchor);
            case VAGUE -> vague(s);
            case NEXT_DAY -> null; // needs the date before it: see nextDay
        };
    }

    private Resolved deictic(Tagger.Span s, LocalDate anchor) {
        int offset = Integer.parseInt(lexicon.value("deictic", s.group("dx")));
        Integer named = s.group("wd") == null ? null : Integer.valueOf(lexicon.value("weekday", s.group("wd")));
        if (anchor == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-XX-XX", new Display(s.group("dx"), "day " + offset + " from the unknown publication date")),
                    "day " + signed(offset) + " from the publication date, which is unknown");
        }
        LocalDate day = anchor.plusDays(offset);
        StringBuilder why = new StringBuilder(describeOffset(offset)).append(" relative to ")
                .append(weekdayEn(anchor)).append(' ').append(anchor).append(" is ").append(weekdayEn(day)).append(' ').append(day);
        if (named != null && day.getDayOfWeek().getValue() != named) {
            why.append("; the text names ").append(lexicon.weekdayEn(named)).append(" but ").append(day).append(" is a ")
                    .append(weekdayEn(day)).append(": kept the deictic day");
        }
        return dayOrPartOfDay(s, day, why.toString());
    }

    private Resolved weekday(Tagger.Span s, LocalDate anchor, boolean future) {
        DayOfWeek target = DayOfWeek.of(Integer.parseInt(lexicon.value("weekday", s.group("wd"))));
        String rel = lexicon.direction(s.group("rel"));
        if (anchor == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-WXX-" + target.getValue(), new Display(s.group("wd"), target.getDisplayName(TextStyle.FULL, Locale.ENGLISH))),
                    "a " + lexicon.weekdayEn(target.getValue()) + " near the publication date, which is unknown");
        }
        LocalDate day;
        String how;
        if (s.group("wd2") != null) {
            // "ليل الأحد-الاثنين": the night from the first day (the most recent one) into the next.
            day = future ? anchor.with(TemporalAdjusters.nextOrSame(target)) : anchor.with(TemporalAdjusters.previousOrSame(target));
            LocalDate next = day.plusDays(1);
            DateInfo night = new DateInfo(day + "TNI", day, next, Precision.DAY, null, DateFormats.partOfDay(day, "TNI"));
            return new Resolved(TimexType.TIME, night, "the night of " + lexicon.weekdayEn(target.getValue()) + " " + day + " into "
                    + weekdayEn(next) + " " + next + " (" + (future ? "on or after " : "on or before ") + anchor + ")");
        }
        switch (rel == null ? (future ? "bare-future" : "bare") : rel) {
            case "past" -> {
                day = anchor.with(TemporalAdjusters.previous(target));
                how = "last " + lexicon.weekdayEn(target.getValue()) + ": the most recent one before";
            }
            case "future" -> {
                day = anchor.with(TemporalAdjusters.next(target));
                how = "next " + lexicon.weekdayEn(target.getValue()) + ": the first one after";
            }
            case "current", "this" -> {
                day = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(target));
                how = lexicon.weekdayEn(target.getValue()) + " of the same ISO week as";
            }
            case "bare-future" -> {
                day = anchor.with(TemporalAdjusters.nextOrSame(target));
                how = lexicon.weekdayEn(target.getValue()) + " in a clause about the future: the first one on or after";
            }
            default -> {
                day = anchor.with(TemporalAdjusters.previousOrSame(target));
                how = lexicon.weekdayEn(target.getValue()) + " in news narrating the past: the most recent one on or before";
            }
        }
        return dayOrPartOfDay(s, day, how + " " + weekdayEn(anchor) + " " + anchor + " is " + day);
    }

    /** "صباح اليوم التالي": the day after {@code previous}, the last single day named before it. */
    Resolved nextDay(Tagger.Span s, LocalDate previous) {
        return dayOrPartOfDay(s, previous.plusDays(1), "the day after " + previous + ", the date named just before");
    }

    private Resolved year(Tagger.Span s) {
        int year = Integer.parseInt(s.group("y"));
        if (!SupportedDates.containsYear(year)) {
            return null;
        }
        if (s.group("y2") != null) {
            // "العام المالي 2020-2021": July of the first year to June of the next.
            int y2 = Integer.parseInt(s.group("y2"));
            y2 = y2 < 100 ? year / 100 * 100 + y2 : y2;
            if (y2 == year + 1) {
                LocalDate first = LocalDate.of(year, 7, 1);
                LocalDate last = LocalDate.of(y2, 6, 30);
                return new Resolved(TimexType.DATE, new DateInfo(String.valueOf(year), first, last, Precision.YEAR, modifier(s),
                        DateFormats.withModifier(DateFormats.days(first, last), modifier(s))),
                        "the fiscal year " + year + "/" + y2 + ", July to June: " + first + ".." + last);
            }
            if (y2 != year) {
                return null;
            }
        }
        return new Resolved(TimexType.DATE, Periods.year(year, modifier(s)), "the year " + year + modifierNote(s));
    }

    private Resolved relative(Tagger.Span s, LocalDate anchor) {
        String period = lexicon.value("periods", s.group("per"));
        String rel = lexicon.direction(s.group("rel"));
        int step = "past".equals(rel) ? -1 : "future".equals(rel) ? 1 : 0;
        String word = step < 0 ? "previous" : step > 0 ? "next" : "current";
        if (anchor == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved(period.equals("YEAR") ? "XXXX" : period.equals("MONTH") ? "XXXX-XX" : "XXXX-WXX",
                    new Display(s.group("per"), word + " " + period.toLowerCase(Locale.ROOT))), "the " + word + " " + period.toLowerCase(Locale.ROOT) + " of an unknown publication date");
        }
        DateInfo date = switch (period) {
            case "WEEK" -> Periods.week(anchor.plusWeeks(step), modifier(s));
            case "MONTH" -> Periods.month(YearMonth.from(anchor).plusMonths(step), modifier(s));
            default -> Periods.year(anchor.getYear() + step, modifier(s));
        };
        return new Resolved(TimexType.DATE, date, "the " + word + " " + period.toLowerCase(Locale.ROOT) + " relative to " + anchor + ": "
                + date.value() + " (" + date.start() + ".." + date.end() + ")" + modifierNote(s));
    }

    private Resolved quarter(Tagger.Span s, LocalDate anchor) {
        Integer year = s.group("y") != null ? Integer.valueOf(s.group("y")) : anchor == null ? null
                : anchor.getYear() + ("past".equals(lexicon.direction(s.group("rel"))) ? -1 : "future".equals(lexicon.direction(s.group("rel"))) ? 1 : 0);
        if (s.group("half") != null) {
            int h = Integer.parseInt(lexicon.value("halves", s.group("half")));
            if (year == null) {
                return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-H" + h, new Display(s.group("half"), "H" + h)), "half " + h + " of an unknown year");
            }
            LocalDate first = LocalDate.of(year, h == 1 ? 1 : 7, 1);
            LocalDate last = first.plusMonths(6).minusDays(1);
            return new Resolved(TimexType.DATE, new DateInfo(year + "-H" + h, first, last, Precision.QUARTER, modifier(s),
                    new Display("النصف " + (h == 1 ? "الأول" : "الثاني") + " من " + year, (h == 1 ? "first" : "second") + " half of " + year)),
                    "half " + h + " of " + year);
        }
        int q = Integer.parseInt(lexicon.value("quarters", s.group("q")));
        if (year == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-Q" + q, new Display(s.group("q"), "Q" + q)), "quarter " + q + " of an unknown year");
        }
        return new Resolved(TimexType.DATE, Periods.quarter(year, q, modifier(s)), "quarter " + q + " of " + year);
    }

    private Resolved duration(Tagger.Span s, LocalDate anchor) {
        // The unit word: "u", or "su" / "su1" for the rules that take it alone ("يومين", "ساعة واحدة").
        String unitWord = s.group("u") != null ? s.group("u") : s.group("su") != null ? s.group("su") : s.group("su1");
        String[] unit = lexicon.value("units", unitWord).split(":", -1);
        Integer count = s.group("n") != null ? number(s.group("n")) : unit[1].isEmpty() ? null : Integer.valueOf(unit[1]);
        String amount = count == null ? "X" : String.valueOf(count);
        String value = unit[0].equals("H") ? "PT" + amount + "H" : "P" + amount + unit[0];
        String pre = s.group("pre") == null ? "" : s.group("pre");
        String rel = lexicon.direction(s.group("rel"));
        // "نحو / حوالي أسبوعين": an approximate amount; "أكثر من" only bounds it and keeps no modifier.
        String q = s.group("q") == null ? null : lexicon.value("modifiers", s.group("q"));
        Modifier mod = q == null ? null : Modifier.valueOf(q);
        String english = (mod == Modifier.APPROX ? "about " : "") + (count == null ? "some" : amount) + " " + unitName(unit[0])
                + (count != null && count == 1 ? "" : "s");
        Display display = new Display(unitWord, english);
        ChronoUnit chrono = switch (unit[0]) {
            case "H" -> ChronoUnit.HOURS;
            case "D" -> ChronoUnit.DAYS;
            case "W" -> ChronoUnit.WEEKS;
            case "M" -> ChronoUnit.MONTHS;
            case "DE" -> ChronoUnit.DECADES;
            default -> ChronoUnit.YEARS;
        };
        // Dates only when the text counts from the publication day: not from an event ("بعد عام على الانفجار"),
        // not for hours, and not for an unknown amount.
        boolean dated = anchor != null && count != null && chrono != ChronoUnit.HOURS && s.group("ref") == null;
        if (anchor != null && count != null && chrono == ChronoUnit.HOURS && rel != null) {
            // "خلال الساعات الـ24 الماضية": the days those hours touch, up to (or from) the anchor.
            boolean ahead = "future".equals(rel);
            long days = (count + 23) / 24;
            LocalDate first = ahead ? anchor : anchor.minusDays(days);
            LocalDate last = ahead ? anchor.plusDays(days) : anchor;
            return new Resolved(TimexType.DURATION, new DateInfo(value, first, last, Precision.NONE, mod, display),
                    "the " + (ahead ? "coming " : "past ") + english + (ahead ? " from " : " up to ") + anchor + ": " + first + ".." + last);
        }
        if (dated && rel != null) {
            // "خلال الأسبوعين المقبلين": the coming span after the anchor; "الأشهر الستة الماضية": the span up to it.
            boolean ahead = "future".equals(rel);
            LocalDate first = ahead ? anchor.plusDays(1) : anchor.minus(count, chrono);
            LocalDate last = ahead ? anchor.plus(count, chrono) : anchor;
            return new Resolved(TimexType.DURATION, new DateInfo(value, first, last, Precision.NONE, mod, display),
                    "the " + (ahead ? "coming " : "past ") + english + (ahead ? " after " : " up to ") + anchor + ": " + first + ".." + last);
        }
        if (!dated || !(pre.equals("قبل") || pre.equals("بعد") || pre.equals("منذ"))) {
            return new Resolved(TimexType.DURATION, new DateInfo(value, null, null, Precision.NONE, mod, display),
                    "a duration of " + english + (s.group("n2") != null ? " (or " + s.group("n2") + ")" : "")
                            + (s.group("ref") != null ? ", counted from an event, not from the publication date" : ""));
        }
        LocalDate point = pre.equals("بعد") ? anchor.plus(count, chrono) : anchor.minus(count, chrono);
        LocalDate last = pre.equals("منذ") ? anchor : point;
        String explanation = switch (pre) {
            case "بعد" -> english + " after " + anchor + " is " + point;
            case "قبل" -> english + " before " + anchor + " is " + point;
            default -> "for " + english + " up to " + anchor + ": since " + point;
        };
        return new Resolved(TimexType.DURATION, new DateInfo(value, point, last, Precision.NONE, mod, display), explanation);
    }

    private Resolved vague(Tagger.Span s) {
        String value = lexicon.value("vague", s.group("v"));
        String english = switch (value) {
            case "PAST_REF" -> "some time in the past";
            case "PRESENT_REF" -> "now";
            default -> "some time in the future";
        };
        return new Resolved(TimexType.DATE, new DateInfo(value, null, null, Precision.NONE, null, new Display(s.group("v"), english)),
                "a vague reference: " + english);
    }

    private Resolved dayOrPartOfDay(Tagger.Span s, LocalDate day, String why) {
        if (s.partOfDay() != null) {
            return new Resolved(TimexType.TIME, Periods.partOfDay(day, s.partOfDay()), why + ", part of day " + s.partOfDay());
        }
        return new Resolved(TimexType.DATE, Periods.day(day), why);
    }


    Integer number(String word) {
        if (NUMBER.matcher(word).matches()) {
            return Integer.valueOf(word);
        }
        String v = lexicon.value("numbers", word);
        return v == null ? null : Integer.valueOf(v);
    }

    static Modifier modifier(Tagger.Span s) {
        return s.modifier() == null ? null : Modifier.valueOf(s.modifier());
    }

    static String modifierNote(Tagger.Span s) {
        return s.modifier() == null ? "" : ", modifier " + s.modifier();
    }

    String weekdayEn(LocalDate d) {
        return lexicon.weekdayEn(d.getDayOfWeek().getValue());
    }

    static int hijriYear(LocalDate d) {
        return HijrahDate.from(d).get(ChronoField.YEAR);
    }

    private static String describeOffset(int offset) {
        return switch (offset) {
            case 0 -> "today";
            case -1 -> "yesterday";
            case -2 -> "the day before yesterday";
            case 1 -> "tomorrow";
            case 2 -> "the day after tomorrow";
            default -> signed(offset) + " days";
        };
    }

    private static String signed(int n) {
        return n >= 0 ? "+" + n : String.valueOf(n);
    }

    private static String unitName(String unit) {
        return switch (unit) {
            case "H" -> "hour";
            case "D" -> "day";
            case "W" -> "week";
            case "M" -> "month";
            case "DE" -> "decade";
            default -> "year";
        };
    }
}
