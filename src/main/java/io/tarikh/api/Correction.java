package io.tarikh.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One editorial change of an article's metadata. */
@Schema(name = "Correction", requiredProperties = { "field", "oldValue", "newValue", "correctedAt" })
public record Correction(
        @Schema(enumeration = { "publishedAt", "title", "url" }, example = "publishedAt") String field,
        @Schema(nullable = true, description = "the value before; a publication date as it was served, provided or inferred", example = "2018-02-01") String oldValue,
        @Schema(nullable = true, description = "the value after; for publishedAt the date the article now has (inferred again when the patch removed it)", example = "2019-10-31") String newValue,
        Instant correctedAt) {
}
