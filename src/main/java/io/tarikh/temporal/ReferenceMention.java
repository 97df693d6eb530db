package io.tarikh.temporal;

import java.time.LocalDate;

/**
 * A span of text that names a reference event whose dates are known.
 *
 * @param eventId   the reference event's stable id
 * @param label     its English name, for explanations
 * @param start     offset of the mention in the text (inclusive, UTF-16)
 * @param end       offset of the mention in the text (exclusive)
 * @param firstDay  the event's first day
 * @param lastDay   the event's last day (equal to firstDay for one-day events)
 */
public record ReferenceMention(String eventId, String label, int start, int end, LocalDate firstDay, LocalDate lastDay) {
}
