package dev.camelfelt.koordinates;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one table from a short format name to the mime type Koordinates expects for each kind of data that can be
 * exported in it. Mime types are spelt as real servers serve them, the File Geodatabase one ({@code applicaton/...})
 * included: a correctly spelt one has never been seen.
 */
public enum FormatShorthand {
    SHP("application/x-zipped-shp", "vector", "table"),
    GPKG("application/x-ogc-gpkg", "vector", "table"),
    CSV("text/csv", "vector", "table"),
    KML("application/vnd.google-earth.kml+xml", "vector", "raster"),
    FILEGDB("applicaton/x-ogc-filegdb", "vector", "table"),
    MAPINFO("application/x-ogc-mapinfo_file", "vector", "table"),
    MIF("application/x-ogc-mapinfo_file+mif", "vector", "table"),
    DWG("image/vnd.dwg", "vector", "raster"),
    PDF("application/pdf", "vector", "raster", "grid"),
    GEOTIFF("image/tiff;subtype=geotiff", "raster", "grid", "rat"),
    JPEG("image/jpeg", "raster"),
    JP2("image/jp2", "raster"),
    JP2_LOSSLESS("image/jp2;compression=lossless", "raster"),
    KEA("application/x-hdf;subtype=kea", "raster", "grid", "rat"),
    ERDAS("application/x-erdas-hfa", "raster", "rat"),
    AAIGRID("application/x-ogc-aaigrid", "grid");

    private final String mimeType;
    private final String[] kinds;

    FormatShorthand(String mimeType, String... kinds) {
        this.mimeType = mimeType;
        this.kinds = kinds;
    }

    /** The shorthand named {@code gpkg}, {@code jp2_lossless}, ... in any case. */
    public static FormatShorthand of(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(format -> format.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format '" + name + "'; known ones are "
                        + names()));
    }

    /** The names, in lower case, separated by commas. */
    public static String names() {
        return Arrays.stream(values()).map(FormatShorthand::shortName).collect(Collectors.joining(", "));
    }

    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mimeType() {
        return mimeType;
    }

    /** The formats entry of an export request: each kind this format is offered for, mapped to its mime type. */
    public Map<String, String> formatsByKind() {
        Map<String, String> formats = new LinkedHashMap<>();
        for (String kind : kinds) {
            formats.put(kind, mimeType);
        }
        return formats;
    }
}
