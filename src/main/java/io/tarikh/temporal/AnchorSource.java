package io.tarikh.temporal;

/** Whether the publication date was given with the text or inferred from it. */
public enum AnchorSource {
    PROVIDED, INFERRED
}
