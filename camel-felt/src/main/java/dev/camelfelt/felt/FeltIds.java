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
        return required(exchange, FeltConstants.MAP_ID, configuration.getMapId(), "mapId");
    }

    String layerId(Exchange exchange) {
        return required(exchange, FeltConstants.LAYER_ID, configuration.getLayerId(), "layerId");
    }

    String layerGroupId(Exchange exchange) {
        return required(exchange, FeltConstants.LAYER_GROUP_ID, configuration.getLayerGroupId(), "layerGroupId");
    }

    String exportId(Exchange exchange) {
        return required(exchange, FeltConstants.EXPORT_ID, configuration.getExportId(), "exportId");
    }

    String projectId(Exchange exchange) {
        return optional(exchange, FeltConstants.PROJECT_ID, configuration.getProjectId());
    }

    String folderId(Exchange exchange) {
        return optional(exchange, FeltConstants.FOLDER_ID, configuration.getFolderId());
    }

    private String required(Exchange exchange, String header, String option, String optionName) {
        String value = optional(exchange, header, option);
        if (value == null) {
            throw new IllegalArgumentException("felt:" + operation.path() + " needs a " + optionName + ": set the "
                                               + optionName + " option or the " + header + " header");
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
