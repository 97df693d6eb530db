package io.tarikh.timeline;

import io.tarikh.knowledge.EventType;

/** What a place is to an event. */
public enum PlaceRole {
    /** Where a gathering (talks, a meeting, a press conference, a signing) took place. */
    VENUE,
    /** Where a military action or a ceasefire applies: the place acted on. */
    ACTED_ON,
    /** Named by the sentence without a clearer role (the subject of a statement, a call). */
    MENTIONED;

    /** The role the event's kind gives its places: a gathering has a venue, an action a place it is done to. */
    public static PlaceRole of(EventType type) {
        return switch (type) {
            case TALKS, MEETING, PRESS_CONFERENCE, AGREEMENT -> VENUE;
            case MILITARY_ACTION, CEASEFIRE -> ACTED_ON;
            default -> MENTIONED;
        };
    }
}
