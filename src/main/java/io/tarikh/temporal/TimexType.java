package io.tarikh.temporal;

/** TIMEX3 expression types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
