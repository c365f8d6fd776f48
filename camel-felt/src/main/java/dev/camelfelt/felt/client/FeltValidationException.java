package dev.camelfelt.felt.client;

import java.util.List;

import dev.camelfelt.felt.model.FeltError;

/** Felt rejected the request's parameters (422); the errors name the offending fields. */
public class FeltValidationException extends FeltApiException {

    public FeltValidationException(int status, String reason, String method, String path, List<FeltError> errors) {
        super(status, reason, method, path, errors);
    }
}
