package io.tarikh.temporal;

/** An amount of time: "يومين" is two days; {@code count} is null when the text does not say how many ("أيام"). */
record Quantity(Unit unit, Integer count) {
}
