package io.tarikh.temporal;

import io.tarikh.text.Document;

/**
 * Read-only view of a dated reference chronology (implemented in {@code mentions}), so that anchor
 * inference can use mentions of well-known events without depending on how they are found.
 */
public interface ReferenceEventIndex {

    /** The mentions of reference events in {@code doc}; {@code dates} are its written dates, already tagged. */
    ReferenceMentions find(Document doc, WrittenDates dates);

    /** An index that knows no events. */
    static ReferenceEventIndex empty() {
        return (doc, dates) -> ReferenceMentions.NONE;
    }
}
