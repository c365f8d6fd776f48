package dev.camelfelt.engine.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A successful answer: the HTTP status, the decoded body ({@code null} when there is none) and the response headers
 * by lower-case name (several of one name joined by {@code ", "}), e.g. for {@code Location} or {@code Link}.
 */
public record ApiAnswer<T>(int status, T body, Map<String, String> headers) {

    public ApiAnswer {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** An answer whose headers do not matter. */
    public ApiAnswer(int status, T body) {
        this(status, body, Map.of());
    }

    /** The value of a response header, by any case of its name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
