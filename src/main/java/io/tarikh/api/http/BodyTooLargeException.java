package io.tarikh.api.http;

import java.io.IOException;

/** A request body past the limit. An IOException so that Jackson lets it through unwrapped. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
