package io.tarikh.extraction;

/** Whether the event has happened or is announced for the future. */
public enum EventStatus {
    OCCURRED, SCHEDULED
}
