package dev.camelfelt.felt.simulator;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import java.io.IOException;

/**
 * Lets a comment export answer in the two formats Felt offers beyond the documented JSON array: {@code format=csv}
 * answers {@code text/csv}, {@code format=geojson} a GeoJSON {@code FeatureCollection} object.
 */
final class OtherCommentExportFormats implements WhitelistRule {

    private static final String OPERATION = "export_map_comments";

    @Override
    public boolean matches(ValidationReport.Message message, ApiOperation operation, Request request, Response response) {
        if (response == null || operation == null || !OPERATION.equals(operation.getOperation().getOperationId())) {
            return false;
        }
        return switch (message.getKey()) {
            case "validation.response.contentType.notAllowed" -> response.getContentType()
                    .filter(type -> type.startsWith("text/csv")).isPresent();
            case "validation.response.body.schema.type" -> response.getResponseBody()
                    .map(OtherCommentExportFormats::isFeatureCollection).orElse(false);
            default -> false;
        };
    }

    private static boolean isFeatureCollection(Body body) {
        try {
            return "FeatureCollection".equals(body.toJsonNode().path("type").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
