package io.tarikh.temporal;

/** A date written for people, in Arabic and in English. */
public record Display(String ar, String en) {
}
