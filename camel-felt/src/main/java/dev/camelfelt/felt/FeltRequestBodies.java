package dev.camelfelt.felt;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.model.CustomExportParams;
import dev.camelfelt.felt.model.LayerGroupParams;
import dev.camelfelt.felt.model.MapCreateParams;
import dev.camelfelt.felt.model.MapDuplicateParams;
import dev.camelfelt.felt.model.MapMoveParams;
import dev.camelfelt.felt.model.MapUpdateParams;
import dev.camelfelt.felt.model.ProjectParams;
import dev.camelfelt.felt.model.PublishParams;
import dev.camelfelt.felt.model.SourceParams;
import dev.camelfelt.felt.model.UploadParams;
import dev.camelfelt.felt.upload.UploadBodies;
import org.apache.camel.Exchange;

/**
 * Chooses the request body of an operation: the message body when it is the operation's params model, a
 * {@code Map}, a Jackson {@code JsonNode} or a non-blank JSON {@code String}; otherwise one built from the options.
 */
final class FeltRequestBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FeltConfiguration configuration;
    private final FeltOperation operation;
    private final FeltIds ids;

    FeltRequestBodies(FeltConfiguration configuration, FeltOperation operation, FeltIds ids) {
        this.configuration = configuration;
        this.operation = operation;
        this.ids = ids;
    }

    Object mapCreate(Exchange exchange) {
        return fromMessage(exchange, MapCreateParams.class).orElseGet(() -> new MapCreateParams(
                configuration.getTitle(), configuration.getDescription(), configuration.getBasemap(),
                configuration.getPublicAccess(), configuration.getLat(), configuration.getLon(), configuration.getZoom(),
                configuration.getWorkspaceId(), layerUrls()));
    }

    Object mapUpdate(Exchange exchange) {
        return fromMessage(exchange, MapUpdateParams.class).orElseGet(() -> new MapUpdateParams(
                configuration.getTitle(), configuration.getDescription(), configuration.getBasemap(),
                configuration.getPublicAccess(), null, null));
    }

    Object mapMove(Exchange exchange) {
        return fromMessage(exchange, MapMoveParams.class).orElseGet(() -> {
            MapMoveParams target = destination(exchange);
            if (target == null) {
                throw new IllegalArgumentException("felt:maps/move needs a projectId or a folderId: set the projectId"
                                                   + " or folderId option, or the " + FeltConstants.PROJECT_ID
                                                   + " or " + FeltConstants.FOLDER_ID + " header");
            }
            return target;
        });
    }

    Object mapDuplicate(Exchange exchange) {
        return fromMessage(exchange, MapDuplicateParams.class)
                .orElseGet(() -> new MapDuplicateParams(configuration.getTitle(), destination(exchange)));
    }

    Object publish(Exchange exchange) {
        return fromMessage(exchange, PublishParams.class).orElseGet(() -> new PublishParams(configuration.getName()));
    }

    Object customExport(Exchange exchange) {
        return fromMessage(exchange, CustomExportParams.class).orElseGet(() -> {
            if (configuration.getFormat() == null) {
                throw new IllegalArgumentException("felt:" + operation.path()
                                                   + " needs a format: set the format option to one of csv, gpkg,"
                                                   + " geojson, geotiff, pmtiles");
            }
            return new CustomExportParams(configuration.getFormat(), filters(),
                    configuration.isEmailOnCompletion());
        });
    }

    /** The body an operation cannot do without: its params model, a Map, a JsonNode or a JSON object String. */
    Object messageBody(Exchange exchange) {
        return fromMessage(exchange, operation.bodyModel()).orElseThrow(() -> new IllegalArgumentException("felt:"
                + operation.path() + " needs a body: a " + operation.bodyModel().getSimpleName()
                + ", a Map, a JsonNode or a JSON object String"));
    }

    /** A body that is a list: a List (of the params model or Maps), a JsonNode array or a JSON array String. */
    Object messageList(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof List || body instanceof JsonNode node && node.isArray()) {
            return body;
        }
        if (operation.bodyModel().isInstance(body) || body instanceof Map) {
            return List.of(body);
        }
        if (body instanceof String text && !text.isBlank()) {
            JsonNode parsed = json(text);
            if (parsed.isArray()) {
                return parsed;
            }
        }
        throw new IllegalArgumentException("felt:" + operation.path() + " needs a list body: a List of "
                                           + operation.bodyModel().getSimpleName() + " or Map, a JsonNode array or a"
                                           + " JSON array String");
    }

    /**
     * Felt's upload call: the new layer's name and either the URL Felt imports from (the body is then not looked at,
     * as on every call that takes no data) or, when the body is the data, nothing: the file follows. Without a file
     * name, the layer is named after the file. {@code lat}, {@code lon} and {@code zoom} place an image. Without
     * importUrl, a params body replaces the options.
     */
    Object upload(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        String importUrl = configuration.getImportUrl();
        boolean fileBody = importUrl == null && UploadBodies.isData(body);
        if (importUrl == null && !fileBody) {
            return uploadParams(exchange, body);
        }
        String name = configuration.getName() != null || !fileBody ? configuration.getName()
                : UploadBodies.suggestedLayerName(exchange);
        requiredOption(name, "name", operation.path());
        return new UploadParams(name, importUrl, null, null, configuration.getLat(), configuration.getLon(),
                configuration.getZoom());
    }

    private Object uploadParams(Exchange exchange, Object body) {
        if (body == null) {
            throw new IllegalArgumentException("felt:" + operation.path() + " needs data: a file body (a File, Path,"
                                               + " GenericFile, InputStream, byte[] or List of files) or the importUrl"
                                               + " option");
        }
        try {
            return fromMessage(exchange, UploadParams.class).orElseThrow(() -> new IllegalArgumentException(
                    "felt:" + operation.path() + " cannot upload a body of type " + body.getClass().getName()
                    + ": give a File, Path, GenericFile, InputStream, byte[] or List of files, or set the importUrl"
                    + " option"));
        } catch (IllegalArgumentException e) {
            if (!(body instanceof String)) {
                throw e;
            }
            throw new IllegalArgumentException("felt:" + operation.path() + " reads a String body as the JSON"
                                               + " parameters of Felt's upload call, and this one is not JSON: give"
                                               + " data as a File, Path, InputStream or byte[] (with the "
                                               + Exchange.FILE_NAME + " header)", e);
        }
    }

    Object layerGroup(Exchange exchange) {
        return fromMessage(exchange, LayerGroupParams.class)
                .orElseGet(() -> new LayerGroupParams(null, configuration.getName(), null, null, null, null));
    }

    /** A project from the options; creating one needs its name and visibility. */
    Object project(Exchange exchange) {
        return fromMessage(exchange, ProjectParams.class).orElseGet(() -> {
            if (operation == FeltOperation.PROJECTS_CREATE) {
                requiredOption(configuration.getName(), "name", operation.path());
                requiredOption(configuration.getVisibility(), "visibility", operation.path());
            }
            return new ProjectParams(configuration.getName(), configuration.getVisibility(),
                    configuration.getMaxInheritedPermission());
        });
    }

    Object sourceUpdate(Exchange exchange) {
        return fromMessage(exchange, SourceParams.class).orElseGet(() -> new SourceParams(configuration.getName(), null, null));
    }

    /** An option an operation cannot do without; fails naming it, before anything is sent. */
    static <T> T requiredOption(T value, String option, String operationPath) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("felt:" + operationPath + " needs the " + option + " option");
        }
        return value;
    }

    private MapMoveParams destination(Exchange exchange) {
        String projectId = ids.projectId(exchange);
        String folderId = ids.folderId(exchange);
        if (projectId != null && folderId != null) {
            throw new IllegalArgumentException("felt:" + operation.path() + " takes a projectId or a folderId, not both"
                                               + " (options projectId/folderId, headers " + FeltConstants.PROJECT_ID
                                               + "/" + FeltConstants.FOLDER_ID + ")");
        }
        return projectId == null && folderId == null ? null : new MapMoveParams(projectId, folderId);
    }

    private List<String> layerUrls() {
        String urls = configuration.getLayerUrls();
        return urls == null || urls.isBlank()
                ? null : Arrays.stream(urls.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private JsonNode filters() {
        return filters(configuration.getFilters());
    }

    /** The filters option as the JSON array Felt takes, or null when unset. */
    static JsonNode filters(String filters) {
        if (filters == null || filters.isBlank()) {
            return null;
        }
        try {
            JsonNode parsed = MAPPER.readTree(filters);
            if (parsed != null && parsed.isArray()) {
                return parsed;
            }
        } catch (JsonProcessingException e) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException("The filters option must be a JSON array such as [\"acres\",\"lt\",50000]");
    }

    private static JsonNode json(String text) {
        try {
            JsonNode parsed = MAPPER.readTree(text);
            if (parsed == null) {
                throw new IllegalArgumentException("The request body is a String but not JSON");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body is a String but not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Optional<Object> fromMessage(Exchange exchange, Class<?> paramsType) {
        Object body = exchange.getMessage().getBody();
        if (paramsType.isInstance(body) || body instanceof Map || body instanceof JsonNode) {
            return Optional.of(body);
        }
        if (body instanceof String text && !text.isBlank()) {
            return Optional.of(jsonObject(text));
        }
        return Optional.empty();
    }

    /** Felt's bodies are JSON objects: a String body is checked here, before anything is sent. */
    private static JsonNode jsonObject(String text) {
        JsonNode parsed = json(text);
        if (!parsed.isObject()) {
            throw new IllegalArgumentException("The request body is a String but not a JSON object");
        }
        return parsed;
    }
}
