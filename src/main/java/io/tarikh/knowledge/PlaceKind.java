package io.tarikh.knowledge;

/** What a place is, from the largest to the smallest. */
public enum PlaceKind {
    /** A whole country: every sentence about the war names Syria, so it says nothing about which event. */
    COUNTRY,
    GOVERNORATE, REGION, CITY, TOWN, SITE
}
