package dev.camelfelt.koordinates.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Answers one kind of authenticated API request. */
@FunctionalInterface
interface ApiHandler {

    ResponseDefinition handle(ApiCall call);
}
