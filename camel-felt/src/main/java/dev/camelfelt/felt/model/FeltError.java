package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of the {@code errors[]} array of a Felt error response. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeltError(String title, String detail, Source source) {

    /** Where the error comes from: a JSON pointer into the body, a parameter or a header. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String pointer, String parameter, String header) {

        @Override
        public String toString() {
            if (parameter != null && !parameter.isBlank()) {
                return "parameter " + parameter;
            }
            // the empty pointer names the whole body, which says nothing worth printing
            if (pointer != null && !pointer.isBlank()) {
                return "pointer " + pointer;
            }
            return header != null && !header.isBlank() ? "header " + header : "";
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(detail != null ? detail : title != null ? title : "");
        String where = source != null ? source.toString() : "";
        if (!where.isEmpty()) {
            text.append(" (").append(where).append(')');
        }
        return text.toString();
    }
}
