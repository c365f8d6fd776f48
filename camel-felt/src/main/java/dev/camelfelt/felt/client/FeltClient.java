package dev.camelfelt.felt.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JavaType;
import dev.camelfelt.engine.http.ApiAnswer;
import dev.camelfelt.engine.http.ApiRequest;
import dev.camelfelt.engine.http.AsyncApiClient;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.engine.http.RetryPolicy;
import dev.camelfelt.felt.FeltId;
import dev.camelfelt.felt.FeltOperation;
import dev.camelfelt.felt.model.CustomExportResponse;
import dev.camelfelt.felt.model.CustomExportStatus;
import dev.camelfelt.felt.model.ExportLink;
import dev.camelfelt.felt.model.User;

/**
 * Calls Felt's REST API (v2) without holding a thread: any declared {@link FeltOperation} through {@link #send}, and
 * the export calls that the export code makes with ids it already knows. Failures arrive as {@link FeltException}s.
 */
public final class FeltClient {

    private final AsyncApiClient api;

    public FeltClient(AsyncApiClient api) {
        this.api = api;
    }

    /** The same client with another retry policy, e.g. none for polls that are simply polled again later. */
    public FeltClient withRetryPolicy(RetryPolicy policy) {
        return new FeltClient(api.withRetryPolicy(policy));
    }

    /** Sends a request built from an operation's declaration and decodes the answer as {@code answerType}. */
    public <T> CompletableFuture<ApiAnswer<T>> send(ApiRequest request, JavaType answerType) {
        return api.send(request, answerType);
    }

    /** GET .../custom_exports/{export_id}, with the priority of the caller (a poll yields to route calls). */
    public CompletableFuture<ApiAnswer<CustomExportStatus>> getCustomExportStatus(String mapId, String layerId,
                                                                                  String exportId, Priority priority) {
        FeltOperation operation = FeltOperation.EXPORT_STATUS;
        return send(operation.request(Map.of(FeltId.MAP, mapId, FeltId.LAYER, layerId, FeltId.EXPORT, exportId), null,
                Map.of()).withPriority(priority), operation.answerType());
    }

    /** GET /api/v2/user: the user the token belongs to; what the health check calls to prove the token works. */
    public CompletableFuture<ApiAnswer<User>> getUser() {
        FeltOperation operation = FeltOperation.USER_GET;
        return send(operation.request(Map.of(), null, Map.of()).withPriority(Priority.POLL), operation.answerType());
    }

    /** GET .../get_export_link */
    public CompletableFuture<ApiAnswer<ExportLink>> getExportLink(String mapId, String layerId) {
        FeltOperation operation = FeltOperation.EXPORT_LINK;
        return send(operation.request(Map.of(FeltId.MAP, mapId, FeltId.LAYER, layerId), null, Map.of()),
                operation.answerType());
    }

    /** POST .../custom_export */
    public CompletableFuture<ApiAnswer<CustomExportResponse>> createCustomExport(String mapId, String layerId,
                                                                                 Object params) {
        FeltOperation operation = FeltOperation.EXPORT_CREATE;
        return send(operation.request(Map.of(FeltId.MAP, mapId, FeltId.LAYER, layerId), params, Map.of()),
                operation.answerType());
    }
}
