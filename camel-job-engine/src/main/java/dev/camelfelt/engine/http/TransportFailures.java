package dev.camelfelt.engine.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.RequestNotExecutedException;

/** What kind of transport failure an exception is, which decides whether the request may have reached the server. */
final class TransportFailures {

    private TransportFailures() {
    }

    /** The host name did not resolve: nothing was sent, and repeating soon will not help. */
    static boolean isUnknownHost(Throwable failure) {
        return failure instanceof UnknownHostException;
    }

    /**
     * No connection was made (refused, no route, connect timeout, unknown host): the request was never sent. Note that
     * HttpClient's connect timeout is an InterruptedIOException, as is a read timeout, so neither is told apart by that.
     */
    static boolean neverSent(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof HttpHostConnectException
               || failure instanceof ConnectTimeoutException || failure instanceof NoRouteToHostException
               || failure instanceof UnknownHostException
               // HttpClient's own word that the request never left: a pooled connection the server had closed
               || failure instanceof RequestNotExecutedException;
    }

    static String describe(Throwable cause) {
        if (cause == null) {
            return "cancelled";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host " + cause.getMessage();
        }
        if (cause instanceof SocketTimeoutException && !(cause instanceof ConnectTimeoutException)) {
            return "no answer within the response timeout (" + cause.getMessage() + ")";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
