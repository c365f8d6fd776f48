package dev.camelfelt.koordinates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelfelt.engine.http.FailureTranslator;
import dev.camelfelt.engine.http.HttpCallException;
import dev.camelfelt.engine.http.HttpStatusException;

/** Turns the HTTP client's failures into camel-koordinates' exceptions, naming the call. */
final class KoordinatesFailures implements FailureTranslator {

    private static final Pattern EXPORT_PATH = Pattern.compile("/exports/(\\d+)/$");

    @Override
    public RuntimeException translate(HttpCallException failure) {
        String call = failure.getMethod() + " " + failure.getPath();
        if (failure instanceof HttpStatusException status) {
            Matcher export = EXPORT_PATH.matcher(failure.getPath());
            if (status.getStatus() == 409 && "DELETE".equals(failure.getMethod()) && export.find()) {
                return new KoordinatesCancelConflictException(call, Long.parseLong(export.group(1)),
                        status.getBodyText());
            }
            return new KoordinatesApiException(call, status.getStatus(), status.getBodyText());
        }
        return new KoordinatesTransportException(failure.getMessage(), failure);
    }
}
