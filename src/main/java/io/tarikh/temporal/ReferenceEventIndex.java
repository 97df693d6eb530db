package io.tarikh.temporal;

import java.util.List;

/**
 * Read-only view of a dated reference chronology (implemented in {@code knowledge}), so that
 * anchor inference can use mentions of well-known events without depending on how they are stored.
 */
public interface ReferenceEventIndex {

    /** Mentions of reference events in {@code text}, with exact offsets into {@code text}, in text order. */
    List<ReferenceMention> find(String text);

    /** An index that knows no events. */
    static ReferenceEventIndex empty() {
        return text -> List.of();
    }
}
