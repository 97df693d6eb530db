package io.tarikh.knowledge;

/** An item found in a text, with the offsets (UTF-16, end exclusive) of the words that name it. */
public record Match<T>(T item, int start, int end) {
}
