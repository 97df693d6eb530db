package io.tarikh.temporal;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The document creation date expressions resolve against: given, or inferred with evidence.
 * {@code date} is null when the text does not give enough evidence.
 */
@Schema(name = "Anchor", requiredProperties = { "date", "source", "confidence", "evidence" })
public record Anchor(@Schema(nullable = true, description = "null when inference abstains: the text does not give enough evidence") LocalDate date,
        AnchorSource source, double confidence, List<String> evidence) {

    public static Anchor provided(LocalDate date) {
        return new Anchor(date, AnchorSource.PROVIDED, 1.0, List.of("given with the text"));
    }
}
