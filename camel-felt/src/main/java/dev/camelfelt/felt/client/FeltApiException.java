package dev.camelfelt.felt.client;

import java.util.List;
import java.util.stream.Collectors;

import dev.camelfelt.felt.model.FeltError;

/** Felt answered an API call with an error status; carries the status and Felt's {@code errors[]}. */
public class FeltApiException extends FeltException {

    private final int status;
    private final String method;
    private final String path;
    private final List<FeltError> errors;

    public FeltApiException(int status, String reason, String method, String path, List<FeltError> errors) {
        super(message(status, reason, method, path, errors), null);
        this.status = status;
        this.method = method;
        this.path = path;
        this.errors = List.copyOf(errors);
    }

    /** The exception type a route can catch for this status. */
    public static FeltApiException of(int status, String reason, String method, String path, List<FeltError> errors) {
        if (status == 401 || status == 403) {
            return new FeltUnauthorizedException(status, reason, method, path, errors);
        }
        if (status == 404) {
            return new FeltNotFoundException(status, reason, method, path, errors);
        }
        if (status == 422) {
            return new FeltValidationException(status, reason, method, path, errors);
        }
        if (status == 429) {
            return new FeltRateLimitException(status, reason, method, path, errors);
        }
        if (status >= 500) {
            return new FeltServerException(status, reason, method, path, errors);
        }
        return new FeltApiException(status, reason, method, path, errors);
    }

    private static String message(int status, String reason, String method, String path, List<FeltError> errors) {
        StringBuilder text = new StringBuilder().append(method).append(' ').append(path).append(": ").append(status);
        if (reason != null && !reason.isBlank()) {
            text.append(' ').append(reason);
        }
        String details = errors.stream().map(FeltError::toString).filter(s -> !s.isBlank())
                .collect(Collectors.joining("; "));
        if (!details.isEmpty()) {
            text.append(": ").append(details);
        }
        return text.toString();
    }

    /** The HTTP status Felt answered with. */
    public int getStatus() {
        return status;
    }

    /** The HTTP method of the failed call. */
    public String getMethod() {
        return method;
    }

    /** The path of the failed call, e.g. {@code /api/v2/maps/abc}. */
    public String getPath() {
        return path;
    }

    /** Felt's {@code errors[]}; empty when the response carried none. */
    public List<FeltError> getErrors() {
        return errors;
    }
}
