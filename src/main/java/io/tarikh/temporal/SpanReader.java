package io.tarikh.temporal;

import io.tarikh.temporal.SpanValue.CalendarDate;
import io.tarikh.temporal.SpanValue.CalendarSpan;
import io.tarikh.temporal.SpanValue.Decade;
import io.tarikh.temporal.SpanValue.Deictic;
import io.tarikh.temporal.SpanValue.Duration;
import io.tarikh.temporal.SpanValue.HalfYear;
import io.tarikh.temporal.SpanValue.AnaphoricDay;
import io.tarikh.temporal.SpanValue.HijriDate;
import io.tarikh.temporal.SpanValue.Lead;
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
            // The declaration and the reader disagree: a programming error, which the tests (run with -ea) catch.
            assert rule.kind().reads(name) : rule.kind() + " does not declare the group '" + name + "'";
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
        String id = g.rule().id();
        return switch (g.rule().kind()) {
            case DEICTIC -> {
                String dx = g.get("dx");
                yield new Deictic(number(id, dx, "deictic"), dx, weekday(id, g.get("wd")));
            }
            case WEEKDAY -> {
                String wd = g.get("wd");
                yield new Weekday(weekday(id, wd), wd, lexicon.direction(g.get("rel")), weekday(id, g.get("wd2")));
            }
            case CALENDAR -> {
                String m = g.get("m");
                String d = g.get("d");
                yield new CalendarDate(number(id, m, "month"), m, d == null ? List.of() : days(d), week(g.get("wk")), yearCue(g),
                        weekday(id, g.get("wd")));
            }
            case CALENDAR_SPAN -> {
                String m = g.get("m");
                yield new CalendarSpan(number(id, m, "month"), m, firstDay(g.get("d")), number(id, g.get("m2"), "month"),
                        firstDay(g.get("d2")), integer(g.get("y1")), yearCue(g), weekday(id, g.get("wd")));
            }
            case MONTH_DAY_RELATIVE -> new SpanValue.RelativeMonthDays(days(g.get("d")), lexicon.direction(g.get("rel")));
            case NUMERIC -> new NumericDate(Integer.parseInt(g.get("y")), Integer.parseInt(g.get("mo")), Integer.parseInt(g.get("d")),
                    weekday(id, g.get("wd")));
            case YEAR -> writtenYear(Integer.parseInt(g.get("y")), g.get("y2"));
            case RELATIVE -> {
                String per = g.get("per");
                yield new RelativePeriod(Unit.valueOf(value(id, per, "periods")), per, lexicon.direction(g.get("rel")));
            }
            case QUARTER -> {
                String q = g.get("q");
                yield new Quarter(number(id, q, "quarters"), q, integer(g.get("y")), lexicon.direction(g.get("rel")));
            }
            case HALF_YEAR -> {
                String half = g.get("half");
                yield new HalfYear(number(id, half, "halves"), half, integer(g.get("y")), lexicon.direction(g.get("rel")));
            }
            case DECADE -> new Decade(number(id, g.get("dec"), "decades"));
            case HIJRI -> {
                String h = g.get("h");
                String d = g.get("d");
                yield new HijriDate(number(id, h, "hijriMonths"), h, firstDay(d), d, integer(g.get("y")), g.get("named") != null,
                        lexicon.direction(g.get("rel")), weekday(id, g.get("wd")));
            }
            case DURATION -> duration(g);
            case VAGUE -> {
                String v = g.get("v");
                yield new Vague(VagueRef.valueOf(value(id, v, "vague")), v);
            }
            case ANAPHORIC_DAY -> {
                String a = g.get("ana");
                yield new AnaphoricDay(number(id, a, "anaphoricDays"), lexicon.forms("anaphoricRollover").contains(a), a);
            }
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

    private static WrittenYear writtenYear(int year, String second) {
        if (second == null) {
            return new WrittenYear(year, null);
        }
        // "2022/23": the century of the first year.
        int y2 = Integer.parseInt(second);
        return new WrittenYear(year, y2 < 100 ? year / 100 * 100 + y2 : y2);
    }

    private Duration duration(Groups g) {
        // The unit word: "u", or "su" / "su1" for the rules that take it alone ("يومين", "ساعة واحدة").
        String unitWord = g.get("u");
        if (unitWord == null) {
            unitWord = g.get("su") != null ? g.get("su") : g.get("su1");
        }
        Quantity unit = lexicon.quantity(unitWord);
        if (unit == null) {
            throw notInLexicon(g.rule().id(), unitWord, "units");
        }
        String n = g.get("n");
        Integer count = n != null ? number(n) : unit.count();
        // "نحو / حوالي أسبوعين": an approximate amount; "أكثر من" only bounds it and keeps no modifier.
        String q = g.get("q");
        String qualifier = q == null ? null : lexicon.value("modifiers", q);
        return new Duration(new Quantity(unit.unit(), count), unitWord, lead(g.get("pre")), qualifier == null ? null : Modifier.valueOf(qualifier),
                lexicon.direction(g.get("rel")), g.get("ref") != null, g.get("n2"));
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
        return new YearCue(integer(g.get("y")), lexicon.direction(g.get("rel")), lexicon.direction(g.get("yrel")));
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

    private DayOfWeek weekday(String rule, String form) {
        return form == null ? null : DayOfWeek.of(number(rule, form, "weekday"));
    }

    private int number(String rule, String form, String cls) {
        return Integer.parseInt(value(rule, form, cls));
    }

    /** A form the rule captured from a lexicon class always has a value there: patterns are built from the classes. */
    private String value(String rule, String form, String cls) {
        String value = lexicon.value(cls, form);
        if (value == null) {
            throw notInLexicon(rule, form, cls);
        }
        return value;
    }

    private static IllegalStateException notInLexicon(String rule, String form, String cls) {
        return new IllegalStateException("rule '" + rule + "' captured '" + form + "', which the lexicon class '" + cls + "' lacks");
    }
}
