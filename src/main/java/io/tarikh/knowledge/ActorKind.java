package io.tarikh.knowledge;

/** What an actor is; served as is in the API, so the names are part of the contract. */
public enum ActorKind {
    PERSON, GOVERNMENT, MINISTRY, ORGANISATION, ARMED_GROUP,
    /** A whole country: too broad to tie two mentions to one event or one speaker. */
    COUNTRY
}
