package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Projects: list, create, show with their maps, update, delete. */
class ProjectOperationsTest {

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    private FeltTestClient client;

    @BeforeEach
    void setUp() {
        client = new FeltTestClient(felt.simulator());
    }

    @Test
    void listsTheSeededProjectAndShowsItsMaps() {
        JsonNode projects = json(client.get("/api/v2/projects?workspace_id=any"));

        assertThat(projects.toString()).isEqualTo("[{\"id\":\"" + SeedData.DEFAULT_PROJECT_ID + "\",\"type\":\"project_reference\","
                + "\"name\":\"Team Space\",\"visibility\":\"workspace\",\"max_inherited_permission\":\"view_and_edit\","
                + "\"links\":{\"self\":\"" + felt.simulator().baseUrl() + "/api/v2/projects/" + SeedData.DEFAULT_PROJECT_ID + "\"}}]");
        JsonNode project = json(client.get("/api/v2/projects/" + SeedData.DEFAULT_PROJECT_ID));
        assertThat(project.get("type").asText()).isEqualTo("project");
        assertThat(project.at("/maps/0/id").asText()).isEqualTo(felt.simulator().templateMap().mapId());
        assertThat(project.at("/maps/0/type").asText()).isEqualTo("map_reference");
        assertThat(project.at("/maps/0/title").asText()).isEqualTo("Bay Area Parks");
    }

    @Test
    void createsUpdatesAndDeletesAProject() {
        JsonNode created = json(client.post("/api/v2/projects", "{\"name\": \"Field work\", \"visibility\": \"private\"}"));
        String projectId = created.get("id").asText();
        assertThat(created.get("max_inherited_permission").asText()).isEqualTo("view_only");
        assertThat(created.get("maps").size()).isZero();

        JsonNode updated = json(client.post("/api/v2/projects/" + projectId + "/update",
                "{\"name\": \"Field trips\", \"max_inherited_permission\": \"view_and_contribute\"}"));
        assertThat(updated.get("name").asText()).isEqualTo("Field trips");
        assertThat(updated.get("visibility").asText()).isEqualTo("private");
        assertThat(felt.simulator().project(projectId).orElseThrow().maxInheritedPermission()).isEqualTo("view_and_contribute");
        assertThat(json(client.get("/api/v2/projects")).size()).isEqualTo(2);

        assertThat(client.delete("/api/v2/projects/" + projectId).statusCode()).isEqualTo(204);
        assertThat(client.get("/api/v2/projects/" + projectId).statusCode()).isEqualTo(404);
        assertThat(client.delete("/api/v2/projects/" + projectId).statusCode()).isEqualTo(404);
        assertThat(client.post("/api/v2/projects", "{\"name\": \"No visibility\"}").statusCode()).isEqualTo(422);
    }
}
