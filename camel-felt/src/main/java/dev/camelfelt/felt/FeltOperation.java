package dev.camelfelt.felt;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.camelfelt.felt.model.AddSourceLayerAccepted;
import dev.camelfelt.felt.model.AddSourceLayerParams;
import dev.camelfelt.felt.model.CommentFormat;
import dev.camelfelt.felt.model.CommentResolved;
import dev.camelfelt.felt.model.DuplicateLayerParams;
import dev.camelfelt.felt.model.DuplicateLayersResponse;
import dev.camelfelt.felt.model.ElementGroup;
import dev.camelfelt.felt.model.ElementGroupParams;
import dev.camelfelt.felt.model.EmbedToken;
import dev.camelfelt.felt.model.FeatureCollection;
import dev.camelfelt.felt.model.LayerGroupParams;
import dev.camelfelt.felt.model.LayerStyleParams;
import dev.camelfelt.felt.model.LayerUpdateParams;
import dev.camelfelt.felt.model.Project;
import dev.camelfelt.felt.model.ProjectParams;
import dev.camelfelt.felt.model.ProjectReference;
import dev.camelfelt.felt.model.Source;
import dev.camelfelt.felt.model.SourceCredential;
import dev.camelfelt.felt.model.SourceCredentialParams;
import dev.camelfelt.felt.model.SourceParams;
import dev.camelfelt.felt.model.SourceReference;
import dev.camelfelt.felt.model.UploadParams;
import dev.camelfelt.felt.model.UploadResponse;
import dev.camelfelt.felt.model.User;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.camelfelt.engine.http.ApiRequest;
import dev.camelfelt.engine.http.PathTemplate;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.felt.model.CustomExportParams;
import dev.camelfelt.felt.model.CustomExportResponse;
import dev.camelfelt.felt.model.CustomExportStatus;
import dev.camelfelt.felt.model.ExportLink;
import dev.camelfelt.felt.model.FeltMap;
import dev.camelfelt.felt.model.Layer;
import dev.camelfelt.felt.model.LayerGroup;
import dev.camelfelt.felt.model.LayerLibrary;
import dev.camelfelt.felt.model.MapCreateParams;
import dev.camelfelt.felt.model.MapDuplicateParams;
import dev.camelfelt.felt.model.MapMoveParams;
import dev.camelfelt.felt.model.MapUpdateParams;
import dev.camelfelt.felt.model.PublishParams;
import org.apache.camel.Exchange;

/**
 * The operations of the felt endpoint, each declared once: its URI name ({@code apiName/methodName}), HTTP method,
 * Felt path (below {@code /api/v2}), the ids the path needs, the request body (model and how it is built from the
 * options) and the answer type. The endpoint's metadata, the producer's dispatch and the HTTP call follow from the
 * declaration; only operations with extra steps (exports) have code of their own in the producer.
 *
 * @see <a href="https://developers.felt.com/rest-api/api-reference">Felt REST API reference</a>
 */
