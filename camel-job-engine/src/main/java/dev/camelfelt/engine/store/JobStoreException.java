package dev.camelfelt.engine.store;

/** A job store could not read or write its records. */
public class JobStoreException extends RuntimeException {

    public JobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
