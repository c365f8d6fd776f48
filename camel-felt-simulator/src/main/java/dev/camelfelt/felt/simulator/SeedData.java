package dev.camelfelt.felt.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixed data every simulator starts from: a template map of parks and Felt's own small layer library. */
final class SeedData {

    static final String DEFAULT_PROJECT_ID = "dDkQCouj56copRZft6bfR6";

    static final FeltProject DEFAULT_PROJECT = new FeltProject(DEFAULT_PROJECT_ID, "Team Space", "workspace", "view_and_edit");

    static final String WORKSPACE_ID = "kq3VWmNtSNGvDuXoTs2Buv";

    /** The user the simulator's token belongs to. */
    static final String USER_ID = "Ey8bhHb0QWOYBsbEvQ6jgq";
    static final String USER_NAME = "Sim Ulator";
    static final String USER_EMAIL = "sim.ulator@example.com";

    static final SeededMap TEMPLATE = new SeededMap(
            "1oRg6XlhyAlqjmnihAXPtJ", "Bay Area Parks", "5dV913Ye2MkYkdSQ7BSHGO", "City Parks", "uAMe2zTkxJ0THmUVTwqcaj", 5,
            "Xc4m2ZkVQpSOYn1tDq7uHe");

    private static final Instant SEEDED_AT = Instant.parse("2025-03-14T09:30:00Z");

    private SeedData() {
    }

    /** Returns the template map as it is after a start or a reset. */
    static FeltMap templateMap() {
        FeltLayerGroup group = new FeltLayerGroup(TEMPLATE.layerGroupId(), "Recreation", "Parks and open space", 0);
        FeltLayer parks = new FeltLayer(TEMPLATE.layerId(), TEMPLATE.layerName(), "Public parks around the bay",
                group.id(), FeltLayer.POINT, null, 1, SEEDED_AT, parks());
        return new FeltMap(TEMPLATE.mapId(), TEMPLATE.title(), "Template map for tests", "default", "view_only",
                DEFAULT_PROJECT_ID, null, null, 37.80, -122.33, 10.0, SEEDED_AT, null,
                List.of(group), List.of(parks), MapViewerPermissions.DEFAULTS, MapTableSettings.DEFAULTS,
                List.of(), List.of(), comments());
    }

    /** Returns the layers of Felt's public data library. */
    static List<FeltLayer> feltLibrary() {
        return List.of(
                new FeltLayer("WKirFw3EELEztXrJU7Z0Lz", "US States", "State boundaries", null, "Polygon", null, 0,
                        SEEDED_AT, List.of()),
                new FeltLayer("lYNcXvNtimNKIkrBbfB4Rt", "World Airports", "Major airports", null, FeltLayer.POINT, null, 1,
                        SEEDED_AT, List.of()));
    }

    /** Returns the comments on the template map: one open, one resolved. */
    static List<FeltComment> comments() {
        return List.of(
                new FeltComment(TEMPLATE.commentId(), "Ada Park", "Is the \"Golden Gate\" entry fee, or free?", -122.4862,
                        37.7694, SEEDED_AT, false),
                new FeltComment("Qv1tC0wLh5Gk8s3BwS0xZ2", "Grace Trail", "Tilden opens at 5am", -122.2447, 37.8958,
                        SEEDED_AT, true));
    }

    private static List<Feature> parks() {
        return List.of(
                park("w4qglNORizzSri28cAFdf6", "Golden Gate Park", "San Francisco", 1017.0, -122.4862, 37.7694),
                park("2V8h5Pir1wJf9eEuxMJIfw", "Tilden Regional Park", "Berkeley", 2079.0, -122.2447, 37.8958),
                park("vcTJMvNiXdTs59nTWim7rr", "Joaquin Miller Park", "Oakland", 500.0, -122.1833, 37.8139),
                park("lYBo5zcaRZez2b8AbJT1DT", "Mission Dolores Park", "San Francisco", 16.0, -122.4276, 37.7596),
                park("euG0nndlV9mjqjWGmjtycz", "Alamo Square", "San Francisco", 12.7, -122.4346, 37.7764));
    }

    private static Feature park(String id, String name, String city, double acres, double longitude, double latitude) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("city", city);
        properties.put("acres", acres);
        return new Feature(id, longitude, latitude, properties);
    }
}
