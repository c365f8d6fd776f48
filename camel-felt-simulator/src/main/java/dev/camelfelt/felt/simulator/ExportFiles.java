package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes the data file of an export, named after the layer, in the requested format. */
final class ExportFiles {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "csv", "csv", "geojson", "geojson", "gpkg", "gpkg", "geotiff", "tif", "pmtiles", "pmtiles");

    private ExportFiles() {
    }

    /** Returns the data file for an export. */
    static ExportFile render(ExportSource source) {
        FeltLayer layer = source.layer();
        List<Feature> features = layer.features().stream().filter(FeatureFilter.parse(source.filters())).toList();
        String format = source.outputFormat();
        String name = layer.name().replaceAll("[\\\\/:*?\"<>|]", "_") + "." + EXTENSIONS.getOrDefault(format, format);
        byte[] content = switch (format) {
            case "geojson" -> geoJson(features);
            case "csv" -> csv(features).getBytes(StandardCharsets.UTF_8);
            // binary formats are only recognised by name in tests, so a short text stands in for them
            default -> ("Felt simulator placeholder for a " + format + " export of layer '" + layer.name() + "' with "
                    + features.size() + " features\n").getBytes(StandardCharsets.UTF_8);
        };
        return new ExportFile(name, content);
    }

    private static byte[] geoJson(List<Feature> features) {
        try {
            return Json.MAPPER.writeValueAsBytes(FeltJsonRenderer.featureCollection(features));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write GeoJSON", e);
        }
    }

    /** One row per feature: its attributes in the order they first appear, then lon and lat. */
    private static String csv(List<Feature> features) {
        Set<String> attributes = new LinkedHashSet<>();
        features.forEach(feature -> attributes.addAll(feature.properties().keySet()));
        StringBuilder csv = new StringBuilder();
        csv.append(row(Stream.concat(attributes.stream(), Stream.of("lon", "lat")).toList()));
        for (Feature feature : features) {
            csv.append(row(Stream.concat(attributes.stream().map(feature.properties()::get),
                    Stream.of(feature.longitude(), feature.latitude())).toList()));
        }
        return csv.toString();
    }

    private static String row(List<?> values) {
        return values.stream().map(ExportFiles::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** Quotes a field as RFC 4180 requires when it holds a separator, quote or line break. */
    private static String field(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
