package dev.camelfelt.felt.client;

/** A successful Felt response: the HTTP status and the decoded body ({@code null} when there is none). */
public record FeltResponse<T>(int status, T body) {
}
