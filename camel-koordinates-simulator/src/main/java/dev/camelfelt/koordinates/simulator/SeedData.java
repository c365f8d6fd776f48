package dev.camelfelt.koordinates.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every simulator starts with: three layers, one table and a crop layer of New Zealand regions. */
final class SeedData {

    /** Airports all over New Zealand, including Hokitika and Christchurch inside the seed's Canterbury extent. */
    static final SeededLayer AIRPORTS = new SeededLayer(50772, "NZ Airports", "vector", List.of(
            airport("AKL", "Auckland", 174.7850, -37.0082),
            airport("WLG", "Wellington", 174.8050, -41.3272),
            airport("CHC", "Christchurch", 172.5320, -43.4894),
            airport("HKK", "Hokitika", 170.9840, -42.7136),
            airport("ZQN", "Queenstown", 168.7392, -45.0211),
            airport("DUD", "Dunedin", 170.1983, -45.9281)));

    /** Huts on the Chatham Islands only: any mainland extent misses this layer. */
    static final SeededLayer CHATHAM_HUTS = new SeededLayer(50804, "Chatham Islands Huts", "vector", List.of(
            feature(Map.of("name", "Waitangi Hut"), -176.5590, -43.9530),
            feature(Map.of("name", "Pitt Island Hut"), -176.2200, -44.2600)));

    /** A table without geometry. */
    static final SeededLayer AIRPORT_CODES = new SeededLayer(51001, "NZ Airport Codes", "table", List.of(
            feature(Map.of("iata", "AKL", "icao", "NZAA"), null, null),
            feature(Map.of("iata", "WLG", "icao", "NZWN"), null, null),
            feature(Map.of("iata", "CHC", "icao", "NZCH"), null, null)));

    static final List<SeededLayer> LAYERS = List.of(AIRPORTS, CHATHAM_HUTS, AIRPORT_CODES);

    static final CropLayer REGIONS = new CropLayer(2, "NZ Regions (simplified)", List.of(
            rectangle(442, "Canterbury", 169.5, -45.0, 174.0, -41.9),
            rectangle(443, "Auckland", 174.4, -37.3, 175.3, -36.5),
            rectangle(444, "Wellington", 174.6, -41.5, 175.3, -40.9)));

    static final List<CropLayer> CROP_LAYERS = List.of(REGIONS);

    private SeedData() {
    }

    static Optional<SeededLayer> layer(String collection, int id) {
        return LAYERS.stream().filter(layer -> layer.apiPath().equals(collection + "/" + id + "/")).findFirst();
    }

    static Optional<CropLayer> cropLayer(int id) {
        return CROP_LAYERS.stream().filter(layer -> layer.id() == id).findFirst();
    }

    private static SeededFeature airport(String code, String name, double lon, double lat) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("iata", code);
        properties.put("name", name);
        return feature(properties, lon, lat);
    }

    private static SeededFeature feature(Map<String, Object> properties, Double lon, Double lat) {
        return new SeededFeature(properties, lon, lat);
    }

    private static CropFeature rectangle(int id, String name, double minLon, double minLat, double maxLon,
            double maxLat) {
        return new CropFeature(id, name, List.of(new double[] { minLon, minLat }, new double[] { maxLon, minLat },
                new double[] { maxLon, maxLat }, new double[] { minLon, maxLat }, new double[] { minLon, minLat }));
    }
}
