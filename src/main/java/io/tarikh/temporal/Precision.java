package io.tarikh.temporal;

/** How fine a resolved date is. */
public enum Precision {
    DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, NONE
}
