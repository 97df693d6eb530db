package io.tarikh.temporal;

import java.util.stream.Stream;

/**
 * The date expressions of a text as written, before its anchor is known: what a date says without an
 * anchor, or, for a date whose year the text leaves out, against a neutral one, so only what the text
 * writes (a day, a month, a year) is to be relied on. Lets annotators ask "is there a date here?" of the
 * one tagging of the text instead of tagging it again.
 */
@FunctionalInterface
public interface WrittenDates {

    /**
     * The expressions of the sentence holding original offset {@code offset} that end after it, in text order,
     * offsets into the whole text. Each is resolved as the stream reaches it: a caller that stops early pays
     * for no more, and none before the offset is resolved at all.
     */
    Stream<TemporalExpression> inSentenceAfter(int offset);
}
