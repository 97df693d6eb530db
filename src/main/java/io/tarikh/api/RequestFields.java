package io.tarikh.api;

import io.tarikh.api.problem.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Bounds for the optional string fields of a request, matching their columns (V1__articles.sql),
 * so an over-long value is a 400 naming the field instead of a database error. Lengths count
 * UTF-16 units, never fewer than the characters PostgreSQL or H2 count.
 */
final class RequestFields {

    static final int MAX_TITLE = 1000;
    static final int MAX_URL = 2000;
    static final int MAX_LANGUAGE = 16;
    /** article.id is VARCHAR(100). */
    static final int MAX_ARTICLE_ID = 100;

    private RequestFields() {
    }

    /** Stripped, or null when absent or blank; at most {@code max} characters. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ProblemException.badRequest(field, "'" + field + "' has " + v.length() + " characters; at most " + max + " are accepted");
        }
        return v;
    }

    /** An absolute http or https URL with a host. */
    static String optionalUrl(String field, String value) {
        String v = optional(field, value, MAX_URL);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ProblemException.badRequest(field, "'" + field + "' must be an absolute http or https URL; got '" + abbreviate(v) + "'");
    }

    /** A well-formed BCP 47 language tag (RFC 5646), as the column keeps it: at most 16 characters. */
    static String optionalLanguage(String field, String value) {
        String v = optional(field, value, MAX_LANGUAGE);
        if (v == null) {
            return null;
        }
        try {
            new Locale.Builder().setLanguageTag(v);
            return v;
        } catch (IllformedLocaleException e) {
            throw ProblemException.badRequest(field, "'" + field + "' must be a BCP 47 language tag such as 'ar' or 'ar-SY'; got '" + v + "'");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
