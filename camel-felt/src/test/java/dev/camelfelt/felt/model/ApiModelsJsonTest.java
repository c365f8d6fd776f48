package dev.camelfelt.felt.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** The models read Felt's snake_case JSON even with fields Felt adds later, and write only the fields set. */
class ApiModelsJsonTest {

    // a strict mapper, as an application may register one: unknown fields must still be tolerated by the models
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void readsAnUploadResponseKeepingTheOrderOfThePresignedFields() throws Exception {
        UploadResponse response = MAPPER.readValue("{\"type\":\"upload_response\",\"layer_id\":\"L1\",\"layer_group_id\":\"G1\","
                + "\"url\":\"https://storage/bucket\",\"presigned_attributes\":{\"key\":\"k\",\"policy\":\"p\",\"x-amz-signature\":\"s\"},"
                + "\"added_later\":true}", UploadResponse.class);

        assertThat(response.layerId()).isEqualTo("L1");
        assertThat(response.layerGroupId()).isEqualTo("G1");
        assertThat(response.presignedAttributes().keySet()).containsExactly("key", "policy", "x-amz-signature");
    }

    @Test
    void readsTheOldSpellingOfPresignedAttributes() throws Exception {
        UploadResponse response = MAPPER.readValue("{\"presigned_attribues\":{\"key\":\"k\"}}", UploadResponse.class);

        assertThat(response.presignedAttributes()).containsEntry("key", "k");
    }

    @Test
    void readsSourcesProjectsAndElementGroupsWithUnknownFields() throws Exception {
        SourceReference source = MAPPER.readValue("{\"id\":\"S1\",\"type\":\"source_reference\",\"sync_status\":\"syncing\","
                + "\"connection_type\":\"postgresql\",\"last_synced_at\":null,\"created_at\":1700000000000,\"new\":1}",
                SourceReference.class);
        Project project = MAPPER.readValue("{\"id\":\"P1\",\"name\":\"Team\",\"max_inherited_permission\":\"view_only\","
                + "\"maps\":[{\"id\":\"M1\",\"title\":\"Parks\",\"project_id\":\"P1\",\"extra\":[]}]}", Project.class);
        ElementGroup group = MAPPER.readValue("{\"id\":\"E1\",\"name\":\"Stops\",\"color\":\"#C93535\",\"symbol\":\"dot\","
                + "\"elements\":{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"}]}}", ElementGroup.class);

        assertThat(source.syncStatus()).isEqualTo("syncing");
        assertThat(source.createdAt()).isEqualTo(1700000000000L);
        assertThat(project.maps()).extracting(MapReference::title).containsExactly("Parks");
        assertThat(group.elements().features()).hasSize(1);
    }

    @Test
    void writesOnlyTheFieldsSetInFeltsNames() throws Exception {
        assertThat(MAPPER.writeValueAsString(UploadParams.importUrl("Quakes", "https://example.com/q.geojson")))
                .isEqualTo("{\"name\":\"Quakes\",\"import_url\":\"https://example.com/q.geojson\"}");
        assertThat(MAPPER.writeValueAsString(AddSourceLayerParams.sql("S1", "select 1")))
                .isEqualTo("{\"from\":\"sql\",\"source_id\":\"S1\",\"query\":\"select 1\"}");
        assertThat(MAPPER.writeValueAsString(List.of(DuplicateLayerParams.layerGroup("G1", "M2"))))
                .isEqualTo("[{\"source_layer_group_id\":\"G1\",\"destination_map_id\":\"M2\"}]");
        assertThat(MAPPER.writeValueAsString(new ProjectParams("Field work", ProjectVisibility.PRIVATE,
                ProjectPermission.VIEW_AND_CONTRIBUTE)))
                .isEqualTo("{\"name\":\"Field work\",\"visibility\":\"private\",\"max_inherited_permission\":\"view_and_contribute\"}");
        assertThat(MAPPER.writeValueAsString(new LayerUpdateParams("L1", null, null, null, 3, "day", null, null, null)))
                .isEqualTo("{\"id\":\"L1\",\"ordering_key\":3,\"refresh_period\":\"day\"}");
        assertThat(MAPPER.writeValueAsString(CommentFormat.GEOJSON)).isEqualTo("\"geojson\"");
    }

    @Test
    void leavesSecretsOutOfToString() {
        SourceParams source = new SourceParams("Warehouse",
                JsonNodeFactory.instance.objectNode().put("type", "postgresql").put("password", "s3cret"), null);
        SourceCredentialParams credential = new SourceCredentialParams("Key", "source_authentication",
                JsonNodeFactory.instance.objectNode().put("private_key", "s3cret"));
        EmbedToken token = new EmbedToken("s3cret", "2030-01-01T00:00:00Z");

        assertThat(List.of(source.toString(), credential.toString(), token.toString()))
                .allSatisfy(text -> assertThat(text).doesNotContain("s3cret").contains("xxxxxx"));
    }
}
