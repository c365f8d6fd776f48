package dev.camelfelt.koordinates.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code exports/validate/}. Its top level may say invalid with no reasons of its own: the reasons
 * are on the items.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportValidation(
        @JsonProperty("items") List<ValidatedItem> items,
        @JsonProperty("size_estimate_zipped") Long sizeEstimateZipped,
        @JsonProperty("is_valid") boolean valid,
        @JsonProperty("invalid_reasons") List<String> invalidReasons) {

    /** Valid only when the top level and every item say so. */
    public boolean isValidThroughout() {
        return valid && (items == null || items.stream().allMatch(ValidatedItem::valid));
    }

    /** The items that are not valid. */
    public List<ValidatedItem> invalidItems() {
        return items == null ? List.of() : items.stream().filter(item -> !item.valid()).toList();
    }
}
