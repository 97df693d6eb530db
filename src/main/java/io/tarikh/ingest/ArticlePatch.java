package io.tarikh.ingest;

import java.time.LocalDate;

/**
 * A merge patch of an article's metadata (RFC 7396): a null field is left alone; a field holding
 * {@link Value#of null} is removed (the title falls back to the headline, the publication date
 * is inferred again).
 */
public record ArticlePatch(Value<LocalDate> publishedAt, Value<String> title, Value<String> url) {

    /** A field present in the patch, possibly with a null value. */
    public record Value<T>(T value) {
        public static <T> Value<T> of(T value) {
            return new Value<>(value);
        }
    }
}
