package dev.camelfelt.felt;

import org.apache.camel.Exchange;

/** Reads the IDs an operation needs: the message header first, then the endpoint option. */
final class FeltIds {

    private final FeltConfiguration configuration;
    private final FeltOperation operation;

    FeltIds(FeltConfiguration configuration, FeltOperation operation) {
        this.configuration = configuration;
        this.operation = operation;
    }

    String mapId(Exchange exchange) {
        return required(exchange, FeltId.MAP, configuration, operation);
    }

    String layerId(Exchange exchange) {
        return required(exchange, FeltId.LAYER, configuration, operation);
    }

    String exportId(Exchange exchange) {
        return required(exchange, FeltId.EXPORT, configuration, operation);
    }

    String projectId(Exchange exchange) {
        return optional(exchange, FeltConstants.PROJECT_ID, configuration.getProjectId());
    }

    String folderId(Exchange exchange) {
        return optional(exchange, FeltConstants.FOLDER_ID, configuration.getFolderId());
    }

    /** The id from its header or option; fails naming both when neither is set. */
    static String required(Exchange exchange, FeltId id, FeltConfiguration configuration, FeltOperation operation) {
        String value = optional(exchange, id.header(), id.optionValue(configuration));
        if (value == null) {
            throw new IllegalArgumentException("felt:" + operation.path() + " needs a " + id.option() + ": set the "
                                               + id.option() + " option or the " + id.header() + " header");
        }
        return value;
    }

    private static String optional(Exchange exchange, String header, String option) {
        String value = exchange.getMessage().getHeader(header, String.class);
        if (value == null || value.isBlank()) {
            value = option;
        }
        return value == null || value.isBlank() ? null : value;
    }
}
