package dev.camelfelt.felt.client;

import dev.camelfelt.engine.http.HttpTransportException;

/**
 * A Felt call failed on the wire (no connection, unknown host, reset, no answer in time) after its retries. The
 * message names the call and says whether Felt may have applied it; the cause is the network's exception.
 */
public class FeltTransportException extends FeltException {

    private final String method;
    private final String path;
    private final boolean mayHaveBeenApplied;

    public FeltTransportException(HttpTransportException failure) {
        super(failure.getMessage(), failure.getCause());
        this.method = failure.getMethod();
        this.path = failure.getPath();
        this.mayHaveBeenApplied = failure.mayHaveBeenApplied();
    }

    /** The HTTP method of the failed call. */
    public String getMethod() {
        return method;
    }

    /** The path of the failed call, e.g. {@code /api/v2/maps/abc}. */
    public String getPath() {
        return path;
    }

    /** Whether Felt may have received and applied the call (so that repeating a POST could do its work twice). */
    public boolean mayHaveBeenApplied() {
        return mayHaveBeenApplied;
    }
}
