package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export's ZIP: one file per item, holding the rows inside the extent. Vector layers are written as GeoJSON
 * whatever format was asked for, except CSV, which is written as CSV with lon and lat columns; tables as CSV. The file
 * extension always says which: the simulator does not pretend to write Shapefiles or GeoPackages.
 */
final class ExportArchive {

    private ExportArchive() {
    }

    static byte[] zip(ExportRecord export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RequestedItem item : export.request().items()) {
                SeededLayer layer = item.layer();
                List<SeededFeature> rows = layer.features().stream()
                        .filter(row -> export.request().extent() == null || !row.hasPoint()
                                || export.request().extent().contains(row.lon(), row.lat()))
                        .toList();
                boolean csv = "table".equals(layer.kind()) || "text/csv".equals(export.request().format(layer));
                zip.putNextEntry(new ZipEntry(ExportNames.slug(layer.name()) + (csv ? ".csv" : ".geojson")));
                zip.write(csv ? csv(rows) : geoJson(rows));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export archive", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] geoJson(List<SeededFeature> rows) throws JsonProcessingException {
        ObjectNode collection = Json.MAPPER.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (SeededFeature row : rows) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.set("properties", Json.MAPPER.valueToTree(row.properties()));
            feature.set("geometry", KoordinatesJson.point(row));
        }
        return Json.MAPPER.writeValueAsBytes(collection);
    }

    private static byte[] csv(List<SeededFeature> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.properties().keySet()));
        boolean points = rows.stream().anyMatch(SeededFeature::hasPoint);
        StringBuilder csv = new StringBuilder();
        csv.append(line(Stream.concat(columns.stream(), points ? Stream.of("lon", "lat") : Stream.empty()).toList()));
        for (SeededFeature row : rows) {
            Stream<Object> values = columns.stream().map(row.properties()::get);
            csv.append(line(Stream.concat(values, points ? Stream.of(row.lon(), row.lat()) : Stream.empty()).toList()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<?> values) {
        return values.stream().map(value -> {
            String text = value == null ? "" : String.valueOf(value);
            return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
        }).collect(Collectors.joining(",", "", "\r\n"));
    }
}
