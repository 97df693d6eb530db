package io.tarikh.temporal;

import java.util.Locale;

/** The direction word after a weekday, month or period (الماضي، المقبل، الجاري، هذا): one lexicon class each. */
enum Direction {
    PAST, FUTURE, CURRENT, THIS;

    /** The lexicon class of its words, also the word explanations use ("past year relative to ..."). */
    String english() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** -1, +1 or 0: the period before, after, or the one the anchor is in. */
    int step() {
        return this == PAST ? -1 : this == FUTURE ? 1 : 0;
    }
}
