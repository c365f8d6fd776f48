package dev.camelfelt.engine.http;

/**
 * A call that did not end in a usable answer. It names the call by method and path, never by query (which may carry
 * secrets); a component turns it into its own exception type through a {@link FailureTranslator}.
 */
public abstract class HttpCallException extends RuntimeException {

    private final String method;
    private final String path;

    protected HttpCallException(String method, String path, String message, Throwable cause) {
        super(method + " " + path + ": " + message, cause);
        this.method = method;
        this.path = path;
    }

    /** The HTTP method of the call. */
    public String getMethod() {
        return method;
    }

    /** The path of the call, without query. */
    public String getPath() {
        return path;
    }
}
