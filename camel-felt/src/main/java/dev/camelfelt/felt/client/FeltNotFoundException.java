package dev.camelfelt.felt.client;

import java.util.List;

import dev.camelfelt.felt.model.FeltError;

/** The map, layer, layer group or export does not exist, or the token cannot see it (404). */
public class FeltNotFoundException extends FeltApiException {

    public FeltNotFoundException(int status, String reason, String method, String path, List<FeltError> errors) {
        super(status, reason, method, path, errors);
    }
}
