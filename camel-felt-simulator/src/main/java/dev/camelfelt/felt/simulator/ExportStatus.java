package dev.camelfelt.felt.simulator;

/** The processing state of a custom export, as Felt reports it when polled. */
public enum ExportStatus {
    IN_PROGRESS("in_progress"),
    COMPLETED("completed"),
    FAILED("failed");

    private final String apiValue;

    ExportStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    /** Returns the value Felt's API uses for this status. */
    public String apiValue() {
        return apiValue;
    }
}
