package io.tarikh.extraction;

import java.util.List;

/**
 * One actor of a candidate, with how it is known and what it did: a reader must be able to tell the
 * speaker of a statement from the parties its content names, and the parties a sentence names from
 * those the reference chronology adds.
 */
public record ActorRole(String id, Basis basis, Role role) {

    /** How the actor is known. */
    public enum Basis {
        /** Named in the sentence that states the event. */
        TEXT,
        /** A participant of the linked reference event that the sentence does not name. */
        KNOWLEDGE
    }

    /** What the actor is to the event, as far as the sentence makes it clear. */
    public enum Role {
        /** The subject of a reporting verb. */
        SPEAKER,
        /** The subject of an action verb. */
        AGENT,
        /** The one an action is done to. */
        TARGET,
        /** A party without a clearer role. */
        PARTICIPANT
    }

    /** Every actor named in the text, in one role. */
    static List<ActorRole> named(List<String> ids, Role role) {
        return ids.stream().map(id -> new ActorRole(id, Basis.TEXT, role)).toList();
    }
}
