package dev.camelfelt.felt.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** The XML error bodies of the storage service behind Felt's pre-signed URLs. */
final class StorageErrors {

    private StorageErrors() {
    }

    /** Returns a storage error response. */
    static ResponseDefinition response(int status, String code, String message) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>";
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/xml")
                .withBody(body)
                .build();
    }
}
