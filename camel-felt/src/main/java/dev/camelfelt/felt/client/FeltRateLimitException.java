package dev.camelfelt.felt.client;

import java.util.List;

import dev.camelfelt.felt.model.FeltError;

/** Felt is rate limiting the token (429) and the retries allowed were used up. */
public class FeltRateLimitException extends FeltApiException {

    public FeltRateLimitException(int status, String reason, String method, String path, List<FeltError> errors) {
        super(status, reason, method, path, errors);
    }
}
