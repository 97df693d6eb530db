package io.tarikh.temporal;

/**
 * One temporal phrase of a text: {@code text} is exactly {@code input.substring(start, end)}
 * (UTF-16 offsets), {@code rule} the declarative rule that matched, {@code explanation} the
 * arithmetic that gave the date.
 */
public record TemporalExpression(String text, int start, int end, TimexType type, DateInfo date, String rule,
        String explanation) {
}
