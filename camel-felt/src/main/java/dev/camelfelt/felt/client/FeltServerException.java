package dev.camelfelt.felt.client;

import java.util.List;

import dev.camelfelt.felt.model.FeltError;

/** Felt failed or was unavailable (5xx) and the retries allowed were used up. */
public class FeltServerException extends FeltApiException {

    public FeltServerException(int status, String reason, String method, String path, List<FeltError> errors) {
        super(status, reason, method, path, errors);
    }
}
