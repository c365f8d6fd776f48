package dev.camelfelt.felt;

/** The groups of Felt operations: the first part of the endpoint path. */
public enum FeltApiName {
    MAPS("maps"),
    LIBRARY("library"),
    EXPORT("export");

    private final String value;

    FeltApiName(String value) {
        this.value = value;
    }

    /** The name used in the endpoint URI. */
    public String value() {
        return value;
    }
}
