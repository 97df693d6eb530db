package io.tarikh.temporal;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A unit of time, as duration words ("يومين") and period nouns ("الأسبوع") name it. */
enum Unit {
    HOUR("H", ChronoUnit.HOURS), DAY("D", ChronoUnit.DAYS), WEEK("W", ChronoUnit.WEEKS), MONTH("M", ChronoUnit.MONTHS),
    YEAR("Y", ChronoUnit.YEARS), DECADE("DE", ChronoUnit.DECADES);

    /** The TIMEX3 duration designator ("P2D", "PT3H", "P1DE"), also how words.yaml writes the unit. */
    final String timex;
    final ChronoUnit chrono;

    Unit(String timex, ChronoUnit chrono) {
        this.timex = timex;
        this.chrono = chrono;
    }

    static Unit ofTimex(String code) {
        for (Unit u : values()) {
            if (u.timex.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("no unit '" + code + "'");
    }

    String english() {
        return name().toLowerCase(Locale.ROOT);
    }
}
