package io.tarikh.temporal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One temporal phrase of a text: {@code text} is exactly {@code input.substring(start, end)}
 * (UTF-16 offsets), {@code rule} the declarative rule that matched, {@code explanation} the
 * arithmetic that gave the date.
 */
@Schema(name = "TemporalExpression", requiredProperties = { "text", "start", "end", "type", "rule" })
public record TemporalExpression(String text, int start, int end, TimexType type, DateInfo date, String rule,
        String explanation) {
}
