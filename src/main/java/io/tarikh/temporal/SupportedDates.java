package io.tarikh.temporal;

import java.time.LocalDate;

/**
 * The dates Tarikh works with: 1900-01-01 to 2100-12-31. Modern news, with room on both sides; a
 * written year outside it is not taken for a year, and the API refuses dates outside it. Every
 * anchor in it stays well inside java.time's Umm al-Qura Hijri calendar (about 1882 to 2174 CE),
 * so the Hijri year before or after an anchor can always be converted, and PostgreSQL and H2 store
 * every date the engine derives from it.
 */
public final class SupportedDates {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    public static boolean containsYear(int year) {
        return year >= MIN.getYear() && year <= MAX.getYear();
    }
}
