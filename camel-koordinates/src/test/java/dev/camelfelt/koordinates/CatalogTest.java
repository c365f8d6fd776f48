package dev.camelfelt.koordinates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

/** The generated metadata lists every koordinates operation and describes every option and header. */
class CatalogTest {

    private static final String METADATA = "META-INF/dev/camelfelt/koordinates/koordinates.json";

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
        catalog.addComponent("koordinates", KoordinatesComponent.class.getName(), json);
    }

    @Test
    void acceptsAValidUriForEveryOperation() {
        Map<KoordinatesOperation, String> uris = new EnumMap<>(KoordinatesOperation.class);
        uris.put(KoordinatesOperation.EXPORTS_LIST, "koordinates:exports/list?host=data.linz.govt.nz&apiKey=secret");
        uris.put(KoordinatesOperation.EXPORTS_GET, "koordinates:exports/get?exportId=101&maxRetries=5");
        uris.put(KoordinatesOperation.EXPORTS_CREATE, "koordinates:exports/create?items=50772,tables/51001"
                                                      + "&crs=EPSG:2193&format=gpkg&name=roads");
        uris.put(KoordinatesOperation.EXPORTS_VALIDATE, "koordinates:exports/validate?items=50772"
                                                        + "&formats=vector:shp&extent=2/442");
        uris.put(KoordinatesOperation.EXPORTS_CANCEL, "koordinates:exports/cancel?exportId=101");
        uris.put(KoordinatesOperation.EXPORTS_FORMATS, "koordinates:exports/formats?baseUrl=http://127.0.0.1:8080");
        uris.put(KoordinatesOperation.CROP_LAYERS_LIST, "koordinates:cropLayers/list");
        uris.put(KoordinatesOperation.CROP_LAYERS_GET, "koordinates:cropLayers/get?cropLayerId=2");
        uris.put(KoordinatesOperation.CROP_FEATURES_LIST, "koordinates:cropFeatures/list?cropLayerId=2");
        uris.put(KoordinatesOperation.CROP_FEATURES_GET, "koordinates:cropFeatures/get?cropLayerId=2&cropFeatureId=442");
        uris.put(KoordinatesOperation.EXPORT, "koordinates:export?items=50772&format=pdf&pageSize=a3"
                                              + "&includeLegend=true&waitTimeout=10m&cancelOnTimeout=true&unzip=true");

        assertThat(uris).containsOnlyKeys(KoordinatesOperation.values());
        uris.values().forEach(uri -> {
            EndpointValidationResult result = catalog.validateEndpointProperties(uri);
            assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({
            "koordinates:export?format=gdb, format",
            "koordinates:export?pageSize=a5, pageSize",
            "koordinates:exports/frobnicate, methodName",
            "koordinates:layers/get, apiName" })
    void rejectsAValueOutsideAnEnum(String uri, String option) {
        EndpointValidationResult result = catalog.validateEndpointProperties(uri);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsOnlyKeys(option);
    }

    @Test
    void thePathEnumsAreTheDeclaredOperations() {
        JsonNode properties = metadata.path("properties");

        assertThat(metadata.path("component").path("syntax").asText()).isEqualTo("koordinates:apiName/methodName");
        assertThat(properties.path("apiName").path("required").asBoolean()).isTrue();
        assertThat(texts(properties.path("apiName").path("enum"))).containsExactlyElementsOf(
                Arrays.stream(KoordinatesOperation.values()).map(KoordinatesOperation::apiName).distinct().toList());
        assertThat(texts(properties.path("methodName").path("enum"))).containsExactlyElementsOf(
                new LinkedHashSet<>(Arrays.stream(KoordinatesOperation.values()).map(KoordinatesOperation::methodName)
                        .filter(Objects::nonNull).toList()));
    }

    @Test
    void theFormatEnumIsTheShorthandTable() {
        assertThat(texts(metadata.path("properties").path("format").path("enum"))).containsExactlyElementsOf(
                Arrays.stream(FormatShorthand.values()).map(FormatShorthand::shortName).toList());
    }

    @Test
    void theEndpointIsAsyncAndNothingIsAutowired() {
        CatalogContract.assertAsyncAndNothingAutowired(metadata);
    }

    @Test
    void theApiKeyIsSecret() {
        assertThat(metadata.path("properties").path("apiKey").path("secret").asBoolean()).isTrue();
        assertThat(metadata.path("componentProperties").path("apiKey").path("secret").asBoolean()).isTrue();
    }

    @Test
    void everyEndpointOptionIsListedWithADescription() {
        CatalogContract.assertEveryOptionListed(KoordinatesConfiguration.class, metadata);
        CatalogContract.assertEveryOptionDescribed(metadata);
    }

    @Test
    void everyHeaderIsListedWithADescription() throws IllegalAccessException {
        CatalogContract.assertEveryHeaderListedWithADescription(KoordinatesConstants.class, metadata);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
