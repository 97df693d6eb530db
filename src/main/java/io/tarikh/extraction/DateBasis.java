package io.tarikh.extraction;

/** Where an event's date came from, so a reader can tell how far to trust it. */
public enum DateBasis {
    /** A temporal expression in the sentence itself. */
    TEXT,
    /** The dated reference chronology entry the mention was linked to. */
    REFERENCE_EVENT,
    /** No date in the text: a reported statement is dated by its article's publication (from the news day a day or two before it when the text dates one). */
    PUBLICATION_DATE,
    /** An earlier or later sentence of the same article gives the date for the same speaker. */
    CONTEXT,
    /** Nothing dates the mention (stored as such since the first release). */
    NONE,
    /** No date: past-perfect background ("وكان ... قد") that states no date of its own stays undated. */
    BACKGROUND
}
