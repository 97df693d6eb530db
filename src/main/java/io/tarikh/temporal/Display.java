package io.tarikh.temporal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A date written for people, in Arabic and in English. */
@Schema(name = "Display", requiredProperties = { "ar", "en" })
public record Display(String ar, String en) {
}
