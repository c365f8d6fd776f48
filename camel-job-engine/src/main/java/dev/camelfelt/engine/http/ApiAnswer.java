package dev.camelfelt.engine.http;

/** A successful answer: the HTTP status and the decoded body ({@code null} when there is none). */
public record ApiAnswer<T>(int status, T body) {
}
