package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The export calls: list, create, validate, get, cancel, formats and the download redirect. */
final class ExportApi {

    static final int PAGE_SIZE = 10;

    private final ExportStore exports;
    private final ExportRequestReader reader;
    private final FormatChoices formats;
    private final Supplier<CreateAnswer> createAnswer;
    private final Supplier<String> storageUrl;

    ExportApi(ExportStore exports, FormatChoices formats, Supplier<CreateAnswer> createAnswer,
            Supplier<String> storageUrl) {
        this.exports = exports;
        this.reader = new ExportRequestReader(formats);
        this.formats = formats;
        this.createAnswer = createAnswer;
        this.storageUrl = storageUrl;
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.of("GET", "exports/", this::list),
                ApiRoute.of("POST", "exports/", this::create),
                ApiRoute.of("OPTIONS", "exports/", call -> ApiResponses.ok(formats.document())),
                ApiRoute.of("POST", "exports/validate/", this::validate),
                ApiRoute.of("GET", "exports/{id}/", this::get),
                ApiRoute.of("DELETE", "exports/{id}/", this::cancel),
                ApiRoute.of("GET", "exports/{id}/download/", this::download));
    }

    /** One page of summaries, newest first, with the {@code Link} and range headers of Koordinates' lists. */
    private ResponseDefinition list(ApiCall call) {
        List<ExportRecord> all = exports.list();
        int page = call.query("page").map(ExportApi::page).orElse(1);
        int lastPage = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > lastPage) {
            throw ApiError.of(404, "Invalid page.");
        }
        int from = (page - 1) * PAGE_SIZE;
        int to = Math.min(all.size(), from + PAGE_SIZE);
        ArrayNode body = Json.MAPPER.createArrayNode();
        all.subList(from, to).forEach(export -> body.add(KoordinatesJson.exportSummary(export, call.urls())));
        List<String> links = new ArrayList<>();
        if (page < lastPage) {
            links.add("<" + call.urls().exports() + "?page=" + (page + 1) + ">; rel=\"page-next\"");
        }
        if (page > 1) {
            links.add("<" + call.urls().exports() + "?page=" + (page - 1) + ">; rel=\"page-previous\"");
        }
        links.add("<" + call.urls().exports() + "?page=" + lastPage + ">; rel=\"page-last\"");
        return ApiResponses.builder(200, body)
                .withHeader("Link", String.join(", ", links))
                .withHeader("X-Resource-Range", from + "-" + to + "/" + all.size())
                .withHeader("X-Paginate-By", String.valueOf(PAGE_SIZE))
                .build();
    }

    private static int page(String value) {
        try {
            int page = Integer.parseInt(value);
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a page out of range
        }
        throw ApiError.of(404, "Invalid page.");
    }

    private ResponseDefinition create(ApiCall call) {
        ExportRequest request = reader.read(call.body());
        ObjectNode validation = KoordinatesJson.validation(request);
        if (!validation.path("is_valid").asBoolean()) {
            throw ApiError.badRequest(validation);
        }
        ExportRecord export = exports.create(request);
        String location = call.urls().export(export.id());
        if (createAnswer.get() == CreateAnswer.LOCATION_ONLY) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(202).withHeader("Location", location)
                    .build();
        }
        return ApiResponses.builder(201, KoordinatesJson.export(export, call.urls()))
                .withHeader("Location", location)
                .build();
    }

    private ResponseDefinition validate(ApiCall call) {
        return ApiResponses.ok(KoordinatesJson.validation(reader.read(call.body())));
    }

    private ResponseDefinition get(ApiCall call) {
        ExportRecord export = exports.poll(call.id(0)).orElseThrow(ExportApi::notFound);
        return ApiResponses.ok(KoordinatesJson.export(export, call.urls()));
    }

    /** Only a processing export can be cancelled; any other answers 409 as Koordinates does. */
    private ResponseDefinition cancel(ApiCall call) {
        int id = call.id(0);
        ExportRecord before = exports.find(id).orElseThrow(ExportApi::notFound);
        ExportRecord after = exports.cancel(id).orElseThrow(ExportApi::notFound);
        if (!ExportRecord.PROCESSING.equals(before.state()) || !ExportRecord.CANCELLED.equals(after.state())) {
            ObjectNode conflict = Json.MAPPER.createObjectNode();
            conflict.putArray("errors").add("Can't cancel");
            return ApiResponses.json(409, conflict);
        }
        return ApiResponses.json(202, KoordinatesJson.export(after, call.urls()));
    }

    /** Redirects to the storage host, as Koordinates redirects across domains to hosted storage. */
    private ResponseDefinition download(ApiCall call) {
        ExportRecord export = exports.find(call.id(0)).orElseThrow(ExportApi::notFound);
        return switch (export.state()) {
            case ExportRecord.COMPLETE -> ApiResponses.redirect(storageUrl.get() + StorageTransformer.PATH_PREFIX
                    + exports.storageKey(export.id()) + "/" + export.name() + ".zip");
            case ExportRecord.GONE -> throw ApiError.of(410, "The export has expired or been removed.");
            default -> throw ApiError.of(404, "The export is " + export.state() + "; only a complete export can be"
                    + " downloaded.");
        };
    }

    private static ApiError notFound() {
        return ApiError.of(404, "Not found.");
    }
}
