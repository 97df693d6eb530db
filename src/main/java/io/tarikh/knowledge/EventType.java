package io.tarikh.knowledge;

/**
 * The kinds of event the chronology distinguishes (the contract's fixed list). Here rather than in
 * extraction: the trigger lexicon and the reference chronology are typed by it when read.
 */
public enum EventType {
    PHONE_CALL("Phone call"), MEETING("Meeting"), TALKS("Talks"), PRESS_CONFERENCE("Press conference"),
    STATEMENT("Statement"), AGREEMENT("Agreement"), CEASEFIRE("Ceasefire"), MILITARY_ACTION("Military action"),
    PROPOSAL("Proposal"), OTHER("Event");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** English label for generated titles. */
    public String label() {
        return label;
    }

    /** Reporting types say that someone communicated; the others say what happened. */
    public boolean isReporting() {
        return this == STATEMENT || this == PRESS_CONFERENCE || this == PHONE_CALL;
    }
}
