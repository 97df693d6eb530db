package io.tarikh.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Arabic and English. */
@Schema(name = "LocalizedText", requiredProperties = { "ar", "en" })
public record LocalizedText(@Schema(nullable = true, description = "null when there is no Arabic form", example = "سيرغي لافروف") String ar, @Schema(example = "Sergey Lavrov") String en) {
}
