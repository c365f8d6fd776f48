package dev.camelfelt.koordinates.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One item of a validation: whether it can be exported as asked, why not, its licence and price. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ValidatedItem(
        @JsonProperty("item") String item,
        @JsonProperty("color") String color,
        @JsonProperty("license") Map<String, Object> license,
        @JsonProperty("price") String price,
        @JsonProperty("is_valid") boolean valid,
        @JsonProperty("invalid_reasons") List<String> invalidReasons) {
}
