package dev.camelfelt.engine.http;

/** The server answered with a success status but a body that is not the JSON expected. */
public final class MalformedAnswerException extends HttpCallException {

    private final int status;

    public MalformedAnswerException(String method, String path, int status, String expected, Throwable cause) {
        super(method, path, status + " with a body that is not a valid " + expected + ": " + cause.getMessage(), cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
