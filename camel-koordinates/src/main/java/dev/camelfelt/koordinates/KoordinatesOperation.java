package dev.camelfelt.koordinates;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.camelfelt.engine.http.ApiRequest;
import dev.camelfelt.engine.http.PathTemplate;
import dev.camelfelt.koordinates.model.CropFeature;
import dev.camelfelt.koordinates.model.CropLayer;
import dev.camelfelt.koordinates.model.Export;
import dev.camelfelt.koordinates.model.ExportValidation;

/**
 * The operations of the koordinates endpoint, each declared by its URI name, HTTP method, path below
 * {@code /services/api/v1} (the ids it takes in braces, named as their options), whether it sends an export request,
 * what its answer is read as and whether the answer comes in pages. The producer sends any declared call as it is;
 * create, validate and formats add one step each, and {@code export} (validate, create, wait, download) has code of
 * its own.
 *
 * @see <a href="https://apidocs.koordinates.com/">Koordinates API reference</a>
 */
public enum KoordinatesOperation {
    EXPORTS_LIST("exports", "list", "GET", "/exports/", false, listOf(Export.class), true),
    EXPORTS_GET("exports", "get", "GET", "/exports/{exportId}/", false, type(Export.class), false),
    /** Answers the new export either as its body or only by {@code Location}; both are read. */
    EXPORTS_CREATE("exports", "create", "POST", "/exports/", true, type(JsonNode.class), false),
    EXPORTS_VALIDATE("exports", "validate", "POST", "/exports/validate/", true, type(ExportValidation.class), false),
    EXPORTS_CANCEL("exports", "cancel", "DELETE", "/exports/{exportId}/", false, type(Export.class), false),
    /** Django REST Framework's metadata document, reshaped to kind → formats. */
    EXPORTS_FORMATS("exports", "formats", "OPTIONS", "/exports/", false, type(JsonNode.class), false),
    CROP_LAYERS_LIST("cropLayers", "list", "GET", "/exports/croplayers/", false, listOf(CropLayer.class), true),
    CROP_LAYERS_GET("cropLayers", "get", "GET", "/exports/croplayers/{cropLayerId}/", false, type(CropLayer.class),
                    false),
    CROP_FEATURES_LIST("cropFeatures", "list", "GET", "/exports/croplayers/{cropLayerId}/cropfeatures/", false,
                       listOf(CropFeature.class), true),
    CROP_FEATURES_GET("cropFeatures", "get", "GET", "/exports/croplayers/{cropLayerId}/cropfeatures/{cropFeatureId}/",
                      false, type(CropFeature.class), false),
    /** Validate, create, wait for and download an export; as a consumer, watch exports until they end. */
    EXPORT("export", null, null, null, true, null, false);

    private final String apiName;
    private final String methodName;
    private final String httpMethod;
    private final PathTemplate path;
    private final boolean sendsExportRequest;
    private final JavaType answerType;
    private final boolean paged;

    KoordinatesOperation(String apiName, String methodName, String httpMethod, String path, boolean sendsExportRequest,
                         JavaType answerType, boolean paged) {
        this.apiName = apiName;
        this.methodName = methodName;
        this.httpMethod = httpMethod;
        this.path = path == null ? null : PathTemplate.of(path);
        this.sendsExportRequest = sendsExportRequest;
        this.answerType = answerType;
        this.paged = paged;
    }

    private static JavaType type(Class<?> model) {
        return TypeFactory.defaultInstance().constructType(model);
    }

    private static JavaType listOf(Class<?> model) {
        return TypeFactory.defaultInstance().constructCollectionType(List.class, model);
    }

    /** The operation named by an endpoint's path, e.g. {@code exports} and {@code get}. */
    public static KoordinatesOperation of(String apiName, String methodName) {
        String method = methodName == null || methodName.isBlank() ? null : methodName;
        return Arrays.stream(values())
                .filter(op -> op.apiName.equals(apiName))
                .filter(op -> method == null ? op.methodName == null : method.equals(op.methodName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown koordinates operation " + apiName + (method == null ? "" : "/" + method)
                                                                + "; valid ones are " + validPaths()));
    }

    private static String validPaths() {
        return Arrays.stream(values()).map(KoordinatesOperation::path).collect(Collectors.joining(", "));
    }

    /** The endpoint path of this operation, e.g. {@code exports/get}. */
    public String path() {
        return methodName == null ? apiName : apiName + "/" + methodName;
    }

    public String apiName() {
        return apiName;
    }

    /** The method name in the URI; null for {@code koordinates:export}. */
    public String methodName() {
        return methodName;
    }

    /** Whether this operation is one declared call; false for koordinates:export. */
    public boolean isCall() {
        return httpMethod != null;
    }

    public String httpMethod() {
        return httpMethod;
    }

    /** The path below {@code /services/api/v1}, e.g. {@code /exports/{exportId}/}. */
    public String pathTemplate() {
        return String.valueOf(path);
    }

    /** The ids the path takes, by option name, in order. */
    public List<String> ids() {
        return path == null ? List.of() : path.variables();
    }

    /** Whether the operation sends an export request body (create, validate, export). */
    public boolean sendsExportRequest() {
        return sendsExportRequest;
    }

    /** What a successful answer is read as; for a paged operation, each page. */
    public JavaType answerType() {
        return answerType;
    }

    /** Whether the answer comes in pages linked by {@code Link: <...>; rel="page-next"}, all of which are read. */
    public boolean isPaged() {
        return paged;
    }

    /** The call with these ids (by option name) and body. */
    ApiRequest request(Map<String, String> ids, Object body) {
        if (!isCall()) {
            throw new IllegalStateException("koordinates:" + path() + " is not a single Koordinates call");
        }
        return ApiRequest.of(httpMethod, path.expand(ids), body);
    }
}
