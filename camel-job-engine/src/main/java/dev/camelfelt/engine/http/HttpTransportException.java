package dev.camelfelt.engine.http;

/**
 * The call failed on the wire: no connection, an unknown host, a reset, a read timeout. It says whether the server
 * may have received and applied the request, which decides whether repeating it is safe.
 */
public final class HttpTransportException extends HttpCallException {

    private final boolean mayHaveBeenApplied;
    private final int attempts;

    public HttpTransportException(String method, String path, boolean mayHaveBeenApplied, int attempts, Throwable cause) {
        super(method, path, describe(mayHaveBeenApplied, attempts, cause), cause);
        this.mayHaveBeenApplied = mayHaveBeenApplied;
        this.attempts = attempts;
    }

    private static String describe(boolean mayHaveBeenApplied, int attempts, Throwable cause) {
        return TransportFailures.describe(cause) + " (" + (attempts == 1 ? "1 attempt" : attempts + " attempts")
               + (mayHaveBeenApplied ? "; the request may have been applied)" : "; the request was not sent)");
    }

    /** Whether the request may have reached the server and done its work. */
    public boolean mayHaveBeenApplied() {
        return mayHaveBeenApplied;
    }

    /** How many times the call was tried. */
    public int getAttempts() {
        return attempts;
    }
}