public enum FeltOperation {
    MAPS_CREATE(post("maps", "create", "/maps").body(MapCreateParams.class, FeltRequestBodies::mapCreate)
            .answers(FeltMap.class)),
    MAPS_GET(get("maps", "get", "/maps/{map_id}").answers(FeltMap.class)),
    // tag::maps-update[] (shown in docs/user-guide.adoc)
    MAPS_UPDATE(post("maps", "update", "/maps/{map_id}/update")
            .body(MapUpdateParams.class, FeltRequestBodies::mapUpdate).answers(FeltMap.class)),
    // end::maps-update[]
    MAPS_DELETE(delete("maps", "delete", "/maps/{map_id}")),
    MAPS_MOVE(post("maps", "move", "/maps/{map_id}/move").body(MapMoveParams.class, FeltRequestBodies::mapMove)
            .answers(FeltMap.class)),
    MAPS_DUPLICATE(post("maps", "duplicate", "/maps/{map_id}/duplicate")
            .body(MapDuplicateParams.class, FeltRequestBodies::mapDuplicate).answers(FeltMap.class)),
    LIBRARY_LIST(get("library", "list", "/library")
            .query("source", configuration -> configuration.getSource() == null
                    ? null : configuration.getSource().value())
            .answers(LayerLibrary.class)),
    LIBRARY_PUBLISH_LAYER(post("library", "publishLayer", "/maps/{map_id}/layers/{layer_id}/publish")
            .body(PublishParams.class, FeltRequestBodies::publish).answers(Layer.class)),
    LIBRARY_PUBLISH_LAYER_GROUP(post("library", "publishLayerGroup",
            "/maps/{map_id}/layer_groups/{layer_group_id}/publish")
            .body(PublishParams.class, FeltRequestBodies::publish).answers(LayerGroup.class)),
    EXPORT_LINK(get("export", "link", "/maps/{map_id}/layers/{layer_id}/get_export_link").answers(ExportLink.class)),
    EXPORT_CREATE(post("export", "create", "/maps/{map_id}/layers/{layer_id}/custom_export")
            .body(CustomExportParams.class, FeltRequestBodies::customExport).answers(CustomExportResponse.class)),
    EXPORT_STATUS(get("export", "status", "/maps/{map_id}/layers/{layer_id}/custom_exports/{export_id}")
            .answers(CustomExportStatus.class)),
    /** Create an export, wait for it and download it; as a consumer, watch exports until they end. No call of its own. */
    EXPORT(new Declaration("export", null, null, null)),
    MAPS_EMBED_TOKEN(post("maps", "embedToken", "/maps/{map_id}/embed_token")
            .query("user_email", configuration -> FeltRequestBodies.requiredOption(configuration.getUserEmail(),
                    "userEmail", "maps/embedToken"))
            .answers(EmbedToken.class)),
    MAPS_ADD_SOURCE_LAYER(post("maps", "addSourceLayer", "/maps/{map_id}/add_source_layer")
            .body(AddSourceLayerParams.class, FeltRequestBodies::messageBody).answers(AddSourceLayerAccepted.class)),
    // tag::layers[] (shown in docs/user-guide.adoc)
    LAYERS_LIST(get("layers", "list", "/maps/{map_id}/layers").answersListOf(Layer.class)),
    LAYERS_GET(get("layers", "get", "/maps/{map_id}/layers/{layer_id}").answers(Layer.class)),
    // end::layers[]
    LAYERS_UPDATE(post("layers", "update", "/maps/{map_id}/layers")
            .body(LayerUpdateParams.class, FeltRequestBodies::messageList).answersListOf(Layer.class)),
    LAYERS_DELETE(delete("layers", "delete", "/maps/{map_id}/layers/{layer_id}")),
    LAYERS_UPDATE_STYLE(post("layers", "updateStyle", "/maps/{map_id}/layers/{layer_id}/update_style")
            .body(LayerStyleParams.class, FeltRequestBodies::messageBody).answers(Layer.class)),
    LAYERS_UPLOAD(post("layers", "upload", "/maps/{map_id}/upload")
            .body(UploadParams.class, FeltRequestBodies::upload).answers(UploadResponse.class)),
    LAYERS_REFRESH(post("layers", "refresh", "/maps/{map_id}/layers/{layer_id}/refresh").answers(UploadResponse.class)),
    LAYERS_DUPLICATE(post("layers", "duplicate", "/duplicate_layers")
            .body(DuplicateLayerParams.class, FeltRequestBodies::messageList).answers(DuplicateLayersResponse.class)),
    LAYER_GROUPS_LIST(get("layerGroups", "list", "/maps/{map_id}/layer_groups").answersListOf(LayerGroup.class)),
    LAYER_GROUPS_GET(get("layerGroups", "get", "/maps/{map_id}/layer_groups/{layer_group_id}").answers(LayerGroup.class)),
    LAYER_GROUPS_UPDATE(post("layerGroups", "update", "/maps/{map_id}/layer_groups/{layer_group_id}")
            .body(LayerGroupParams.class, FeltRequestBodies::layerGroup).answers(LayerGroup.class)),
    LAYER_GROUPS_UPDATE_MANY(post("layerGroups", "updateMany", "/maps/{map_id}/layer_groups")
            .body(LayerGroupParams.class, FeltRequestBodies::messageList).answersListOf(LayerGroup.class)),
    LAYER_GROUPS_DELETE(delete("layerGroups", "delete", "/maps/{map_id}/layer_groups/{layer_group_id}")),
    ELEMENTS_LIST(get("elements", "list", "/maps/{map_id}/elements").answers(FeatureCollection.class)),
    ELEMENTS_UPSERT(post("elements", "upsert", "/maps/{map_id}/elements")
            .body(FeatureCollection.class, FeltRequestBodies::messageBody).answers(FeatureCollection.class)),
    ELEMENTS_DELETE(delete("elements", "delete", "/maps/{map_id}/elements/{element_id}")),
    ELEMENT_GROUPS_LIST(get("elementGroups", "list", "/maps/{map_id}/element_groups").answersListOf(ElementGroup.class)),
    ELEMENT_GROUPS_GET(get("elementGroups", "get", "/maps/{map_id}/element_groups/{group_id}")
            .answers(FeatureCollection.class)),
    ELEMENT_GROUPS_UPSERT(post("elementGroups", "upsert", "/maps/{map_id}/element_groups")
            .body(ElementGroupParams.class, FeltRequestBodies::messageList).answersListOf(ElementGroup.class)),
    /** Felt answers a JSON array, a GeoJSON object or CSV text, as the commentFormat option asks. */
    COMMENTS_EXPORT(get("comments", "export", "/maps/{map_id}/comments/export")
            .query("format", configuration -> configuration.getCommentFormat() == null
                    ? null : configuration.getCommentFormat().value())
            .answersListOf(JsonNode.class)
            .answersBy(configuration -> switch (configuration.getCommentFormat() == null
                    ? CommentFormat.JSON : configuration.getCommentFormat()) {
                case CSV -> TypeFactory.defaultInstance().constructType(String.class);
                case GEOJSON -> TypeFactory.defaultInstance().constructType(JsonNode.class);
                case JSON -> TypeFactory.defaultInstance().constructCollectionType(List.class, JsonNode.class);
            })),
    COMMENTS_RESOLVE(post("comments", "resolve", "/maps/{map_id}/comments/{comment_id}/resolve")
            .answers(CommentResolved.class)),
    COMMENTS_DELETE(delete("comments", "delete", "/maps/{map_id}/comments/{comment_id}")),
    PROJECTS_LIST(get("projects", "list", "/projects").query("workspace_id", FeltConfiguration::getWorkspaceId)
            .answersListOf(ProjectReference.class)),
    PROJECTS_CREATE(post("projects", "create", "/projects").body(ProjectParams.class, FeltRequestBodies::project)
            .answers(Project.class)),
    PROJECTS_GET(get("projects", "get", "/projects/{project_id}").answers(Project.class)),
    PROJECTS_UPDATE(post("projects", "update", "/projects/{project_id}/update")
            .body(ProjectParams.class, FeltRequestBodies::project).answers(Project.class)),
    PROJECTS_DELETE(delete("projects", "delete", "/projects/{project_id}")),
    SOURCES_LIST(get("sources", "list", "/sources").query("workspace_id", FeltConfiguration::getWorkspaceId)
            .answersListOf(SourceReference.class)),
    SOURCES_CREATE(post("sources", "create", "/sources").body(SourceParams.class, FeltRequestBodies::messageBody)
            .answers(SourceReference.class)),
    SOURCES_GET(get("sources", "get", "/sources/{source_id}").answers(Source.class)),
    SOURCES_UPDATE(post("sources", "update", "/sources/{source_id}/update")
            .body(SourceParams.class, FeltRequestBodies::sourceUpdate).answers(SourceReference.class)),
    SOURCES_DELETE(delete("sources", "delete", "/sources/{source_id}")),
    SOURCES_SYNC(post("sources", "sync", "/sources/{source_id}/sync").answers(SourceReference.class)),
    SOURCES_CREATE_CREDENTIAL(post("sources", "createCredential", "/sources/{source_id}/credentials")
            .body(SourceCredentialParams.class, FeltRequestBodies::messageBody).answers(SourceCredential.class)),
    SOURCES_UPDATE_CREDENTIAL(post("sources", "updateCredential",
            "/sources/{source_id}/credentials/{credential_id}/update")
            .body(SourceCredentialParams.class, FeltRequestBodies::messageBody).answers(SourceCredential.class)),
    SOURCES_DELETE_CREDENTIAL(delete("sources", "deleteCredential", "/sources/{source_id}/credentials/{credential_id}")),
    USER_GET(get("user", "get", "/user").answers(User.class));

