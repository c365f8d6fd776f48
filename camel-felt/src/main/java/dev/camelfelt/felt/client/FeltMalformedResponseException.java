package dev.camelfelt.felt.client;

import dev.camelfelt.engine.http.MalformedAnswerException;

/** Felt answered a call with a success status but a body that is not the JSON expected; the cause is the parser's. */
public class FeltMalformedResponseException extends FeltException {

    private final int status;

    public FeltMalformedResponseException(MalformedAnswerException failure) {
        super(failure.getMessage(), failure.getCause());
        this.status = failure.getStatus();
    }

    /** The HTTP status Felt answered with. */
    public int getStatus() {
        return status;
    }
}
