package dev.camelfelt.felt.simulator;

/** The absolute URLs the simulator hands out, all under the address the client used to reach it. */
record FeltUrls(String baseUrl) {

    static final String DOWNLOAD_PATH_TEMPLATE = "/downloads/{export_id}/Felt-Export.zip";

    /** Returns the browser URL of a map, which like Felt's carries a slug of the title. */
    String map(FeltMap map) {
        String slug = map.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return baseUrl + "/map/" + (slug.isEmpty() ? "" : slug + "-") + map.id();
    }

    /** Returns the API URL of a map. */
    String mapResource(String mapId) {
        return baseUrl + "/api/v2/maps/" + mapId;
    }

    /** Returns the API URL at which a custom export is polled. */
    String pollEndpoint(String mapId, String layerId, String exportId) {
        return mapResource(mapId) + "/layers/" + layerId + "/custom_exports/" + exportId;
    }

    /** Returns the pre-signed download URL of an export. */
    String download(String exportId) {
        return baseUrl + DOWNLOAD_PATH_TEMPLATE.replace("{export_id}", exportId);
    }

    /** Returns the API URL of a layer group. */
    String layerGroupResource(String mapId, String layerGroupId) {
        return mapResource(mapId) + "/layer_groups/" + layerGroupId;
    }

    /** Returns the API URL of a project. */
    String project(String projectId) {
        return baseUrl + "/api/v2/projects/" + projectId;
    }

    /** Returns the API URL of a source. */
    String source(String sourceId) {
        return baseUrl + "/api/v2/sources/" + sourceId;
    }
}
