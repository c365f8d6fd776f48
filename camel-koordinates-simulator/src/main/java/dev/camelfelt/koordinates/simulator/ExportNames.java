package dev.camelfelt.koordinates.simulator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Names exports as Koordinates appears to: {@code kx-} and a slug of the requested name or of the content. */
final class ExportNames {

    private static final Map<String, String> FORMAT_CODES = Map.of(
            "application/x-zipped-shp", "SHP",
            "application/x-ogc-gpkg", "GPKG",
            "text/csv", "CSV",
            ExportRequestReader.KML, "KML",
            "applicaton/x-ogc-filegdb", "GDB",
            "image/tiff;subtype=geotiff", "GTiff");

    private ExportNames() {
    }

    static String of(ExportRequest request) {
        if (request.name() != null) {
            return "kx-" + slug(request.name());
        }
        SeededLayer first = request.items().get(0).layer();
        String code = FORMAT_CODES.getOrDefault(request.format(first), "EXPORT");
        String layers = request.items().size() == 1 ? slug(first.name()) : slug(first.name()) + "-"
                + request.items().size() + "layers";
        return "kx-" + layers + "-" + code;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "export" : slug;
    }
}
