package io.tarikh.temporal;

/** TIMEX3 {@code mod}: which part of the period is meant, or that it is approximate. */
public enum Modifier {
    START, MID, END, APPROX
}
