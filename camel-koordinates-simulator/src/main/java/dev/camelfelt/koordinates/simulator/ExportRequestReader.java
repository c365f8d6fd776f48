package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an export request body, answering 400 with Django REST Framework's field errors where it is wrong. */
final class ExportRequestReader {

    static final String KML = "application/vnd.google-earth.kml+xml";

    private static final Pattern ITEM_URL = Pattern.compile("^.*/services/api/v1/(layers|tables)/(\\d+)/(?:versions/\\d+/)?$");
    private static final Pattern CROP_FEATURE_URL =
            Pattern.compile("^.*/services/api/v1/exports/croplayers/(\\d+)/cropfeatures/(\\d+)/$");
    private static final Pattern CRS = Pattern.compile("^EPSG:\\d+$");
    private static final Pattern COLOR = Pattern.compile("^#[0-9A-Fa-f]{6}$");
    private static final Set<String> PAGE_SIZES = Set.of("a4", "a3", "letter");
    private static final Set<String> ORIENTATIONS = Set.of("landscape", "portrait");
    private static final String NO_OBJECT = "Invalid hyperlink - Object does not exist.";

    private final FormatChoices formatChoices;

    ExportRequestReader(FormatChoices formatChoices) {
        this.formatChoices = formatChoices;
    }

    ExportRequest read(JsonNode body) {
        if (!body.isObject()) {
            throw ApiError.badRequest("non_field_errors", "Invalid data. Expected a dictionary.");
        }
        List<RequestedItem> items = items(body.path("items"));
        ObjectNode formats = formats(body.path("formats"), items);
        String crs = crs(body.path("crs"), formats);
        JsonNode extentAsGiven = body.path("extent");
        Extent extent = extent(extentAsGiven);
        JsonNode name = body.path("name");
        if (!name.isMissingNode() && !name.isNull() && !name.isTextual()) {
            throw ApiError.badRequest("name", "Not a valid string.");
        }
        JsonNode options = options(body.path("options"));
        return new ExportRequest(items, formats, crs, extent == null ? null : extentAsGiven, extent,
                name.isTextual() && !name.asText().isBlank() ? name.asText() : null, options);
    }

    private static List<RequestedItem> items(JsonNode items) {
        if (!items.isArray() || items.isEmpty()) {
            throw ApiError.badRequest("items", "This field is required.");
        }
        List<RequestedItem> requested = new ArrayList<>();
        for (JsonNode entry : items) {
            Matcher url = ITEM_URL.matcher(entry.path("item").asText());
            if (!entry.path("item").isTextual() || !url.matches()) {
                throw ApiError.badRequest("items", "Each item needs an 'item' with the API URL of a layer or table.");
            }
            SeededLayer layer = SeedData.layer(url.group(1), Integer.parseInt(url.group(2)))
                    .orElseThrow(() -> ApiError.badRequest("items", NO_OBJECT + " " + entry.path("item").asText()));
            JsonNode color = entry.path("color");
            if (!color.isMissingNode() && !COLOR.matcher(color.asText()).matches()) {
                throw ApiError.badRequest("items", "color must be a 7 character RGB value such as #3399DD.");
            }
            requested.add(new RequestedItem(layer, entry));
        }
        return requested;
    }

    private ObjectNode formats(JsonNode formats, List<RequestedItem> items) {
        if (!formats.isObject() || formats.isEmpty()) {
            throw ApiError.badRequest("formats", "This field is required.");
        }
        for (Map.Entry<String, JsonNode> format : formats.properties()) {
            if (!formatChoices.allows(format.getKey(), format.getValue().asText())) {
                throw ApiError.badRequest("formats", "\"" + format.getValue().asText() + "\" is not a valid choice for "
                        + format.getKey() + ".");
            }
        }
        Set<String> kinds = new HashSet<>();
        items.forEach(item -> kinds.add(item.layer().kind()));
        for (String kind : kinds) {
            if (!formats.has(kind)) {
                throw ApiError.badRequest("formats", "No format given for the " + kind + " kind.");
            }
        }
        return (ObjectNode) formats;
    }

    private static String crs(JsonNode crs, ObjectNode formats) {
        if (crs.isMissingNode() || crs.isNull()) {
            boolean onlyKml = formats.properties().stream().allMatch(format -> KML.equals(format.getValue().asText()));
            if (!onlyKml) {
                throw ApiError.badRequest("crs", "This field is required.");
            }
            return null;
        }
        if (!CRS.matcher(crs.asText()).matches()) {
            throw ApiError.badRequest("crs", "Expected EPSG:XXXX, got \"" + crs.asText() + "\".");
        }
        return crs.asText();
    }

    private static Extent extent(JsonNode extent) {
        if (extent.isMissingNode() || extent.isNull()) {
            return null;
        }
        if (extent.isTextual()) {
            Matcher url = CROP_FEATURE_URL.matcher(extent.asText());
            if (!url.matches()) {
                throw ApiError.badRequest("extent", NO_OBJECT);
            }
            return SeedData.cropLayer(Integer.parseInt(url.group(1)))
                    .flatMap(layer -> layer.feature(Integer.parseInt(url.group(2))))
                    .map(Extent::of)
                    .orElseThrow(() -> ApiError.badRequest("extent", NO_OBJECT));
        }
        Extent parsed;
        try {
            parsed = Extent.fromGeoJson(extent);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("extent", e.getMessage());
        }
        if (parsed.vertices() > Extent.MAX_VERTICES) {
            throw ApiError.badRequest("extent", "The extent has " + parsed.vertices() + " vertices; at most "
                    + Extent.MAX_VERTICES + " are allowed.");
        }
        return parsed;
    }

    private static JsonNode options(JsonNode options) {
        if (options.isMissingNode() || options.isNull()) {
            return Json.MAPPER.createObjectNode();
        }
        if (!options.isObject()) {
            throw ApiError.badRequest("options", "Expected an object.");
        }
        JsonNode multiplier = options.path("raster_resolution_multiplier");
        if (!multiplier.isMissingNode() && (!multiplier.canConvertToInt() || multiplier.asInt() < 1 || multiplier.asInt() > 16)) {
            throw ApiError.badRequest("options", "raster_resolution_multiplier must be an integer from 1 to 16.");
        }
        JsonNode pageSize = options.path("page_size");
        if (!pageSize.isMissingNode() && !PAGE_SIZES.contains(pageSize.asText())) {
            throw ApiError.badRequest("options", "page_size must be one of a4, a3, letter.");
        }
        JsonNode orientation = options.path("page_orientation");
        if (!orientation.isMissingNode() && !ORIENTATIONS.contains(orientation.asText())) {
            throw ApiError.badRequest("options", "page_orientation must be landscape or portrait.");
        }
        return options;
    }
}
