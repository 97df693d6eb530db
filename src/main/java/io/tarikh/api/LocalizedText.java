package io.tarikh.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Arabic and English. */
@Schema(name = "LocalizedText")
public record LocalizedText(@Schema(example = "سيرغي لافروف") String ar, @Schema(example = "Sergey Lavrov") String en) {
}
