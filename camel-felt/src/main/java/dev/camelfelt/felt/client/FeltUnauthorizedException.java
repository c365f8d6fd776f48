package dev.camelfelt.felt.client;

import java.util.List;

import dev.camelfelt.felt.model.FeltError;

/** Felt rejected the API token (401) or it lacks the permission (403). */
public class FeltUnauthorizedException extends FeltApiException {

    public FeltUnauthorizedException(int status, String reason, String method, String path, List<FeltError> errors) {
        super(status, reason, method, path, errors);
    }
}
