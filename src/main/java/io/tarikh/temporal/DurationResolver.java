package io.tarikh.temporal;

import io.tarikh.temporal.Resolver.Resolved;
import io.tarikh.temporal.SpanValue.Duration;
import io.tarikh.temporal.SpanValue.Lead;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Durations: "بعد يومين" (a day counted from the anchor), "خلال الأسبوعين المقبلين" (the span after it),
 * "منذ ثلاث سنوات" (the span up to it), or a length alone ("استمرت 11 يوماً"). Every result carries the
 * amount counted, which inference counts from an event with.
 */
final class DurationResolver {

    Resolved resolve(Duration v, LocalDate anchor) {
        Quantity amount = v.amount();
        Unit unit = amount.unit();
        Integer count = amount.count();
        String n = count == null ? "X" : String.valueOf(count);
        String value = unit == Unit.HOUR ? "PT" + n + "H" : "P" + n + unit.timex;
        String english = (v.qualifier() == Modifier.APPROX ? "about " : "") + (count == null ? "some" : n) + " " + unit.english()
                + (count != null && count == 1 ? "" : "s");
        Display display = new Display(v.unitWord(), english);
        ChronoUnit chrono = unit.chrono;
        // Dates only when the text counts from the publication day: not from an event ("بعد عام على الانفجار"),
        // not for hours, and not for an unknown amount.
        boolean dated = anchor != null && count != null && unit != Unit.HOUR && !v.fromEvent();
        boolean ahead = v.rel() == Direction.FUTURE;
        if (anchor != null && count != null && unit == Unit.HOUR && v.rel() != null) {
            // "خلال الساعات الـ24 الماضية": the days those hours touch, up to (or from) the anchor.
            long days = (count + 23) / 24;
            LocalDate first = ahead ? anchor : anchor.minusDays(days);
            LocalDate last = ahead ? anchor.plusDays(days) : anchor;
            return new Resolved(TimexType.DURATION, new DateInfo(value, first, last, Precision.NONE, v.qualifier(), display),
                    "the " + (ahead ? "coming " : "past ") + english + (ahead ? " from " : " up to ") + anchor + ": " + first + ".." + last, amount);
        }
        if (dated && v.rel() != null) {
            // "خلال الأسبوعين المقبلين": the coming span after the anchor; "الأشهر الستة الماضية": the span up to it.
            LocalDate first = ahead ? anchor.plusDays(1) : anchor.minus(count, chrono);
            LocalDate last = ahead ? anchor.plus(count, chrono) : anchor;
            return new Resolved(TimexType.DURATION, new DateInfo(value, first, last, Precision.NONE, v.qualifier(), display),
                    "the " + (ahead ? "coming " : "past ") + english + (ahead ? " after " : " up to ") + anchor + ": " + first + ".." + last, amount);
        }
        Lead lead = v.lead();
        if (!dated || !(lead == Lead.BEFORE || lead == Lead.AFTER || lead == Lead.SINCE)) {
            return new Resolved(TimexType.DURATION, new DateInfo(value, null, null, Precision.NONE, v.qualifier(), display),
                    "a duration of " + english + (v.orAmount() != null ? " (or " + v.orAmount() + ")" : "")
                            + (v.fromEvent() ? ", counted from an event, not from the publication date" : ""), amount);
        }
        LocalDate point = lead == Lead.AFTER ? anchor.plus(count, chrono) : anchor.minus(count, chrono);
        LocalDate last = lead == Lead.SINCE ? anchor : point;
        String explanation = switch (lead) {
            case AFTER -> english + " after " + anchor + " is " + point;
            case BEFORE -> english + " before " + anchor + " is " + point;
            default -> "for " + english + " up to " + anchor + ": since " + point;
        };
        return new Resolved(TimexType.DURATION, new DateInfo(value, point, last, Precision.NONE, v.qualifier(), display), explanation, amount);
    }
}
