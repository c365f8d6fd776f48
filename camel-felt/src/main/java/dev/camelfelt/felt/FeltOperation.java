package dev.camelfelt.felt;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The operations of the felt endpoint, by {@code apiName/methodName}.
 *
 * @see <a href="https://developers.felt.com/rest-api/api-reference">Felt REST API reference</a>
 */
public enum FeltOperation {
    MAPS_CREATE("maps", "create"),
    MAPS_GET("maps", "get"),
    MAPS_UPDATE("maps", "update"),
    MAPS_DELETE("maps", "delete"),
    MAPS_MOVE("maps", "move"),
    MAPS_DUPLICATE("maps", "duplicate"),
    LIBRARY_LIST("library", "list"),
    LIBRARY_PUBLISH_LAYER("library", "publishLayer"),
    LIBRARY_PUBLISH_LAYER_GROUP("library", "publishLayerGroup"),
    EXPORT_LINK("export", "link"),
    EXPORT_CREATE("export", "create"),
    EXPORT_STATUS("export", "status"),
    /** Create an export, wait for it and download it; as a consumer, watch exports until they end. */
    EXPORT("export", null);

    private final String apiName;
    private final String methodName;

    FeltOperation(String apiName, String methodName) {
        this.apiName = apiName;
        this.methodName = methodName;
    }

    /** The operation named by an endpoint's path, e.g. {@code maps/duplicate}. */
    public static FeltOperation of(FeltApiName apiName, String methodName) {
        String method = methodName == null || methodName.isBlank() ? null : methodName;
        return Arrays.stream(values())
                .filter(op -> op.apiName.equals(apiName.value()))
                .filter(op -> method == null ? op.methodName == null : method.equals(op.methodName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown felt operation " + apiName.value() + (method == null ? "" : "/" + method)
                                                                + "; valid ones are " + validPaths()));
    }

    private static String validPaths() {
        return Arrays.stream(values()).map(FeltOperation::path).collect(Collectors.joining(", "));
    }

    /** The endpoint path of this operation, e.g. {@code maps/duplicate}. */
    public String path() {
        return methodName == null ? apiName : apiName + "/" + methodName;
    }
}
