package dev.camelfelt.felt;

import java.util.List;

import dev.camelfelt.felt.model.Project;
import dev.camelfelt.felt.model.ProjectReference;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** felt:projects/*: one Felt call each, checked against the simulator and Felt's OpenAPI description. */
class ProjectsOperationsTest extends SimulatedFeltTestSupport {

    private static final String SEEDED_PROJECT = "dDkQCouj56copRZft6bfR6";

    @Test
    void listPassesTheWorkspace() throws Exception {
        Message reply = reply(call("felt:projects/list?workspaceId=kq3VWmNtSNGvDuXoTs2Buv"));

        assertLastBodilessRequest(feltRequest(GET, "/api/v2/projects?workspace_id=kq3VWmNtSNGvDuXoTs2Buv"));
        List<ProjectReference> projects = reply.getBody(List.class);
        assertThat(projects).extracting(ProjectReference::id).containsExactly(SEEDED_PROJECT);
    }

    @Test
    void createBuildsTheBodyFromTheOptions() throws Exception {
        Message reply = reply(call("felt:projects/create?name=Field work&visibility=private"
                                   + "&maxInheritedPermission=view_and_contribute"));

        assertLastRequest(jsonRequest(POST, "/api/v2/projects",
                "{\"name\": \"Field work\", \"visibility\": \"private\", \"max_inherited_permission\": \"view_and_contribute\"}"));
        Project project = reply.getBody(Project.class);
        assertThat(project.name()).isEqualTo("Field work");
        assertThat(project.maps()).isEmpty();
    }

    @Test
    void createNeedsAVisibilityBeforeAnyCall() throws Exception {
        Exception e = failure(call("felt:projects/create?name=Field work"), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:projects/create needs the visibility option");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void getAnswersTheProjectWithItsMaps() throws Exception {
        Message reply = reply(call("felt:projects/get?projectId=" + SEEDED_PROJECT));

        assertLastBodilessRequest(feltRequest(GET, "/api/v2/projects/" + SEEDED_PROJECT));
        assertThat(reply.getBody(Project.class).maps()).extracting("title").containsExactly(seeded.title());
    }

    @Test
    void updateSendsOnlyTheOptionsSet() throws Exception {
        Message reply = reply(call("felt:projects/update?projectId=" + SEEDED_PROJECT + "&name=Team"));

        assertLastRequest(jsonRequest(POST, "/api/v2/projects/" + SEEDED_PROJECT + "/update", "{\"name\": \"Team\"}"));
        assertThat(reply.getBody(Project.class).name()).isEqualTo("Team");
    }

    @Test
    void deleteAnswersNoBody() throws Exception {
        Message reply = reply(call("felt:projects/delete?projectId=" + SEEDED_PROJECT));

        assertLastBodilessRequest(feltRequest(DELETE, "/api/v2/projects/" + SEEDED_PROJECT));
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(204);
    }
}
