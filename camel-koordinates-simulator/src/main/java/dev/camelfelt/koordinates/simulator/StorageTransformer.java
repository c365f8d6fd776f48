package dev.camelfelt.koordinates.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The storage host's transformer: serves export archives at the keys the API's download redirects hand out. */
final class StorageTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "koordinates-storage";
    static final String PATH_PREFIX = "/exports/";

    private final ExportStore exports;

    StorageTransformer(ExportStore exports) {
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
            return storageError(400, "InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                    + "parameter, Signature query string parameter or the Authorization header should be specified");
        }
        String[] path = request.getUrl().split("\\?", 2)[0].substring(PATH_PREFIX.length()).split("/", 2);
        return exports.downloadable(path[0])
                .map(export -> {
                    byte[] archive = ExportArchive.zip(export);
                    exports.downloadServed();
                    return ResponseDefinitionBuilder.responseDefinition()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/zip")
                            .withHeader("Content-Length", String.valueOf(archive.length))
                            .withHeader("Content-Disposition", "attachment; filename=" + export.name() + ".zip")
                            .withBody(archive)
                            .build();
                })
                .orElseGet(() -> storageError(404, "NoSuchKey", "The specified key does not exist."));
    }

    private static ResponseDefinition storageError(int status, String code, String message) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                        + message + "</Message></Error>")
                .build();
    }
}
