package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;

/** A word or phrase in a sentence that signals an event of a type; offsets into the article text. */
public record Trigger(EventType type, int start, int end) {

    public boolean isReporting() {
        return type.isReporting();
    }
}
