package io.tarikh.api;

import io.tarikh.temporal.AnchorSource;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article's publication date and how it was decided. */
@Schema(name = "PublicationDate", requiredProperties = { "date", "source", "confidence", "evidence" })
public record PublicationDate(
        @Schema(format = "date", nullable = true, description = "null when the text does not give enough evidence", example = "2017-06-27") LocalDate date,
        @Schema(example = "INFERRED") AnchorSource source,
        @Schema(minimum = "0", maximum = "1", example = "0.9") double confidence,
        @Schema(description = "lines a person can check", example = "[\"'أمس الاثنين' makes the publication day a Tuesday\"]") List<String> evidence) {
}
