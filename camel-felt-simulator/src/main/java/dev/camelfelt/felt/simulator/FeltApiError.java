package dev.camelfelt.felt.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Ends the handling of a request with one of Felt's error responses. */
final class FeltApiError extends RuntimeException {

    private final transient ResponseDefinition response;

    private FeltApiError(String message, ResponseDefinition response) {
        super(message, null, false, false);
        this.response = response;
    }

    /** A 404 for a path parameter that names nothing. */
    static FeltApiError notFound(String parameter, String detail) {
        return new FeltApiError(detail, ApiResponses.notFound(parameter, detail));
    }

    /** A 422 for a request the spec allows but Felt cannot process. */
    static FeltApiError unprocessable(String pointer, String detail) {
        return new FeltApiError(detail, ApiResponses.unprocessable(pointer, detail));
    }

    /** Returns the error response to send. */
    ResponseDefinition response() {
        return response;
    }
}
