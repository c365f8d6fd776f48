package dev.camelfelt.koordinates.simulator;

/** Export request bodies for the tests. */
final class Requests {

    /** The seed's Canterbury extent: it holds Hokitika airport but not Christchurch's. */
    static final String CANTERBURY = "{\"type\": \"Polygon\", \"coordinates\": [[[170.694580078125, -43.229195113965],"
            + " [170.694580078125, -42.5854442573849], [172.177734375, -42.5854442573849],"
            + " [172.177734375, -43.229195113965], [170.694580078125, -43.229195113965]]]}";

    private Requests() {
    }

    static String export(KoordinatesSimulator simulator, SeededLayer layer, String extraFields) {
        return "{\"crs\": \"EPSG:2193\", \"formats\": {\"vector\": \"application/x-zipped-shp\", \"table\": \"text/csv\"},"
                + " \"items\": [{\"item\": \"" + simulator.itemUrl(layer) + "\"}]" + extraFields + "}";
    }

    static String export(KoordinatesSimulator simulator, SeededLayer layer) {
        return export(simulator, layer, "");
    }

    /** A polygon of the given number of positions, the last one closing the ring. */
    static String polygonWithVertices(int vertices) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i < vertices - 1; i++) {
            double angle = 2 * Math.PI * i / (vertices - 1);
            ring.append('[').append(172 + Math.cos(angle)).append(", ").append(-43 + Math.sin(angle)).append("], ");
        }
        ring.append("[173.0, -43.0]");
        return "{\"type\": \"Polygon\", \"coordinates\": [[" + ring + "]]}";
    }
}
