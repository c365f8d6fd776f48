package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The project operations: list, create, show (with its maps), update, delete. */
final class ProjectOperations {

    private final MapStore maps;
    private final ConcurrentMap<String, FeltProject> projects = new ConcurrentHashMap<>();

    ProjectOperations(MapStore maps) {
        this.maps = maps;
        reset();
    }

    /** Forgets every project and seeds the default one, which the seeded map is in. */
    void reset() {
        projects.clear();
        projects.put(SeedData.DEFAULT_PROJECT.id(), SeedData.DEFAULT_PROJECT);
    }

    /** Returns a project, if it exists. */
    Optional<FeltProject> find(String projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "list_projects", this::list,
                "create_project", this::create,
                "show_project", this::show,
                "update_project", this::update,
                "delete_project", this::delete);
    }

    private ResponseDefinition list(ApiRequest request) {
        ArrayNode references = Json.MAPPER.createArrayNode();
        projects.values().stream().sorted(Comparator.comparing(FeltProject::name))
                .forEach(project -> references.add(reference(project, request.urls())));
        return ApiResponses.ok(references);
    }

    private ResponseDefinition create(ApiRequest request) {
        FeltProject project = new FeltProject(FeltIds.next(), request.text("name"), request.text("visibility"),
                orDefault(request.text("max_inherited_permission"), "view_only"));
        projects.put(project.id(), project);
        return ApiResponses.ok(project(project, request.urls()));
    }

    private ResponseDefinition show(ApiRequest request) {
        return ApiResponses.ok(project(project(request), request.urls()));
    }

    private ResponseDefinition update(ApiRequest request) {
        FeltProject project = projects.computeIfPresent(request.pathParameter("project_id"), (id, found) -> new FeltProject(
                id, orDefault(request.text("name"), found.name()), orDefault(request.text("visibility"), found.visibility()),
                orDefault(request.text("max_inherited_permission"), found.maxInheritedPermission())));
        if (project == null) {
            throw notFound();
        }
        return ApiResponses.ok(project(project, request.urls()));
    }

    private ResponseDefinition delete(ApiRequest request) {
        if (projects.remove(request.pathParameter("project_id")) == null) {
            throw notFound();
        }
        return ApiResponses.noContent();
    }

    private FeltProject project(ApiRequest request) {
        return find(request.pathParameter("project_id")).orElseThrow(ProjectOperations::notFound);
    }

    private ObjectNode project(FeltProject project, FeltUrls urls) {
        ObjectNode node = common(project, "project");
        ArrayNode mapReferences = node.putArray("maps");
        maps.all().stream()
                .filter(map -> project.id().equals(map.projectId()))
                .sorted(Comparator.comparing(FeltMap::createdAt))
                .forEach(map -> mapReferences.add(FeltJsonRenderer.mapReference(map, urls)));
        return node;
    }

    private static ObjectNode reference(FeltProject project, FeltUrls urls) {
        ObjectNode node = common(project, "project_reference");
        node.putObject("links").put("self", urls.project(project.id()));
        return node;
    }

    private static ObjectNode common(FeltProject project, String type) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", project.id());
        node.put("type", type);
        node.put("name", project.name());
        node.put("visibility", project.visibility());
        node.put("max_inherited_permission", project.maxInheritedPermission());
        return node;
    }

    private static FeltApiError notFound() {
        return FeltApiError.notFound("project_id", "Project not found");
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
