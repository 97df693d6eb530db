package io.tarikh.temporal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Human-readable Arabic and English forms of resolved dates, month names from the lexicon. */
final class DateFormats {

    private DateFormats() {
    }

    static String monthAr(int month) {
        return Lexicon.get().monthDisplayAr(month);
    }

    static String monthEn(int month) {
        return Lexicon.get().monthEn(month);
    }

    static Display day(LocalDate d) {
        return new Display(d.getDayOfMonth() + " " + monthAr(d.getMonthValue()) + " " + d.getYear(),
                d.getDayOfMonth() + " " + monthEn(d.getMonthValue()) + " " + d.getYear());
    }

    static Display days(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return day(first);
        }
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return new Display(first.getDayOfMonth() + "–" + last.getDayOfMonth() + " " + monthAr(first.getMonthValue()) + " " + first.getYear(),
                    first.getDayOfMonth() + "–" + last.getDayOfMonth() + " " + monthEn(first.getMonthValue()) + " " + first.getYear());
        }
        Display a = day(first);
        Display b = day(last);
        return new Display(a.ar() + " – " + b.ar(), a.en() + " – " + b.en());
    }

    static Display month(int year, int month, Modifier mod) {
        return withModifier(new Display(monthAr(month) + " " + year, monthEn(month) + " " + year), mod);
    }

    static Display year(int year, Modifier mod) {
        return withModifier(new Display("عام " + year, String.valueOf(year)), mod);
    }

    static Display week(LocalDate monday, Modifier mod) {
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        Display span = days(monday, monday.plusDays(6));
        return withModifier(new Display("الأسبوع " + week + " (" + span.ar() + ")", "week " + week + " (" + span.en() + ")"), mod);
    }

    static Display quarter(int year, int quarter, Modifier mod) {
        return withModifier(new Display("الربع " + quarter + " من " + year, "Q" + quarter + " " + year), mod);
    }

    static Display decade(int decadeStart, Modifier mod) {
        return withModifier(new Display("عقد " + decadeStart + "ات", decadeStart + "s"), mod);
    }

    static Display partOfDay(LocalDate d, String suffix) {
        Display day = day(d);
        return switch (suffix) {
            case "TMO" -> new Display("صباح " + day.ar(), "morning of " + day.en());
            case "TAF" -> new Display("بعد ظهر " + day.ar(), "afternoon of " + day.en());
            case "TEV" -> new Display("مساء " + day.ar(), "evening of " + day.en());
            default -> new Display("ليلة " + day.ar(), "night of " + day.en());
        };
    }

    static Display withModifier(Display d, Modifier mod) {
        if (mod == null) {
            return d;
        }
        return switch (mod) {
            case START -> new Display("أوائل " + d.ar(), "early " + d.en());
            case MID -> new Display("منتصف " + d.ar(), "mid " + d.en());
            case END -> new Display("أواخر " + d.ar(), "late " + d.en());
            case APPROX -> new Display("حوالي " + d.ar(), "about " + d.en());
        };
    }
}
