package io.tarikh.api;

import io.tarikh.api.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks shared by the endpoints that take an Arabic text and an optional date. */
final class RequestText {

    private RequestText() {
    }

    /** The text, when present, not blank and within the size limit; a problem otherwise. */
    static String require(String text, int maxBytes) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("text", "'text' is required and must not be blank");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new ProblemException(413, "Content Too Large", "'text' has " + bytes + " bytes; at most " + maxBytes + " are accepted", "text");
        }
        return text;
    }

    /** An optional ISO calendar date; impossible dates such as 2017-02-30 are a 400 naming the field. */
    static LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "'" + field + "' must be an ISO calendar date (yyyy-MM-dd); got '" + value + "'");
        }
    }
}
