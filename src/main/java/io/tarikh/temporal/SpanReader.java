package io.tarikh.temporal;

import io.tarikh.temporal.SpanValue.CalendarDate;
import io.tarikh.temporal.SpanValue.CalendarSpan;
import io.tarikh.temporal.SpanValue.Decade;
import io.tarikh.temporal.SpanValue.Deictic;
import io.tarikh.temporal.SpanValue.Duration;
import io.tarikh.temporal.SpanValue.HalfYear;
import io.tarikh.temporal.SpanValue.HijriDate;
import io.tarikh.temporal.SpanValue.Lead;
import io.tarikh.temporal.SpanValue.NextDay;
import io.tarikh.temporal.SpanValue.NumericDate;
import io.tarikh.temporal.SpanValue.Quarter;
import io.tarikh.temporal.SpanValue.RelativePeriod;
import io.tarikh.temporal.SpanValue.Vague;
import io.tarikh.temporal.SpanValue.VagueRef;
import io.tarikh.temporal.SpanValue.WeekOfMonth;
import io.tarikh.temporal.SpanValue.Weekday;
import io.tarikh.temporal.SpanValue.WrittenYear;
import io.tarikh.temporal.SpanValue.YearCue;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one step from a rule's captured groups to the typed value of its kind: numbers parsed and
 * lexicon forms looked up once per tagged span, so that resolving a span against many candidate
 * anchors (inference) repeats none of it. It reads only the groups its kind declares; RuleBook
 * checked at load that each rule has those its kind requires.
 */
final class SpanReader {

    /** A match's captured text, aligned with {@link RuleBook.Rule#groups()}; null where a group took no part. */
    record Groups(RuleBook.Rule rule, String[] values) {

        String get(String name) {
            if (!rule.kind().reads(name)) {
                // A programming error, caught by any test of the kind: the declaration and the reader disagree.
                throw new IllegalArgumentException(rule.kind() + " does not declare the group '" + name + "'");
            }
            int i = rule.groups().indexOf(name);
            return i < 0 ? null : values[i];
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Lexicon lexicon;
    /** A day written in digits ("الـ 4") or as an ordinal ("الخامس عشر"). */
    private final Pattern dayToken;

    SpanReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dayToken = Pattern.compile("\\d+|" + lexicon.alternation("dayOrdinals"));
    }

    SpanValue read(Groups g) {
        return switch (g.rule().kind()) {
            case DEICTIC -> new Deictic(lexiconNumber(g, "dx", "deictic"), g.get("dx"), weekday(g, "wd"));
            case WEEKDAY -> new Weekday(weekday(g, "wd"), g.get("wd"), direction(g, "rel"), weekday(g, "wd2"));
            case CALENDAR -> new CalendarDate(lexiconNumber(g, "m", "month"), g.get("m"), g.get("d") == null ? List.of() : days(g.get("d")),
                    week(g.get("wk")), yearCue(g), weekday(g, "wd"));
            case CALENDAR_SPAN -> new CalendarSpan(lexiconNumber(g, "m", "month"), g.get("m"), firstDay(g.get("d")),
                    lexiconNumber(g, "m2", "month"), firstDay(g.get("d2")), integer(g.get("y1")), yearCue(g), weekday(g, "wd"));
            case NUMERIC -> new NumericDate(Integer.parseInt(g.get("y")), Integer.parseInt(g.get("mo")), Integer.parseInt(g.get("d")),
                    weekday(g, "wd"));
            case YEAR -> writtenYear(g);
            case RELATIVE -> new RelativePeriod(Unit.valueOf(lexiconValue(g, "per", "periods")), g.get("per"), direction(g, "rel"));
            case QUARTER -> new Quarter(lexiconNumber(g, "q", "quarters"), g.get("q"), integer(g.get("y")), direction(g, "rel"));
            case HALF_YEAR -> new HalfYear(lexiconNumber(g, "half", "halves"), g.get("half"), integer(g.get("y")), direction(g, "rel"));
            case DECADE -> new Decade(lexiconNumber(g, "dec", "decades"));
            case HIJRI -> new HijriDate(lexiconNumber(g, "h", "hijriMonths"), g.get("h"), firstDay(g.get("d")), g.get("d"),
                    integer(g.get("y")), g.get("named") != null, direction(g, "rel"), weekday(g, "wd"));
            case DURATION -> duration(g);
            case VAGUE -> new Vague(VagueRef.valueOf(lexiconValue(g, "v", "vague")), g.get("v"));
            case NEXT_DAY -> new NextDay();
        };
    }

