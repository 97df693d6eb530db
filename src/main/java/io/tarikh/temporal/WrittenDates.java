package io.tarikh.temporal;

import java.util.List;

/**
 * The date expressions of a text as written, before its anchor is known: resolved against a neutral
 * anchor, so only what the text writes (a day, a month, a year) is to be relied on. Lets annotators
 * ask "is there a date here?" of the one tagging of the text instead of tagging it again.
 */
@FunctionalInterface
public interface WrittenDates {

    /** The expressions of the sentence holding original offset {@code offset}, offsets into the whole text. */
    List<TemporalExpression> inSentenceOf(int offset);
}