    private final Declaration declaration;

    FeltOperation(Declaration declaration) {
        this.declaration = declaration;
    }

    /** The operation named by an endpoint's path, e.g. {@code maps} and {@code duplicate}. */
    public static FeltOperation of(String apiName, String methodName) {
        String method = methodName == null || methodName.isBlank() ? null : methodName;
        return Arrays.stream(values())
                .filter(op -> op.declaration.apiName.equals(apiName))
                .filter(op -> method == null ? op.declaration.methodName == null : method.equals(op.declaration.methodName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown felt operation " + apiName + (method == null ? "" : "/" + method)
                                                                + "; valid ones are " + validPaths()));
    }

    private static String validPaths() {
        return Arrays.stream(values()).map(FeltOperation::path).collect(Collectors.joining(", "));
    }

    /** The endpoint path of this operation, e.g. {@code maps/duplicate}. */
    public String path() {
        return declaration.methodName == null ? declaration.apiName : declaration.apiName + "/" + declaration.methodName;
    }

    public String apiName() {
        return declaration.apiName;
    }

    /** The method name in the URI; null for {@code felt:export}. */
    public String methodName() {
        return declaration.methodName;
    }

    /** Whether this operation is one Felt call, as declared; false for felt:export, which has steps of its own. */
    public boolean isCall() {
        return declaration.httpMethod != null;
    }

    /** The HTTP method, e.g. {@code POST}. */
    public String httpMethod() {
        return declaration.httpMethod;
    }

    /** Felt's path below {@code /api/v2}, e.g. {@code /maps/{map_id}}. */
    public String pathTemplate() {
        return String.valueOf(declaration.path);
    }

