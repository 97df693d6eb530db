package io.tarikh.temporal;

import java.util.List;

/** The anchor a text was resolved against and its temporal expressions, in text order. */
public record Resolution(Anchor anchor, List<TemporalExpression> expressions) {
}
