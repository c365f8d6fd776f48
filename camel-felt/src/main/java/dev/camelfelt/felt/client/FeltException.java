package dev.camelfelt.felt.client;

/**
 * The parent of every failure camel-felt hands to a route: Felt's error answers ({@link FeltApiException}), failures
 * on the wire ({@link FeltTransportException}), unreadable answers ({@link FeltMalformedResponseException}) and
 * failed or timed-out exports. {@code onException(FeltException.class)} catches them all.
 */
public abstract class FeltException extends RuntimeException {

    protected FeltException(String message, Throwable cause) {
        super(message, cause);
    }
}
