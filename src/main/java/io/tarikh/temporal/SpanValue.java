package io.tarikh.temporal;

import java.time.DayOfWeek;
import java.util.List;

/**
 * What a tagged span says, read from its rule's groups once, when it is tagged ({@link SpanReader}):
 * resolution and anchor inference compute with these values, never with matched text. One record
 * per {@link RuleBook.Kind}; the words kept ({@code word}, {@code monthWord}...) are only those
 * shown back to a reader.
 */
sealed interface SpanValue {

    /** The direction word of the phrase (الماضي، المقبل، الجاري، هذا), or null. */
    default Direction rel() {
        return null;
    }

    /** The weekday the text names with the phrase ("أمس الاثنين", "الأحد 10 شوال"), or null. */
    default DayOfWeek weekday() {
        return null;
    }

    /** A date written out, which a weekday phrase just before it ("الثلاثاء المقبل" + "21 يوليو") may join. */
    sealed interface WrittenDate extends SpanValue {

        /** A day is written ("21 يوليو"), not only a month. */
        boolean hasDay();

        WrittenDate withWeekday(DayOfWeek day);
    }

    /** "أمس", "اليوم الخميس": {@code offset} days from the anchor. */
    record Deictic(int offset, String word, DayOfWeek weekday) implements SpanValue {
    }

    /** "الأحد الماضي"; {@code nightInto}: the second day of "ليل الأحد-الاثنين", else null. */
    record Weekday(DayOfWeek weekday, String word, Direction rel, DayOfWeek nightInto) implements SpanValue {
    }

    /** "الثاني من الشهر الجاري": days of the anchor's month, or of the one before or after it. */
    record RelativeMonthDays(List<Integer> days, Direction rel) implements SpanValue {
        public RelativeMonthDays {
            days = List.copyOf(days);
        }
    }

    /**
     * What a date says of its year: {@code written} ("2017"), the direction of the month or day it
     * follows ("أيار الماضي"), or that of the year itself ("من العام المقبل"). All null: none.
     */
    record YearCue(Integer written, Direction rel, Direction ofYear) {
    }

    enum WeekOfMonth {
        FIRST, SECOND, THIRD, FOURTH, LAST
    }

    /** "4 و5 تموز المقبل", "أيار 2017", "الأسبوع الأخير من أيلول": days (none: the month) or a week of a month. */
    record CalendarDate(int month, String monthWord, List<Integer> days, WeekOfMonth week, YearCue year, DayOfWeek weekday)
            implements WrittenDate {

        @Override
        public Direction rel() {
            return year.rel();
        }

        @Override
        public boolean hasDay() {
            return !days.isEmpty();
        }

        @Override
        public CalendarDate withWeekday(DayOfWeek day) {
            return new CalendarDate(month, monthWord, days, week, year, day);
        }
    }

    /**
     * "من 3 أيار إلى 5 حزيران" ({@code day} and {@code day2}), or whole months "من أوت 2017 إلى مارس 2019"
     * (no days; {@code firstYear} the year written after the first month).
     */
    record CalendarSpan(int month, String monthWord, Integer day, int month2, Integer day2, Integer firstYear, YearCue year,
            DayOfWeek weekday) implements SpanValue {

        @Override
        public Direction rel() {
            return year.rel();
        }
    }

    /** "17/9/2018", "2019-10-09". Not checked: "32/13/2018" is no date, which resolution finds. */
    record NumericDate(int year, int month, int day, DayOfWeek weekday) implements WrittenDate {

        @Override
        public boolean hasDay() {
            return true;
        }

        @Override
        public NumericDate withWeekday(DayOfWeek d) {
            return new NumericDate(year, month, day, d);
        }
    }

    /**
     * "10 شوال", "رمضان المقبل", "شهر رمضان": a Hijri month, with its day, year or direction when written;
     * {@code named}: "شهر" before it, which makes a bare month name a date.
     */
    record HijriDate(int month, String monthWord, Integer day, String dayWord, Integer year, boolean named, Direction rel,
            DayOfWeek weekday) implements WrittenDate {

        @Override
        public boolean hasDay() {
            return day != null;
        }

        @Override
        public HijriDate withWeekday(DayOfWeek d) {
            return new HijriDate(month, monthWord, day, dayWord, year, named, rel, d);
        }
    }

    /** "عام 2017"; {@code fiscalEnd}: the second year of "العام المالي 2020-2021" (four digits), else null. */
    record WrittenYear(int year, Integer fiscalEnd) implements SpanValue {
    }

    /** "الأسبوع الماضي", "هذا العام", "نهاية الشهر" (no direction: the current one). */
    record RelativePeriod(Unit unit, String word, Direction rel) implements SpanValue {
    }

    /** "الربع الأول من 2020": the year written ({@code year}) or relative to the anchor's ({@code rel}, null: the same). */
    record Quarter(int quarter, String word, Integer year, Direction rel) implements SpanValue {
    }

    /** "النصف الثاني من العام الجاري", as {@link Quarter}. */
    record HalfYear(int half, String word, Integer year, Direction rel) implements SpanValue {
    }

    /** "التسعينيات": {@code decade} is 199. */
    record Decade(int decade) implements SpanValue {
    }

    /** The preposition before a duration: a point before or after the anchor, a span up to it, or neither. */
    enum Lead {
        /** قبل */
        BEFORE,
        /** بعد */
        AFTER,
        /** منذ */
        SINCE,
        /** غضون, which takes a "في" before it. */
        WITHIN,
        /** خلال، طوال، لمدة...: a length, not a point. */
        DURING
    }

    /**
     * "بعد يومين", "خلال الأسبوعين المقبلين", "قرابة شهر". {@code qualifier}: the modifier of the word
     * before the amount ("نحو": APPROX; "أكثر من" has none);
     * {@code fromEvent}: counted from an event ("بعد عام على الانفجار"), not from the anchor;
     * {@code orAmount}: the second amount as written ("يومين أو ثلاثة"), shown only.
     */
    record Duration(Quantity amount, String unitWord, Lead lead, Modifier qualifier, Direction rel, boolean fromEvent,
            String orAmount) implements SpanValue {
    }

    enum VagueRef {
        PAST_REF, PRESENT_REF, FUTURE_REF
    }

    /** "مؤخراً", "قريباً": no particular day. */
    record Vague(VagueRef ref, String word) implements SpanValue {
    }

    /**
     * "اليوم التالي" (offset 1), "اليوم نفسه" (0), "بعد ساعات" (0, or the next day: {@code mayRollOver}): counted from
     * the day named before it, which only the engine knows.
     */
    record AnaphoricDay(int offset, boolean mayRollOver, String word) implements SpanValue {
    }
}
