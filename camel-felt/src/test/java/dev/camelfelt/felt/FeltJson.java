package dev.camelfelt.felt;

/** Felt's answers as the spec shapes them, with IDs in Felt's format. */
final class FeltJson {

    static final String MAP_ID = "mNv8yD4VQ9aWbYQ2fh7sRkA";
    static final String OTHER_MAP_ID = "Kd2pGx7TQWu0cLbV9mZ3eHA";
    static final String COPY_ID = "q4Lr8sUoRZ2nFw9YjX1bTcB";
    static final String LAYER_ID = "8TvJ4tF9RoGQDk2Nw7ZqXyA";
    static final String OTHER_LAYER_ID = "wB3nR6kLS0m9QaXc2VdE7fA";
    static final String LAYER_GROUP_ID = "Hc5tY1pNRkq8Ws3Ge6UzLbA";
    static final String OTHER_LAYER_GROUP_ID = "zP0qM4vXT2yJr7KfN9cWsDA";
    static final String PROJECT_ID = "Y0aC9BrbT9CmpFYr6ChVqXB";
    static final String OTHER_PROJECT_ID = "T7fVj2kDRm4Qe8Zn1XwHcPA";
    static final String FOLDER_ID = "F3eWq9LmS6uBt2Yx8NkRzGA";
    static final String OTHER_FOLDER_ID = "c9UaR1sKQ7nDw4Hy2JmXeVA";
    static final String WORKSPACE_ID = "W5rNt8yBQ3kZp1Lc6VxMdEA";

    static final String EXPORT_LINK =
            "https://us1.data-pipeline.felt.com/0d2b7bbf-3b4c-4d4b-9d5c-0f9c0b3b6e7a/Fire-perimeters.gpkg";

    private FeltJson() {
    }

    static String map(String id, String title) {
        return map(id, title, PROJECT_ID, null, "view_and_comment");
    }

    static String map(String id, String title, String projectId, String folderId, String publicAccess) {
        return """
                {
                  "id": "%1$s",
                  "type": "map",
                  "title": "%2$s",
                  "url": "https://felt.com/map/%1$s",
                  "thumbnail_url": "https://felt.com/api/v2/maps/%1$s/thumbnail.png",
                  "created_at": "2025-03-14T09:26:53Z",
                  "visited_at": "2025-03-15T11:02:10Z",
                  "basemap": "default",
                  "project_id": "%3$s",
                  "folder_id": %4$s,
                  "public_access": "%5$s",
                  "layers": [%6$s],
                  "layer_groups": [%7$s],
                  "elements": {"type": "FeatureCollection", "features": []},
                  "element_groups": [],
                  "table_settings": {"default_table_layer_id": null, "viewers_can_open_table": true},
                  "viewer_permissions": {"can_duplicate_map": true, "can_export_data": false,
                                         "can_see_map_presence": true},
                  "links": {"self": "https://felt.com/api/v2/maps/%1$s"}
                }
                """.formatted(id, title, projectId, quotedOrNull(folderId), publicAccess,
                layer(id, LAYER_ID, "Fire perimeters"), layerGroup(id, LAYER_GROUP_ID, "Hydrology"));
    }

    static String layer(String mapId, String id, String name) {
        return """
                {
                  "id": "%2$s",
                  "type": "layer",
                  "name": "%3$s",
                  "caption": "CAL FIRE perimeters, 2024 season",
                  "status": "completed",
                  "progress": 100,
                  "geometry_type": "Polygon",
                  "hide_from_legend": false,
                  "is_spreadsheet": false,
                  "ordering_key": 1,
                  "refresh_period": "disabled",
                  "refresh_status": "disabled",
                  "tile_url": "https://tiles.felt.com/layers/%2$s/{z}/{x}/{y}.pbf",
                  "last_refreshed_at": null,
                  "attributes": [{"name": "FIRE_NAME", "type": "TEXT"}, {"name": "GIS_ACRES", "type": "REAL"}],
                  "metadata": {"source_name": "CAL FIRE", "source_abbreviation": "CAL FIRE",
                               "source_url": "https://www.fire.ca.gov/", "license": "Public domain",
                               "attribution_text": null, "attribution_url": null, "description": null,
                               "updated_at": "2024-12-31"},
                  "style": {"version": "2.3", "type": "simple", "config": {},
                            "paint": {"color": "#EA3891", "strokeColor": "#A02167"}},
                  "links": {"self": "https://felt.com/api/v2/maps/%1$s/layers/%2$s"}
                }
                """.formatted(mapId, id, name);
    }

    static String layerGroup(String mapId, String id, String name) {
        return """
                {
                  "id": "%2$s",
                  "type": "layer_group",
                  "name": "%3$s",
                  "caption": null,
                  "visibility_interaction": "default",
                  "legend_visibility": "show",
                  "ordering_key": 2,
                  "layers": [%4$s],
                  "links": {"self": "https://felt.com/api/v2/maps/%1$s/layer_groups/%2$s"}
                }
                """.formatted(mapId, id, name, layer(mapId, OTHER_LAYER_ID, "Rivers"));
    }

    static String library() {
        return """
                {"type": "layer_library", "layers": [%s], "layer_groups": [%s]}
                """.formatted(layer(MAP_ID, LAYER_ID, "Fire perimeters"),
                layerGroup(MAP_ID, LAYER_GROUP_ID, "Hydrology"));
    }

    static String exportLink() {
        return """
                {"export_link": "%s"}
                """.formatted(EXPORT_LINK);
    }

    /** An error response: {@code source} is the JSON of the source object, or null for none. */
    static String errors(String title, String detail, String source) {
        return """
                {"errors": [{"title": "%s", "detail": "%s"%s}]}
                """.formatted(title, detail, source == null ? "" : ", \"source\": " + source);
    }

    private static String quotedOrNull(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
