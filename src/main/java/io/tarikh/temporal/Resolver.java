package io.tarikh.temporal;

import io.tarikh.temporal.SpanValue.Deictic;
import io.tarikh.temporal.SpanValue.HalfYear;
import io.tarikh.temporal.SpanValue.Quarter;
import io.tarikh.temporal.SpanValue.RelativePeriod;
import io.tarikh.temporal.SpanValue.Vague;
import io.tarikh.temporal.SpanValue.Weekday;
import io.tarikh.temporal.SpanValue.WrittenYear;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A tagged span plus the anchor gives a date object and the arithmetic behind it. Returns null
 * for a span that turns out not to be a date (32 May, year 2254, a bare Hijri month name).
 */
final class Resolver {

    /**
     * The resolved meaning of one span. {@code amount}: what a duration counts ("بعد يومين": two days),
     * for inference to count from an event; null for other spans.
     */
    record Resolved(TimexType type, DateInfo date, String explanation, Quantity amount) {

        Resolved(TimexType type, DateInfo date, String explanation) {
            this(type, date, explanation, null);
        }
    }

    /** java.time's English weekday names, looked up once: inference asks for one per weekday phrase. */
    private static final Map<DayOfWeek, String> WEEKDAY_NAMES = new EnumMap<>(DayOfWeek.class);

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAY_NAMES.put(d, d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
    }

    private final Lexicon lexicon;
    private final CalendarResolver calendar;
    private final DurationResolver durations;

    Resolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.calendar = new CalendarResolver(lexicon);
        this.durations = new DurationResolver();
    }

    /**
     * Whether the span's date counts from the anchor (today, a weekday, the coming month, in two days) or it
     * names none (some time ago): without an anchor it names no day, as {@link #resolve} then says at length.
     */
    static boolean countsFromAnchor(Tagger.Span s) {
        return switch (s.rule().kind()) {
            case DEICTIC, WEEKDAY, RELATIVE, MONTH_DAY_RELATIVE, DURATION, VAGUE, ANAPHORIC_DAY -> true;
            default -> false;
        };
    }

    /**
     * {@code future}: the clause is about the future (سوف، المقرر، ستعقد...), so bare dates look forwards. Null for a
     * period told as the one named before ({@link #samePeriodOf}): the anchor is not its reference.
     */
    Resolved resolve(Tagger.Span s, LocalDate anchor, boolean future) {
        return samePeriodOf(s) != null ? null : withResult(meaning(s, anchor, future));
    }

    /**
     * The unit of a period told as the one the text named before ("في مارس من العام ذاته": YEAR; "أواخر الشهر نفسه",
     * "التاسع عشر من الشهر نفسه": MONTH), else null.
     */
    static Unit samePeriodOf(Tagger.Span s) {
        SpanValue v = s.value();
        if (v instanceof RelativePeriod p && p.rel() == Direction.SAME) {
            return p.unit();
        }
        if (v instanceof SpanValue.RelativeMonthDays d && d.rel() == Direction.SAME) {
            return Unit.MONTH;
        }
        boolean sameYear = v instanceof SpanValue.CalendarDate c && c.year().ofYear() == Direction.SAME
                || v instanceof SpanValue.CalendarSpan c2 && c2.year().ofYear() == Direction.SAME;
        return sameYear ? Unit.YEAR : null;
    }

    /** A {@link #samePeriodOf same period} resolved within the period of {@code named}, the date the text named before it. */
    Resolved resolveWithin(Tagger.Span s, Unit unit, TemporalExpression named) {
        Resolved r = withResult(meaning(s, named.date().start(), false));
        return r == null ? null : new Resolved(r.type(), r.date(), "the " + unit.english() + " of '" + named.text()
                + "', named just before: " + r.explanation(), r.amount());
    }

    /** Every explanation ends on what the arithmetic gave, so a reader can check it without the DateInfo. */
    private static Resolved withResult(Resolved r) {
        if (r == null || r.date().start() == null || r.explanation().contains(r.date().start().toString())) {
            return r;
        }
        String interval = r.date().start().equals(r.date().end()) ? r.date().start().toString() : r.date().start() + ".." + r.date().end();
        return new Resolved(r.type(), r.date(), r.explanation() + " ⇒ " + r.date().value() + " (" + interval + ")", r.amount());
    }

    /** The value's record is its kind's (SpanReader reads each kind into one), hence the casts. */
    private Resolved meaning(Tagger.Span s, LocalDate anchor, boolean future) {
        return switch (s.rule().kind()) {
            case DEICTIC -> deictic(s, (Deictic) s.value(), anchor);
            case WEEKDAY -> weekday(s, (Weekday) s.value(), anchor, future);
            case CALENDAR, CALENDAR_SPAN, NUMERIC, HIJRI -> calendar.resolve(s, anchor, future);
            case YEAR -> year(s, (WrittenYear) s.value());
            case RELATIVE -> relative(s, (RelativePeriod) s.value(), anchor);
            case MONTH_DAY_RELATIVE -> monthDays(s, (SpanValue.RelativeMonthDays) s.value(), anchor);
            case QUARTER -> quarter(s, (Quarter) s.value(), anchor);
            case HALF_YEAR -> half(s, (HalfYear) s.value(), anchor);
            case DECADE -> {
                int decade = ((SpanValue.Decade) s.value()).decade();
                yield new Resolved(TimexType.DATE, Periods.decade(decade, s.modifier()), "decade " + decade + "0s");
            }
            case DURATION -> durations.resolve((SpanValue.Duration) s.value(), anchor);
            case VAGUE -> vague((Vague) s.value());
            case ANAPHORIC_DAY -> null; // needs the date before it: see anaphoricDay
        };
    }

    private Resolved deictic(Tagger.Span s, Deictic v, LocalDate anchor) {
        int offset = v.offset();
        if (anchor == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-XX-XX", new Display(v.word(), "day " + offset + " from the unknown publication date")),
                    "day " + signed(offset) + " from the publication date, which is unknown");
        }
        LocalDate day = anchor.plusDays(offset);
        StringBuilder why = new StringBuilder(describeOffset(offset)).append(" relative to ")
                .append(weekdayEn(anchor)).append(' ').append(anchor).append(" is ").append(weekdayEn(day)).append(' ').append(day);
        if (v.weekday() != null && day.getDayOfWeek() != v.weekday()) {
            why.append("; the text names ").append(lexicon.weekdayEn(v.weekday().getValue())).append(" but ").append(day).append(" is a ")
                    .append(weekdayEn(day)).append(": kept the deictic day");
        }
        return dayOrPartOfDay(s, day, why.toString());
    }

    private Resolved weekday(Tagger.Span s, Weekday v, LocalDate anchor, boolean future) {
        DayOfWeek target = v.weekday();
        String name = lexicon.weekdayEn(target.getValue());
        if (anchor == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-WXX-" + target.getValue(), new Display(v.word(), WEEKDAY_NAMES.get(target))),
                    "a " + name + " near the publication date, which is unknown");
        }
        if (v.nightInto() != null) {
            // "ليل الأحد-الاثنين": the night from the first day (the most recent one) into the next.
            LocalDate day = future ? anchor.with(TemporalAdjusters.nextOrSame(target)) : anchor.with(TemporalAdjusters.previousOrSame(target));
            LocalDate next = day.plusDays(1);
            DateInfo night = new DateInfo(day + "TNI", day, next, Precision.DAY, null, DateFormats.partOfDay(day, "TNI"));
            return new Resolved(TimexType.TIME, night, "the night of " + name + " " + day + " into "
                    + weekdayEn(next) + " " + next + " (" + (future ? "on or after " : "on or before ") + anchor + ")");
        }
        LocalDate day;
        String how;
        if (v.rel() == Direction.PAST) {
            day = anchor.with(TemporalAdjusters.previous(target));
            how = "last " + name + ": the most recent one before";
        } else if (v.rel() == Direction.BEFORE_LAST) {
            day = anchor.with(TemporalAdjusters.previous(target)).minusWeeks(1);
            how = "the " + name + " before last: a week before the most recent one before";
        } else if (v.rel() == Direction.FUTURE) {
            day = anchor.with(TemporalAdjusters.next(target));
            how = "next " + name + ": the first one after";
        } else if (v.rel() != null) {
            day = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(target));
            how = name + " of the same ISO week as";
        } else if (future) {
            day = anchor.with(TemporalAdjusters.nextOrSame(target));
            how = name + " in a clause about the future: the first one on or after";
        } else {
            day = anchor.with(TemporalAdjusters.previousOrSame(target));
            how = name + " in news narrating the past: the most recent one on or before";
        }
        return dayOrPartOfDay(s, day, how + " " + weekdayEn(anchor) + " " + anchor + " is " + day);
    }

    /** "بعد ساعات" in a clause about the future: some hours from now, a duration with no day of its own. */
    Resolved someHours(Tagger.Span s) {
        SpanValue.AnaphoricDay v = (SpanValue.AnaphoricDay) s.value();
        return new Resolved(TimexType.DURATION, new DateInfo("PTXH", null, null, Precision.NONE, null, new Display(v.word(), "some hours")),
                "a duration of some hours");
    }

    /**
     * "صباح اليوم التالي", "في اليوم نفسه": {@code previous}, the last single day named before it, moved by the
     * word's offset; "بعد ساعات": that day or the next.
     */
    Resolved anaphoricDay(Tagger.Span s, LocalDate previous) {
        SpanValue.AnaphoricDay v = (SpanValue.AnaphoricDay) s.value();
        int offset = v.offset();
        if (v.mayRollOver()) {
            LocalDate day = previous.plusDays(offset);
            LocalDate next = day.plusDays(1);
            return new Resolved(TimexType.DATE, Periods.days(day, next, null),
                    "hours after " + previous + ", the date named just before: that day or the next, " + day + ".." + next);
        }
        String which = offset == 0 ? "the same day as " : offset == 1 ? "the day after " : describeOffset(offset) + " from ";
        return dayOrPartOfDay(s, previous.plusDays(offset), which + previous + ", the date named just before");
    }

    private static Resolved year(Tagger.Span s, WrittenYear v) {
        int year = v.year();
        if (!SupportedDates.containsYear(year)) {
            return null;
        }
        if (v.fiscalEnd() != null) {
            // "العام المالي 2020-2021": July of the first year to June of the next.
            int y2 = v.fiscalEnd();
            if (y2 == year + 1) {
                LocalDate first = LocalDate.of(year, 7, 1);
                LocalDate last = LocalDate.of(y2, 6, 30);
                return new Resolved(TimexType.DATE, new DateInfo(String.valueOf(year), first, last, Precision.YEAR, s.modifier(),
                        DateFormats.withModifier(DateFormats.days(first, last), s.modifier())),
                        "the fiscal year " + year + "/" + y2 + ", July to June: " + first + ".." + last);
            }
            if (y2 != year) {
                return null;
            }
        }
        return new Resolved(TimexType.DATE, Periods.year(year, s.modifier()), "the year " + year + modifierNote(s));
    }

    private static Resolved monthDays(Tagger.Span s, SpanValue.RelativeMonthDays v, LocalDate anchor) {
        int step = v.rel() == null ? 0 : v.rel().step();
        String which = step < -1 ? "the month before the previous" : step < 0 ? "the previous month" : step > 0 ? "the next month" : "the current month";
        int first = v.days().get(0);
        int last = v.days().get(v.days().size() - 1);
        if (anchor == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-XX-" + (first < 10 ? "0" : "") + first,
                    new Display(String.valueOf(first), "day " + first + " of " + which)), "day " + first + " of " + which + " of an unknown publication date");
        }
        YearMonth month = YearMonth.from(anchor).plusMonths(step);
        if (first < 1 || last < first || !month.isValidDay(last)) {
            return null;
        }
        LocalDate from = month.atDay(first);
        LocalDate to = month.atDay(last);
        String why = (first == last ? "day " + first : "days " + first + "-" + last) + " of " + which + " relative to " + anchor + " (" + month + ")";
        if (first == last) {
            return dayOrPartOfDay(s, from, why + " ⇒ " + from);
        }
        return new Resolved(TimexType.DATE, Periods.days(from, to, s.modifier()), why + " ⇒ " + from + ".." + to);
    }

    private static Resolved relative(Tagger.Span s, RelativePeriod v, LocalDate anchor) {
        // No direction ("نهاية الشهر"): the current one.
        int step = v.rel() == null ? 0 : v.rel().step();
        String word = step < -1 ? "one before the previous" : step < 0 ? "previous" : step > 0 ? "next" : "current";
        String period = v.unit().english();
        if (anchor == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved(v.unit() == Unit.YEAR ? "XXXX" : v.unit() == Unit.MONTH ? "XXXX-XX" : "XXXX-WXX",
                    new Display(v.word(), word + " " + period)), "the " + word + " " + period + " of an unknown publication date");
        }
        DateInfo date = switch (v.unit()) {
            case WEEK -> Periods.week(anchor.plusWeeks(step), s.modifier());
            case MONTH -> Periods.month(YearMonth.from(anchor).plusMonths(step), s.modifier());
            default -> Periods.year(anchor.getYear() + step, s.modifier());
        };
        return new Resolved(TimexType.DATE, date, "the " + word + " " + period + " relative to " + anchor + ": "
                + date.value() + " (" + date.start() + ".." + date.end() + ")" + modifierNote(s));
    }

    /** The year a quarter or half is of: written, or the anchor's, or the one before / after it. */
    private static Integer yearOf(Integer written, Direction rel, LocalDate anchor) {
        if (written != null) {
            return written;
        }
        return anchor == null ? null : anchor.getYear() + (rel == null ? 0 : rel.step());
    }

    private static Resolved half(Tagger.Span s, HalfYear v, LocalDate anchor) {
        Integer year = yearOf(v.year(), v.rel(), anchor);
        int h = v.half();
        if (year == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-H" + h, new Display(v.word(), "H" + h)), "half " + h + " of an unknown year");
        }
        LocalDate first = LocalDate.of(year, h == 1 ? 1 : 7, 1);
        LocalDate last = first.plusMonths(6).minusDays(1);
        return new Resolved(TimexType.DATE, new DateInfo(year + "-H" + h, first, last, Precision.QUARTER, s.modifier(),
                new Display("النصف " + (h == 1 ? "الأول" : "الثاني") + " من " + year, (h == 1 ? "first" : "second") + " half of " + year)),
                "half " + h + " of " + year);
    }

    private static Resolved quarter(Tagger.Span s, Quarter v, LocalDate anchor) {
        Integer year = yearOf(v.year(), v.rel(), anchor);
        int q = v.quarter();
        if (year == null) {
            return new Resolved(TimexType.DATE, DateInfo.unresolved("XXXX-Q" + q, new Display(v.word(), "Q" + q)), "quarter " + q + " of an unknown year");
        }
        return new Resolved(TimexType.DATE, Periods.quarter(year, q, s.modifier()), "quarter " + q + " of " + year);
    }

    private static Resolved vague(Vague v) {
        String english = switch (v.ref()) {
            case PAST_REF -> "some time in the past";
            case PRESENT_REF -> "now";
            case FUTURE_REF -> "some time in the future";
        };
        return new Resolved(TimexType.DATE, new DateInfo(v.ref().name(), null, null, Precision.NONE, null, new Display(v.word(), english)),
                "a vague reference: " + english);
    }

    private static Resolved dayOrPartOfDay(Tagger.Span s, LocalDate day, String why) {
        if (s.partOfDay() != null) {
            return new Resolved(TimexType.TIME, Periods.partOfDay(day, s.partOfDay()), why + ", part of day " + s.partOfDay());
        }
        return new Resolved(TimexType.DATE, Periods.day(day), why);
    }

    static String modifierNote(Tagger.Span s) {
        return s.modifier() == null ? "" : ", modifier " + s.modifier();
    }

    private String weekdayEn(LocalDate d) {
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
}
