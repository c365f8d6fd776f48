package dev.camelfelt.felt;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.engine.testing.CatalogContract;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated metadata lets tooling validate felt URIs and document every option and header. */
class CatalogTest {

    private static final String METADATA = "META-INF/dev/camelfelt/felt/felt.json";
    private static final String IDS = "mapId=mNv8yD4VQ9aWbYQ2fh7sRkA&layerId=8TvJ4tF9RoGQDk2Nw7ZqXyA";

    private static JsonNode metadata;
    private static CamelCatalog catalog;

    @BeforeAll
    static void loadMetadata() throws IOException {
        String json;
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream(METADATA)) {
            assertThat(in).as(METADATA + " on the classpath").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        metadata = new ObjectMapper().readTree(json);
        catalog = new DefaultCamelCatalog();
        catalog.addComponent("felt", FeltComponent.class.getName(), json);
    }

    @Test
    void acceptsAValidUriForEveryOperation() {
        Map<FeltOperation, String> uris = new EnumMap<>(FeltOperation.class);
        uris.put(FeltOperation.MAPS_CREATE, "felt:maps/create?title=Wildfires&publicAccess=view_only&lat=37.8"
                                            + "&lon=-122.4&zoom=9&basemap=light&apiToken=secret");
        uris.put(FeltOperation.MAPS_GET, "felt:maps/get?mapId=mNv8yD4VQ9aWbYQ2fh7sRkA&maxRetries=5");
        uris.put(FeltOperation.MAPS_UPDATE, "felt:maps/update?mapId=mNv8yD4VQ9aWbYQ2fh7sRkA&title=Wildfires"
                                            + "&publicAccess=private");
        uris.put(FeltOperation.MAPS_DELETE, "felt:maps/delete?mapId=mNv8yD4VQ9aWbYQ2fh7sRkA");
        uris.put(FeltOperation.MAPS_MOVE, "felt:maps/move?mapId=mNv8yD4VQ9aWbYQ2fh7sRkA"
                                          + "&folderId=F3eWq9LmS6uBt2Yx8NkRzGA");
        uris.put(FeltOperation.MAPS_DUPLICATE, "felt:maps/duplicate?mapId=mNv8yD4VQ9aWbYQ2fh7sRkA&title=Copy"
                                               + "&projectId=Y0aC9BrbT9CmpFYr6ChVqXB");
        uris.put(FeltOperation.LIBRARY_LIST, "felt:library/list?source=felt");
        uris.put(FeltOperation.LIBRARY_PUBLISH_LAYER, "felt:library/publishLayer?" + IDS + "&name=Fires");
        uris.put(FeltOperation.LIBRARY_PUBLISH_LAYER_GROUP, "felt:library/publishLayerGroup"
                                                            + "?mapId=mNv8yD4VQ9aWbYQ2fh7sRkA"
                                                            + "&layerGroupId=Hc5tY1pNRkq8Ws3Ge6UzLbA&name=Hydrology");
        uris.put(FeltOperation.EXPORT_LINK, "felt:export/link?" + IDS + "&retryMaxDelay=10s");
        uris.put(FeltOperation.EXPORT_CREATE, "felt:export/create?" + IDS + "&format=geojson");
        uris.put(FeltOperation.EXPORT_STATUS, "felt:export/status?" + IDS + "&exportId=FZWQjWZJSZWvW3yn9BeV9AyA");
        uris.put(FeltOperation.EXPORT, "felt:export?" + IDS + "&format=gpkg&waitTimeout=10m&unzip=true");
        String map = "mapId=mNv8yD4VQ9aWbYQ2fh7sRkA";
        uris.put(FeltOperation.MAPS_EMBED_TOKEN, "felt:maps/embedToken?" + map + "&userEmail=viewer@example.com");
        uris.put(FeltOperation.MAPS_ADD_SOURCE_LAYER, "felt:maps/addSourceLayer?" + map);
        uris.put(FeltOperation.LAYERS_LIST, "felt:layers/list?" + map);
        uris.put(FeltOperation.LAYERS_GET, "felt:layers/get?" + IDS);
        uris.put(FeltOperation.LAYERS_UPDATE, "felt:layers/update?" + map);
        uris.put(FeltOperation.LAYERS_DELETE, "felt:layers/delete?" + IDS);
        uris.put(FeltOperation.LAYERS_UPDATE_STYLE, "felt:layers/updateStyle?" + IDS);
        uris.put(FeltOperation.LAYERS_UPLOAD, "felt:layers/upload?" + map + "&name=Quakes"
                                              + "&importUrl=https://example.com/quakes.geojson");
        uris.put(FeltOperation.LAYERS_REFRESH, "felt:layers/refresh?" + IDS);
        uris.put(FeltOperation.LAYERS_DUPLICATE, "felt:layers/duplicate");
        uris.put(FeltOperation.LAYER_GROUPS_LIST, "felt:layerGroups/list?" + map);
        uris.put(FeltOperation.LAYER_GROUPS_GET, "felt:layerGroups/get?" + map + "&layerGroupId=Hc5tY1pNRkq8Ws3Ge6UzLbA");
        uris.put(FeltOperation.LAYER_GROUPS_UPDATE, "felt:layerGroups/update?" + map
                                                    + "&layerGroupId=Hc5tY1pNRkq8Ws3Ge6UzLbA&name=Hydrology");
        uris.put(FeltOperation.LAYER_GROUPS_UPDATE_MANY, "felt:layerGroups/updateMany?" + map);
        uris.put(FeltOperation.LAYER_GROUPS_DELETE, "felt:layerGroups/delete?" + map
                                                    + "&layerGroupId=Hc5tY1pNRkq8Ws3Ge6UzLbA");
        uris.put(FeltOperation.ELEMENTS_LIST, "felt:elements/list?" + map);
        uris.put(FeltOperation.ELEMENTS_UPSERT, "felt:elements/upsert?" + map);
        uris.put(FeltOperation.ELEMENTS_DELETE, "felt:elements/delete?" + map + "&elementId=Ek2Lp9QwRt5Yu7Io3PaSdF");
        uris.put(FeltOperation.ELEMENT_GROUPS_LIST, "felt:elementGroups/list?" + map);
        uris.put(FeltOperation.ELEMENT_GROUPS_GET, "felt:elementGroups/get?" + map + "&elementGroupId=Gr4Ty6UiOp8AsDf0GhJkLz");
        uris.put(FeltOperation.ELEMENT_GROUPS_UPSERT, "felt:elementGroups/upsert?" + map);
        uris.put(FeltOperation.COMMENTS_EXPORT, "felt:comments/export?" + map + "&commentFormat=csv");
        uris.put(FeltOperation.COMMENTS_RESOLVE, "felt:comments/resolve?" + map + "&commentId=Cm1Nb3Vc5Xz7Lk9Jh2Gf4D");
        uris.put(FeltOperation.COMMENTS_DELETE, "felt:comments/delete?" + map + "&commentId=Cm1Nb3Vc5Xz7Lk9Jh2Gf4D");
        uris.put(FeltOperation.PROJECTS_LIST, "felt:projects/list?workspaceId=Wk7Sp2Ac4De6Fg8Hi0Jk1L");
        uris.put(FeltOperation.PROJECTS_CREATE, "felt:projects/create?name=Field work&visibility=private"
                                                + "&maxInheritedPermission=view_and_edit");
        uris.put(FeltOperation.PROJECTS_GET, "felt:projects/get?projectId=Y0aC9BrbT9CmpFYr6ChVqXB");
        uris.put(FeltOperation.PROJECTS_UPDATE, "felt:projects/update?projectId=Y0aC9BrbT9CmpFYr6ChVqXB&visibility=workspace");
        uris.put(FeltOperation.PROJECTS_DELETE, "felt:projects/delete?projectId=Y0aC9BrbT9CmpFYr6ChVqXB");
        uris.put(FeltOperation.SOURCES_LIST, "felt:sources/list?workspaceId=Wk7Sp2Ac4De6Fg8Hi0Jk1L");
        uris.put(FeltOperation.SOURCES_CREATE, "felt:sources/create");
        uris.put(FeltOperation.SOURCES_GET, "felt:sources/get?sourceId=Sr3Cw5Ev7Rb9Tn1My2Ux4Q");
        uris.put(FeltOperation.SOURCES_UPDATE, "felt:sources/update?sourceId=Sr3Cw5Ev7Rb9Tn1My2Ux4Q&name=Lake");
        uris.put(FeltOperation.SOURCES_DELETE, "felt:sources/delete?sourceId=Sr3Cw5Ev7Rb9Tn1My2Ux4Q");
        uris.put(FeltOperation.SOURCES_SYNC, "felt:sources/sync?sourceId=Sr3Cw5Ev7Rb9Tn1My2Ux4Q");
        uris.put(FeltOperation.SOURCES_CREATE_CREDENTIAL, "felt:sources/createCredential?sourceId=Sr3Cw5Ev7Rb9Tn1My2Ux4Q");
        uris.put(FeltOperation.SOURCES_UPDATE_CREDENTIAL, "felt:sources/updateCredential?sourceId=Sr3Cw5Ev7Rb9Tn1My2Ux4Q"
                                                          + "&credentialId=Cr8Dn6Tl4Ks2Jm0Hq9Gp7W");
        uris.put(FeltOperation.SOURCES_DELETE_CREDENTIAL, "felt:sources/deleteCredential?sourceId=Sr3Cw5Ev7Rb9Tn1My2Ux4Q"
                                                          + "&credentialId=Cr8Dn6Tl4Ks2Jm0Hq9Gp7W");
        uris.put(FeltOperation.USER_GET, "felt:user/get");

        assertThat(uris).containsOnlyKeys(FeltOperation.values());
        uris.values().forEach(uri -> {
            EndpointValidationResult result = catalog.validateEndpointProperties(uri);
            assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
        });
    }

