package dev.camelfelt.felt.processing;

import java.time.Duration;

/** Felt was still processing when the wait ended (timed out, or the route stopped); it may still finish. */
public class FeltProcessingTimeoutException extends FeltProcessingException {

    public FeltProcessingTimeoutException(String what, String reason, Throwable lastPollError) {
        super(what + " " + reason, lastPollError);
    }

    static FeltProcessingTimeoutException after(String what, Duration waited, String lastStatus, Throwable lastPollError) {
        return new FeltProcessingTimeoutException(what, "was still " + lastStatus + " after " + waited.toSeconds()
                                                        + " s; Felt goes on with it", lastPollError);
    }
}
