package io.tarikh.knowledge;

/** A name in Arabic and English. */
public record Names(String ar, String en) {
}
