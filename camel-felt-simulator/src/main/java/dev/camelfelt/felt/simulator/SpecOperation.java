package dev.camelfelt.felt.simulator;

/** One operation of Felt's OpenAPI document: its id, HTTP method, path template and whether it takes a body. */
record SpecOperation(String operationId, String method, String pathTemplate, boolean takesBody) {
}
