package dev.camelfelt.felt.simulator;

/** How the upload storage can be told to fail the next uploads. */
public enum StorageFailure {
    /** The connection is reset before any answer. */
    CONNECTION_RESET,
    /** A 503 {@code SlowDown}, as storage answers when overloaded. */
    SERVER_ERROR,
    /** A 403 {@code AccessDenied} for an expired policy, as when the pre-signed form is used too late. */
    POLICY_EXPIRED
}
