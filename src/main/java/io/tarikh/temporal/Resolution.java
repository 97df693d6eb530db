package io.tarikh.temporal;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The anchor a text was resolved against and its temporal expressions, in text order. */
@Schema(name = "Resolution", requiredProperties = { "anchor", "expressions" })
public record Resolution(Anchor anchor, List<TemporalExpression> expressions) {
}
