package io.tarikh.temporal;

import java.time.LocalDate;
import java.util.List;

/**
 * The document creation date expressions resolve against: given, or inferred with evidence.
 * {@code date} is null when the text does not give enough evidence.
 */
public record Anchor(LocalDate date, AnchorSource source, double confidence, List<String> evidence) {

    public static Anchor provided(LocalDate date) {
        return new Anchor(date, AnchorSource.PROVIDED, 1.0, List.of("given with the text"));
    }
}
