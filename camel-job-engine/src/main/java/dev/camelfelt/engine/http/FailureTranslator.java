package dev.camelfelt.engine.http;

/**
 * Turns the client's failures into a component's own exception types, so that a route catches them by the
 * component's names. The translated exception should keep the call's method and path in its message.
 */
@FunctionalInterface
public interface FailureTranslator {

    /** Leaves the client's exceptions as they are. */
    FailureTranslator NONE = failure -> failure;

    RuntimeException translate(HttpCallException failure);
}
