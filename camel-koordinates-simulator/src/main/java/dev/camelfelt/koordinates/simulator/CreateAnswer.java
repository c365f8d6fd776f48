package dev.camelfelt.koordinates.simulator;

/** How {@code POST exports/} answers: real servers have been seen doing either. */
public enum CreateAnswer {
    /** {@code 201 Created} with the new export as the JSON body and its URL in {@code Location}. */
    EXPORT_BODY,
    /** {@code 202 Accepted} with an empty body and only the new export's URL in {@code Location}. */
    LOCATION_ONLY
}
