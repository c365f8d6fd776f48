package dev.camelfelt.felt.processing;

/** Felt could not sync a source: its {@code sync_status} became {@code failed}. */
public class FeltSourceSyncFailedException extends FeltProcessingException {

    private final String sourceId;

    public FeltSourceSyncFailedException(String sourceId) {
        super("Felt failed to sync source " + sourceId, null);
        this.sourceId = sourceId;
    }

    public String getSourceId() {
        return sourceId;
    }
}
