package io.tarikh.ingest;

/**
 * An article the pipeline will not store, for a reason the client can act on: its analysis
 * would exceed what the store keeps for one article (413), or nothing is left to analyse once
 * it is cleaned (422). The API answers with the status, naming the field.
 */
public class IngestLimitException extends RuntimeException {

    private final int status;
    private final String field;

    public IngestLimitException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