    /** The days of a day group: "4 و5" → [4, 5]; "الرابع والخامس" → [4, 5]. */
    private List<Integer> days(String group) {
        List<Integer> out = new ArrayList<>();
        Matcher m = dayToken.matcher(group);
        while (m.find()) {
            String t = m.group();
            out.add(Character.isDigit(t.charAt(0)) ? Integer.parseInt(t) : Integer.parseInt(lexicon.value("dayOrdinals", t)));
        }
        return out;
    }

    private Integer firstDay(String group) {
        return group == null ? null : days(group).get(0);
    }

    private WrittenYear writtenYear(Groups g) {
        int year = Integer.parseInt(g.get("y"));
        String second = g.get("y2");
        if (second == null) {
            return new WrittenYear(year, null);
        }
        // "2022/23": the century of the first year.
        int y2 = Integer.parseInt(second);
        return new WrittenYear(year, y2 < 100 ? year / 100 * 100 + y2 : y2);
    }

    private Duration duration(Groups g) {
        // The unit word: "u", or "su" / "su1" for the rules that take it alone ("يومين", "ساعة واحدة").
        String unitWord = g.get("u") != null ? g.get("u") : g.get("su") != null ? g.get("su") : g.get("su1");
        Quantity unit = lexicon.quantity(unitWord);
        if (unit == null) {
            throw notInLexicon(g, unitWord, "units");
        }
        Integer count = g.get("n") != null ? number(g.get("n")) : unit.count();
        // "نحو / حوالي أسبوعين": an approximate amount; "أكثر من" only bounds it and keeps no modifier.
        String approx = g.get("q") == null ? null : lexicon.value("modifiers", g.get("q"));
        return new Duration(new Quantity(unit.unit(), count), unitWord, lead(g.get("pre")), approx == null ? null : Modifier.valueOf(approx),
                direction(g, "rel"), g.get("ref") != null, g.get("n2"));
    }

    private static Lead lead(String preposition) {
        if (preposition == null) {
            return null;
        }
        return switch (preposition) {
            case "قبل" -> Lead.BEFORE;
            case "بعد" -> Lead.AFTER;
            case "منذ" -> Lead.SINCE;
            case "غضون" -> Lead.WITHIN;
            default -> Lead.DURING;
        };
    }

    private static WeekOfMonth week(String ordinal) {
        if (ordinal == null) {
            return null;
        }
        return switch (ordinal) {
            case "الاول" -> WeekOfMonth.FIRST;
            case "الثاني" -> WeekOfMonth.SECOND;
            case "الثالث" -> WeekOfMonth.THIRD;
            case "الرابع" -> WeekOfMonth.FOURTH;
            default -> WeekOfMonth.LAST;
        };
    }

    private YearCue yearCue(Groups g) {
        return new YearCue(integer(g.get("y")), direction(g, "rel"), direction(g, "yrel"));
    }

    /** Digits or a number word ("ثلاثة"); null for a word the lexicon does not count. */
    private Integer number(String word) {
        if (DIGITS.matcher(word).matches()) {
            return Integer.valueOf(word);
        }
        String v = lexicon.value("numbers", word);
        return v == null ? null : Integer.valueOf(v);
    }

    private static Integer integer(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private DayOfWeek weekday(Groups g, String name) {
        return g.get(name) == null ? null : DayOfWeek.of(lexiconNumber(g, name, "weekday"));
    }

    private Direction direction(Groups g, String name) {
        return lexicon.direction(g.get(name));
    }

    private int lexiconNumber(Groups g, String name, String cls) {
        return Integer.parseInt(lexiconValue(g, name, cls));
    }

    /** A form the rule captured from a lexicon class always has a value there: patterns are built from the classes. */
    private String lexiconValue(Groups g, String name, String cls) {
        String value = lexicon.value(cls, g.get(name));
        if (value == null) {
            throw notInLexicon(g, g.get(name), cls);
        }
        return value;
    }

    private static IllegalStateException notInLexicon(Groups g, String form, String cls) {
        return new IllegalStateException("rule '" + g.rule().id() + "' captured '" + form + "', which the lexicon class '" + cls + "' lacks");
    }
}