    @Test
    void rejectsAnUnknownOption() {
        EndpointValidationResult result =
                catalog.validateEndpointProperties("felt:maps/get?mapId=mNv8yD4VQ9aWbYQ2fh7sRkA&map=Wildfires");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactly("map");
    }

    @ParameterizedTest
    @CsvSource({
            "felt:maps/create?publicAccess=public, publicAccess",
            "felt:export/create?format=shp, format",
            "felt:library/list?source=everything, source",
            "felt:maps/frobnicate, methodName",
            "felt:comments/export?commentFormat=xml, commentFormat",
            "felt:projects/create?visibility=public, visibility",
            "felt:folders/get, apiName" })
    void rejectsAValueOutsideAnEnum(String uri, String option) {
        EndpointValidationResult result = catalog.validateEndpointProperties(uri);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsOnlyKeys(option);
    }

    @Test
    void apiNameAndMethodNameAreThePathParameters() {
        JsonNode properties = metadata.path("properties");

        assertThat(metadata.path("component").path("syntax").asText()).isEqualTo("felt:apiName/methodName");
        assertThat(properties.path("apiName").path("kind").asText()).isEqualTo("path");
        assertThat(properties.path("apiName").path("required").asBoolean()).isTrue();
        assertThat(properties.path("methodName").path("kind").asText()).isEqualTo("path");
    }

