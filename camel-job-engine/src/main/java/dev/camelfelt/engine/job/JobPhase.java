package dev.camelfelt.engine.job;

/** Where a job stands, as far as waiting for it goes. */
public enum JobPhase {
    /** Still being worked on: poll again later. */
    RUNNING,
    /** Finished with a result. */
    DONE,
    /** Finished without a result. */
    FAILED,
    /** The service no longer knows the job (expired, deleted, cancelled). */
    GONE;

    public boolean isFinal() {
        return this != RUNNING;
    }
}
