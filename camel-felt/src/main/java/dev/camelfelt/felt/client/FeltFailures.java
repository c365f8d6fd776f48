package dev.camelfelt.felt.client;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.engine.http.FailureTranslator;
import dev.camelfelt.engine.http.HttpCallException;
import dev.camelfelt.engine.http.HttpStatusException;
import dev.camelfelt.engine.http.HttpTransportException;
import dev.camelfelt.engine.http.MalformedAnswerException;
import dev.camelfelt.felt.model.FeltError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the HTTP client's failures into camel-felt's exceptions, reading Felt's {@code errors[]} from error answers. */
public final class FeltFailures implements FailureTranslator {

    private static final Logger LOG = LoggerFactory.getLogger(FeltFailures.class);

    private final ObjectMapper mapper;

    public FeltFailures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public RuntimeException translate(HttpCallException failure) {
        if (failure instanceof HttpStatusException answer) {
            return FeltApiException.of(answer.getStatus(), answer.getReason(), answer.getMethod(), answer.getPath(),
                    errors(answer.getBody()));
        }
        if (failure instanceof HttpTransportException transport) {
            return new FeltTransportException(transport);
        }
        if (failure instanceof MalformedAnswerException malformed) {
            return new FeltMalformedResponseException(malformed);
        }
        return failure;
    }

    private List<FeltError> errors(byte[] body) {
        try {
            JsonNode errors = mapper.readTree(body).path("errors");
            if (errors.isArray()) {
                return List.of(mapper.treeToValue(errors, FeltError[].class));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Felt's error response has no readable errors[]: {}", e.getMessage());
        }
        return List.of();
    }
}
