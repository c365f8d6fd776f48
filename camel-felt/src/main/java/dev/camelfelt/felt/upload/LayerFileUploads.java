package dev.camelfelt.felt.upload;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.camelfelt.engine.http.ApiAnswer;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.engine.upload.PresignedFormUploader;
import dev.camelfelt.engine.upload.UploadException;
import dev.camelfelt.engine.upload.UploadFile;
import dev.camelfelt.engine.upload.UploadRejectedException;
import dev.camelfelt.felt.FeltId;
import dev.camelfelt.felt.FeltOperation;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.model.UploadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file half of Felt's uploads and refreshes: Felt's call answers where to post, then the file goes there as a
 * form. Should storage refuse the form (it may have expired), Felt is asked once for a fresh one; for a new layer
 * that means a second layer, so the first, which can never get its data, is deleted.
 */
public final class LayerFileUploads {

    private static final Logger LOG = LoggerFactory.getLogger(LayerFileUploads.class);
    private static final String FILE_FIELD = "file";

    private final FeltClient client;
    private final PresignedFormUploader storage;

    public LayerFileUploads(FeltClient client, PresignedFormUploader storage) {
        this.client = client;
        this.storage = storage;
    }

    /**
     * Calls Felt with {@code askFelt}, posts {@code file} where it says, and completes with Felt's answer (the one
     * whose form storage took).
     *
     * @param newLayerPerCall whether each call to Felt makes a new layer (an upload) rather than reusing one (a refresh)
     */
    public CompletableFuture<ApiAnswer<UploadResponse>> send(String endpoint, String mapId,
                                                             Supplier<CompletableFuture<ApiAnswer<UploadResponse>>> askFelt,
                                                             UploadFile file, boolean newLayerPerCall) {
        return askFelt.get().thenCompose(first -> post(endpoint, mapId, first, file, 0, true).exceptionallyCompose(failure -> {
            if (!(JobWaiter.unwrap(failure) instanceof UploadRejectedException rejected)) {
                return CompletableFuture.failedFuture(failure);
            }
            LOG.warn("{}: storage refused the form for layer {} of map {} ({}); asking Felt for a fresh one", endpoint,
                    first.body().layerId(), mapId, rejected.getMessage());
            if (newLayerPerCall) {
                abandon(endpoint, mapId, first.body().layerId());
            }
            return askFelt.get().thenCompose(fresh -> post(endpoint, mapId, fresh, file, rejected.getAttempts(), false));
        }));
    }

    private CompletableFuture<ApiAnswer<UploadResponse>> post(String endpoint, String mapId,
                                                              ApiAnswer<UploadResponse> answer, UploadFile file,
                                                              int attemptsBefore, boolean mayRenew) {
        UploadResponse upload = answer.body();
        if (upload.url() == null || upload.url().isBlank()) {
            return CompletableFuture.failedFuture(new FeltFileUploadException(endpoint + ": Felt gave no upload URL for"
                    + " layer " + upload.layerId() + " of map " + mapId + ", so it takes no file (a layer Felt imports"
                    + " from a URL is refreshed without a body)", mapId, upload.layerId(), attemptsBefore, null));
        }
        Map<String, String> fields = upload.presignedAttributes() == null
                ? Map.of() : new LinkedHashMap<>(upload.presignedAttributes());
        URI url = URI.create(upload.url());
        return storage.upload(url, fields, FILE_FIELD, file).handle((status, failure) -> {
            if (failure == null) {
                return answer;
            }
            Throwable cause = JobWaiter.unwrap(failure);
            if (cause instanceof UploadRejectedException && mayRenew) {
                // the caller asks Felt for a fresh form
                throw new CompletionException(cause);
            }
            int attempts = attemptsBefore + (cause instanceof UploadException sent ? sent.getAttempts() : 0);
            throw new FeltFileUploadException(endpoint + ": the file " + file.fileName() + " for layer "
                    + upload.layerId() + " of map " + mapId + " did not reach Felt's storage at " + url.getHost()
                    + " (" + attempts + " attempts): " + cause.getMessage(), mapId, upload.layerId(), attempts, cause);
        });
    }

    /** Best effort: a layer left waiting for a file that never comes would show on the map as broken. */
    private void abandon(String endpoint, String mapId, String layerId) {
        client.send(FeltOperation.LAYERS_DELETE.request(Map.of(FeltId.MAP, mapId, FeltId.LAYER, layerId), null, Map.of()),
                FeltOperation.LAYERS_DELETE.answerType()).whenComplete((deleted, failure) -> {
                    if (failure != null) {
                        LOG.warn("{}: could not delete layer {} of map {}, left without data: {}", endpoint, layerId, mapId,
                                JobWaiter.unwrap(failure).getMessage());
                    }
                });
    }
}
