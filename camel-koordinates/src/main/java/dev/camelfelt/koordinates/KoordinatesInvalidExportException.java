package dev.camelfelt.koordinates;

import java.util.List;
import java.util.stream.Collectors;

import dev.camelfelt.koordinates.model.ExportValidation;
import dev.camelfelt.koordinates.model.ValidatedItem;

/** Koordinates' validation refused an export request before any export was created; the message names each item and why. */
public class KoordinatesInvalidExportException extends KoordinatesException {

    private final transient ExportValidation validation;

    public KoordinatesInvalidExportException(ExportValidation validation) {
        super(describe(validation));
        this.validation = validation;
    }

    /** The validation answer. */
    public ExportValidation getValidation() {
        return validation;
    }

    private static String describe(ExportValidation validation) {
        List<ValidatedItem> invalid = validation.invalidItems();
        String items = invalid.stream()
                .map(item -> item.item() + " (" + reasons(item.invalidReasons()) + ")")
                .collect(Collectors.joining(", "));
        String top = validation.invalidReasons() == null || validation.invalidReasons().isEmpty() ? ""
                : "; the request: " + reasons(validation.invalidReasons());
        return "Koordinates refused the export request"
               + (invalid.isEmpty() ? "" : "; invalid items: " + items) + top;
    }

    private static String reasons(List<String> reasons) {
        return reasons == null || reasons.isEmpty() ? "no reason given" : String.join(", ", reasons);
    }
}
