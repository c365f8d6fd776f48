package dev.camelfelt.koordinates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.koordinates.model.ExportItem;
import dev.camelfelt.koordinates.model.ExportRequest;
import org.apache.camel.Exchange;

/**
 * Builds the body of an export request (create, validate, export): the message body when it is an
 * {@link ExportRequest}, a {@code Map}, a Jackson {@code JsonNode} or a non-blank JSON {@code String}; otherwise one
 * made from the endpoint's options. Either way its extent is checked before anything is sent.
 */
final class ExportRequestBodies {

    private static final Pattern ITEM_ID = Pattern.compile("^(?:(layers|tables)/)?(\\d+)/?$");
    private static final List<String> PAGE_SIZES = List.of("a4", "a3", "letter");
    private static final List<String> ORIENTATIONS = List.of("landscape", "portrait");
    private static final Pattern CROP_FEATURE_ID = Pattern.compile("^(?:(\\d+)/)?(\\d+)$");

    private final KoordinatesConfiguration configuration;
    private final String path;
    private final String apiRoot;
    private final ObjectMapper mapper;

    /**
     * @param path    the operation, e.g. {@code exports/create}, for messages
     * @param apiRoot the site's API root ending in {@code /services/api/v1/}, for item and crop feature URLs
     */
    ExportRequestBodies(KoordinatesConfiguration configuration, String path, String apiRoot, ObjectMapper mapper) {
        this.configuration = configuration;
        this.path = path;
        this.apiRoot = apiRoot;
        this.mapper = mapper;
    }

    /** Fails on request options that are wrong whatever the exchange; those left unset are checked per exchange. */
    void checkOptions() {
        if (configuration.getItems() != null) {
            items();
        }
        if (configuration.getFormat() != null || configuration.getFormats() != null) {
            formats();
        }
        options();
        String extent = configuration.getExtent();
        if (extent != null && extent.trim().startsWith("{")) {
            ExtentCheck.check(mapper.valueToTree(extent(null)), "extent option");
        }
    }

    /** The request to send, as JSON. */
    JsonNode exportRequest(Exchange exchange) {
        JsonNode request = fromMessage(exchange);
        if (request == null) {
            request = mapper.valueToTree(fromOptions(exchange));
            ExtentCheck.check(request.path("extent"), "extent option");
        } else {
            ExtentCheck.check(request.path("extent"), "extent of the message body");
        }
        return request;
    }

