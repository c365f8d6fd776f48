package dev.camelfelt.felt.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Handles one operation of Felt's API. */
@FunctionalInterface
interface FeltOperation {

    /** Answers an authenticated request whose input matches the spec. */
    ResponseDefinition handle(ApiRequest request);
}
