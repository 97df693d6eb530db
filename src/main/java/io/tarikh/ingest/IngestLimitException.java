package io.tarikh.ingest;

/** An article whose analysis would exceed what the store keeps for one article; the API answers 413 naming the field. */
public class IngestLimitException extends RuntimeException {

    private final String field;

    public IngestLimitException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