    private JsonNode fromMessage(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof ExportRequest || body instanceof Map) {
            return mapper.valueToTree(body);
        }
        if (body instanceof JsonNode node) {
            return node;
        }
        if (body instanceof String text && !text.isBlank()) {
            try {
                return mapper.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("koordinates:" + path + ": the message body is not a JSON export"
                                                   + " request: " + e.getOriginalMessage(), e);
            }
        }
        return null;
    }

    private ExportRequest fromOptions(Exchange exchange) {
        return new ExportRequest(items(), configuration.getCrs(), formats(), extent(exchange), configuration.getName(),
                options());
    }

    private List<ExportItem> items() {
        String items = configuration.getItems();
        List<String> entries = items == null ? List.of()
                : Arrays.stream(items.split(",")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("koordinates:" + path + " needs items: set the items option to layer or"
                                               + " table IDs or URLs, or send an export request as the body");
        }
        List<ExportItem> exportItems = new ArrayList<>();
        for (String entry : entries) {
            Matcher id = ITEM_ID.matcher(entry);
            if (id.matches()) {
                exportItems.add(ExportItem.of(apiRoot + (id.group(1) == null ? "layers" : id.group(1)) + "/"
                                              + id.group(2) + "/"));
            } else if (entry.startsWith("http://") || entry.startsWith("https://")) {
                exportItems.add(ExportItem.of(entry.endsWith("/") ? entry : entry + "/"));
            } else {
                throw new IllegalArgumentException("The items option has '" + entry + "', which is neither a layer ID,"
                                                   + " tables/<id> nor an API URL");
            }
        }
        return exportItems;
    }

    private Map<String, String> formats() {
        String formats = configuration.getFormats();
        String format = configuration.getFormat();
        boolean hasFormats = formats != null && !formats.isBlank();
        boolean hasFormat = format != null && !format.isBlank();
        if (hasFormats && hasFormat) {
            throw new IllegalArgumentException("Set the format or the formats option of koordinates:" + path
                                               + ", not both");
        }
        if (hasFormat) {
            return FormatShorthand.of(format).formatsByKind();
        }
        if (!hasFormats) {
            throw new IllegalArgumentException("koordinates:" + path + " needs formats: set the format option (one of "
                                               + FormatShorthand.names() + ") or formats, e.g."
                                               + " vector:application/x-zipped-shp,table:text/csv");
        }
        Map<String, String> byKind = new LinkedHashMap<>();
        for (String entry : formats.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.trim().length() - 1) {
                throw new IllegalArgumentException("The formats option has '" + entry.trim() + "'; each entry is"
                                                   + " kind:mimetype, e.g. vector:application/x-zipped-shp");
            }
            String kind = entry.substring(0, colon).trim();
            String value = entry.substring(colon + 1).trim();
            byKind.put(kind, value.contains("/") ? value : FormatShorthand.of(value).mimeType());
        }
        return byKind;
    }

    private Object extent(Exchange exchange) {
        String extent = configuration.getExtent();
        if (extent == null || extent.isBlank()) {
            return null;
        }
        String text = extent.trim();
        if (text.startsWith("{")) {
            try {
                return mapper.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The extent option is not GeoJSON: " + e.getOriginalMessage(), e);
            }
        }
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return text;
        }
        Matcher ids = CROP_FEATURE_ID.matcher(text);
        if (!ids.matches()) {
            throw new IllegalArgumentException("The extent option must be GeoJSON, a crop feature URL or a crop feature"
                                               + " ID, not '" + text + "'");
        }
        String cropLayerId = ids.group(1) != null ? ids.group(1) : KoordinatesIds.optional(exchange,
                KoordinatesConstants.CROP_LAYER_ID, configuration.getCropLayerId());
        if (cropLayerId == null) {
            throw new IllegalArgumentException("The extent option names crop feature " + text + " but no crop layer:"
                                               + " write cropLayerId/cropFeatureId, or set the cropLayerId option or"
                                               + " the " + KoordinatesConstants.CROP_LAYER_ID + " header");
        }
        return apiRoot + "exports/croplayers/" + cropLayerId + "/cropfeatures/" + ids.group(2) + "/";
    }

    private Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        putIfSet(options, "page_size", oneOf("pageSize", configuration.getPageSize(), PAGE_SIZES));
        putIfSet(options, "page_orientation", oneOf("pageOrientation", configuration.getPageOrientation(),
                ORIENTATIONS));
        putIfSet(options, "include_scale", configuration.getIncludeScale());
        putIfSet(options, "include_scale_grid", configuration.getIncludeScaleGrid());
        putIfSet(options, "include_lat_lon_grid", configuration.getIncludeLatLonGrid());
        putIfSet(options, "include_legend", configuration.getIncludeLegend());
        putIfSet(options, "pdf_raster_dpi", configuration.getPdfRasterDpi());
        Integer multiplier = configuration.getRasterResolutionMultiplier();
        if (multiplier != null && (multiplier < 1 || multiplier > 16)) {
            throw new IllegalArgumentException("The rasterResolutionMultiplier option must be 1 to 16, not "
                                               + multiplier);
        }
        putIfSet(options, "raster_resolution_multiplier", multiplier);
        return options;
    }

    private static String oneOf(String option, String value, List<String> valid) {
        if (value != null && !valid.contains(value)) {
            throw new IllegalArgumentException("The " + option + " option cannot be " + value + ": use one of "
                                               + String.join(", ", valid));
        }
        return value;
    }

    private static void putIfSet(Map<String, Object> options, String key, Object value) {
        if (value != null) {
            options.put(key, value);
        }
    }
}
