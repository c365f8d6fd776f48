package dev.camelfelt.engine.http;

import java.nio.charset.StandardCharsets;

/** The server answered with an error status (4xx, 5xx), after any retries. */
public final class HttpStatusException extends HttpCallException {

    private final int status;
    private final String reason;
    private final transient byte[] body;

    public HttpStatusException(String method, String path, int status, String reason, byte[] body) {
        super(method, path, status + (reason == null || reason.isBlank() ? "" : " " + reason), null);
        this.status = status;
        this.reason = reason;
        this.body = body == null ? new byte[0] : body;
    }

    public int getStatus() {
        return status;
    }

    /** The reason phrase, or the standard one when the server sent none. */
    public String getReason() {
        return reason;
    }

    /** The body of the error answer, for the component to read its error details from. */
    public byte[] getBody() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String getBodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
