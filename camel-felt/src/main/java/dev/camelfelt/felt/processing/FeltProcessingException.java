package dev.camelfelt.felt.processing;

import dev.camelfelt.felt.client.FeltException;

/** Felt did not finish processing what a route handed it (an upload, a refresh, a source sync) as waited for. */
public abstract class FeltProcessingException extends FeltException {

    protected FeltProcessingException(String message, Throwable cause) {
        super(message, cause);
    }
}
