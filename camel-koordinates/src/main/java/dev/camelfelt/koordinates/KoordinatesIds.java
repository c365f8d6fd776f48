package dev.camelfelt.koordinates;

import org.apache.camel.Exchange;

/** Reads the IDs an operation needs: the message header first, then the endpoint option. */
final class KoordinatesIds {

    private final KoordinatesConfiguration configuration;
    private final String path;

    KoordinatesIds(KoordinatesConfiguration configuration, String path) {
        this.configuration = configuration;
        this.path = path;
    }

    String exportId(Exchange exchange) {
        return required(exchange, KoordinatesConstants.EXPORT_ID, configuration.getExportId(), "exportId");
    }

    String cropLayerId(Exchange exchange) {
        return required(exchange, KoordinatesConstants.CROP_LAYER_ID, configuration.getCropLayerId(), "cropLayerId");
    }

    String cropFeatureId(Exchange exchange) {
        return required(exchange, KoordinatesConstants.CROP_FEATURE_ID, configuration.getCropFeatureId(),
                "cropFeatureId");
    }

    /** The id by its option name, e.g. {@code exportId}, as path templates name them. */
    String byName(Exchange exchange, String optionName) {
        return switch (optionName) {
            case "exportId" -> exportId(exchange);
            case "cropLayerId" -> cropLayerId(exchange);
            case "cropFeatureId" -> cropFeatureId(exchange);
            default -> throw new IllegalArgumentException("No id named " + optionName);
        };
    }

    private String required(Exchange exchange, String header, String option, String optionName) {
        String value = optional(exchange, header, option);
        if (value == null) {
            throw new IllegalArgumentException("koordinates:" + path + " needs " + optionName + ": set the "
                                               + optionName + " option or the " + header + " header");
        }
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("The " + optionName + " of koordinates:" + path + " must be a number,"
                                               + " not '" + value + "'");
        }
        return value;
    }

    static String optional(Exchange exchange, String header, String option) {
        String value = exchange.getMessage().getHeader(header, String.class);
        if (value == null || value.isBlank()) {
            value = option;
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
