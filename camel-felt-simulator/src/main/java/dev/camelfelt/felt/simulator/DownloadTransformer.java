package dev.camelfelt.felt.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The WireMock transformer serving export archives the way Felt's pre-signed storage URLs do. */
final class DownloadTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "felt-downloads";

    private static final PathTemplate PATH = new PathTemplate(FeltUrls.DOWNLOAD_PATH_TEMPLATE);

    private final ExportStore exports;

    DownloadTransformer(ExportStore exports) {
        this.exports = exports;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        // a pre-signed URL carries its own credentials; storage refuses a second mechanism
        if (request.containsHeader("Authorization")) {
            return StorageErrors.response(400, "InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                    + "parameter, Signature query string parameter or the Authorization header should be specified");
        }
        String exportId = PATH.parse(InteractionAdapter.path(request)).get("export_id");
        return exports.downloadable(exportId)
                .map(source -> {
                    byte[] archive = ExportArchive.zip(ExportFiles.render(source));
                    exports.downloadServed();
                    return ResponseDefinitionBuilder.responseDefinition()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/zip")
                            .withHeader("Content-Length", String.valueOf(archive.length))
                            .withHeader("Content-Disposition", "attachment; filename=\"Felt-Export.zip\"")
                            .withBody(archive)
                            .build();
                })
                .orElseGet(() -> StorageErrors.response(404, "NoSuchKey", "The specified key does not exist."));
    }
}
