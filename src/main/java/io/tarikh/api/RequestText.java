package io.tarikh.api;

import io.tarikh.api.problem.ProblemException;
import io.tarikh.text.Texts;
import io.tarikh.temporal.SupportedDates;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks shared by the endpoints that take an Arabic text and an optional date. */
final class RequestText {

    private RequestText() {
    }

    /**
     * The text, when present, not blank, within the size limit and with at least one letter or
     * digit; a problem otherwise. Emoji, punctuation, control and direction marks alone clean to
     * nothing: stored, every such text became the same empty article.
     */
    static String require(String text, int maxBytes) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("text", "'text' is required and must not be blank");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new ProblemException(413, "Content Too Large", "'text' has " + bytes + " bytes; at most " + maxBytes + " are accepted", "text");
        }
        if (!Texts.hasLetterOrDigit(text)) {
            throw new ProblemException(422, "Unprocessable Content", "'text' has no letters or digits: there is nothing to analyse", "text");
        }
        return text;
    }

    /**
     * An optional ISO calendar date within {@link SupportedDates}; impossible dates such as
     * 2017-02-30 and dates outside the range are a 400 naming the field.
     */
    static LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "'" + field + "' must be an ISO calendar date (yyyy-MM-dd); got '" + value + "'");
        }
        if (!SupportedDates.contains(date)) {
            throw ProblemException.badRequest(field, "'" + field + "' must be between " + SupportedDates.MIN + " and " + SupportedDates.MAX + "; got " + date);
        }
        return date;
    }
}
