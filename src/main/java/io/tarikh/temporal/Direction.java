package io.tarikh.temporal;

import java.util.Locale;

/** The direction word after a weekday, month or period (الماضي، المقبل، الجاري، هذا): one lexicon class each. */
enum Direction {
    PAST, FUTURE, CURRENT, THIS,
    /** "الثلاثاء قبل الماضي", "الأسبوع قبل الماضي": the one before the last. */
    BEFORE_LAST,
    /** "من العام ذاته", "الشهر نفسه": the period of that unit named last in the text (step 0 from the date named there). */
    SAME;

    /** The lexicon class of its words, also the word explanations use ("past year relative to ..."). */
    String english() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** -2, -1, +1 or 0: the period before the last, the last, the next, or the one the anchor is in. */
    int step() {
        return this == BEFORE_LAST ? -2 : this == PAST ? -1 : this == FUTURE ? 1 : 0;
    }
}
