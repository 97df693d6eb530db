package io.tarikh.temporal;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every resolved date, of an event or an expression: the TIMEX3 value, the inclusive interval it
 * covers after the modifier (null for durations and vague references), its precision and modifier.
 */
// The OpenAPI annotations are metadata only (no Quarkus type): they say which fields the API serves as null.
@Schema(name = "DateInfo", requiredProperties = { "value", "start", "end", "precision", "modifier", "display" })
public record DateInfo(@Schema(description = "the TIMEX3 value", example = "2017-06-25") String value,
        @Schema(nullable = true, description = "first day covered; null for durations and dates that could not be placed") LocalDate start,
        @Schema(nullable = true, description = "last day covered (inclusive); null when start is") LocalDate end,
        Precision precision,
        @Schema(nullable = true, description = "which part of the period is meant, or that it is approximate; null: the whole period") Modifier modifier,
        Display display) {

    /** A span of whole days, e.g. a reference event or a publication day. */
    public static DateInfo ofDays(LocalDate first, LocalDate last) {
        return new DateInfo(first.toString(), first, last, Precision.DAY, null, DateFormats.days(first, last));
    }

    /** A date that could not be placed on the calendar (no anchor): the TIMEX3 value keeps what is known. */
    public static DateInfo unresolved(String value, Display display) {
        return new DateInfo(value, null, null, Precision.NONE, null, display);
    }

    /**
     * How far a count written as the TIMEX3 duration {@code value} ("P3W") may be from the exact span: half its
     * unit, the one rule for counted offsets; null for hours or a value that is no duration.
     */
    public static java.time.Period looseness(String value) {
        return Unit.halfOfTimex(value);
    }
}