    /** The ids the path needs, in order. */
    public List<FeltId> ids() {
        return declaration.ids;
    }

    /** The model of the request body, or null when the call has none. */
    public Class<?> bodyModel() {
        return declaration.bodyModel;
    }

    /** The names of the query parameters sent. */
    public List<String> queryParameters() {
        return List.copyOf(declaration.query.keySet());
    }

    /** What a successful answer is decoded as; {@code Void} for none. */
    public JavaType answerType() {
        return declaration.answerType;
    }

    /** What a successful answer is decoded as with these options, for the few operations whose answer they shape. */
    public JavaType answerType(FeltConfiguration configuration) {
        return declaration.answerChooser == null ? declaration.answerType : declaration.answerChooser.apply(configuration);
    }

    /**
     * The call for an exchange: ids from headers or options, body and query from the message or options. Fails with
     * an IllegalArgumentException naming the option or header that is missing or wrong, before anything is sent.
     */
    ApiRequest request(Exchange exchange, FeltConfiguration configuration, FeltRequestBodies bodies) {
        return request(ids(exchange, configuration), declaration.body == null ? null : declaration.body.build(bodies, exchange),
                query(configuration));
    }

    /** The call with these ids and body, e.g. for polls that know their ids. */
    public ApiRequest request(Map<FeltId, String> ids, Object body, Map<String, String> query) {
        if (!isCall()) {
            throw new IllegalStateException("felt:" + path() + " is not a single Felt call");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        ids.forEach((id, value) -> variables.put(id.pathVariable(), value));
        return new ApiRequest(declaration.httpMethod, declaration.path.expand(variables), query, body, Priority.USER);
    }

    private Map<FeltId, String> ids(Exchange exchange, FeltConfiguration configuration) {
        Map<FeltId, String> values = new LinkedHashMap<>();
        for (FeltId id : declaration.ids) {
            values.put(id, FeltIds.required(exchange, id, configuration, this));
        }
        return values;
    }

    private Map<String, String> query(FeltConfiguration configuration) {
        Map<String, String> values = new LinkedHashMap<>();
        declaration.query.forEach((name, value) -> values.put(name, value.apply(configuration)));
        return values;
    }

    private static Declaration get(String apiName, String methodName, String path) {
        return new Declaration(apiName, methodName, "GET", path);
    }

    private static Declaration post(String apiName, String methodName, String path) {
        return new Declaration(apiName, methodName, "POST", path);
    }

    private static Declaration delete(String apiName, String methodName, String path) {
        return new Declaration(apiName, methodName, "DELETE", path);
    }

    /** Builds an operation's request body from the message or the endpoint's options. */
    @FunctionalInterface
    interface BodyBuilder {
        Object build(FeltRequestBodies bodies, Exchange exchange);
    }

    /** One operation's declaration; built fluently in the enum constants above. */
    static final class Declaration {
        private static final JavaType NO_ANSWER = TypeFactory.defaultInstance().constructType(Void.class);

        private final String apiName;
        private final String methodName;
        private final String httpMethod;
        private final PathTemplate path;
        private final List<FeltId> ids;
        private final Map<String, Function<FeltConfiguration, String>> query = new LinkedHashMap<>();
        private Class<?> bodyModel;
        private BodyBuilder body;
        private JavaType answerType = NO_ANSWER;
        private Function<FeltConfiguration, JavaType> answerChooser;

        Declaration(String apiName, String methodName, String httpMethod, String path) {
            this.apiName = apiName;
            this.methodName = methodName;
            this.httpMethod = httpMethod;
            this.path = path == null ? null : PathTemplate.of(path);
            this.ids = this.path == null ? List.of() : this.path.variables().stream().map(FeltId::ofPathVariable).toList();
        }

        /** The body is {@code model} (or a Map, JsonNode or JSON String) from the message, else {@code builder}'s. */
        Declaration body(Class<?> model, BodyBuilder builder) {
            this.bodyModel = model;
            this.body = builder;
            return this;
        }

        /** A query parameter whose value comes from the options; left out when null. */
        Declaration query(String name, Function<FeltConfiguration, String> value) {
            query.put(name, value);
            return this;
        }

        /** The answer is one {@code model}. */
        Declaration answers(Class<?> model) {
            this.answerType = TypeFactory.defaultInstance().constructType(model);
            return this;
        }

        /** The answer is a list of {@code model}, ready for {@code split(body())}. */
        Declaration answersListOf(Class<?> model) {
            this.answerType = TypeFactory.defaultInstance().constructCollectionType(List.class, model);
            return this;
        }

        /** The options decide the answer's type; the declared one is what the docs show. */
        Declaration answersBy(Function<FeltConfiguration, JavaType> chooser) {
            this.answerChooser = chooser;
            return this;
        }
    }
}