    @Test
    void thePathEnumsListWhatTheOperationsDeclare() {
        JsonNode properties = metadata.path("properties");
        List<String> apiNames = Arrays.stream(FeltOperation.values()).map(FeltOperation::apiName).distinct().toList();
        List<String> methodNames = Arrays.stream(FeltOperation.values()).map(FeltOperation::methodName)
                .filter(Objects::nonNull).distinct().toList();

        assertThat(String.join(",", texts(properties.path("apiName").path("enum"))))
                .as("@UriPath(enums) of FeltEndpoint.apiName").isEqualTo(String.join(",", apiNames));
        assertThat(String.join(",", texts(properties.path("methodName").path("enum"))))
                .as("@UriPath(enums) of FeltEndpoint.methodName").isEqualTo(String.join(",", methodNames));
    }

    @Test
    void theEndpointIsAsyncAndNothingIsAutowired() {
        CatalogContract.assertAsyncAndNothingAutowired(metadata);
    }

    @Test
    void theApiTokenIsSecret() {
        assertThat(metadata.path("properties").path("apiToken").path("secret").asBoolean()).isTrue();
        assertThat(metadata.path("componentProperties").path("apiToken").path("secret").asBoolean()).isTrue();
    }

    @Test
    void everyEndpointOptionIsListed() {
        CatalogContract.assertEveryOptionListed(FeltConfiguration.class, metadata);
    }

    @Test
    void everyOptionHasADescription() {
        CatalogContract.assertEveryOptionDescribed(metadata);
    }

    @Test
    void everyHeaderIsListedWithADescription() throws IllegalAccessException {
        CatalogContract.assertEveryHeaderListedWithADescription(FeltConstants.class, metadata);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
