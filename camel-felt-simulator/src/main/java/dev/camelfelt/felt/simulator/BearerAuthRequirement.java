package dev.camelfelt.felt.simulator;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.Optional;

/** Checks for Felt's bearer token on operations that do not declare security of their own. */
final class BearerAuthRequirement implements CustomRequestValidator {

    private static final String BEARER_PREFIX = "Bearer ";

    /** The spec declares the token once for the whole API, but the validator only checks per-operation security. */
    @Override
    public ValidationReport validate(Request request, ApiOperation apiOperation) {
        if (apiOperation.getOperation().getSecurity() != null) {
            return ValidationReport.empty();
        }
        String operation = request.getMethod() + " " + request.getPath();
        Optional<String> authorization = request.getHeaderValue("Authorization");
        if (authorization.isEmpty()) {
            return ValidationReport.singleton(ValidationReport.Message.create("validation.request.security.missing",
                    operation + " requires an 'Authorization: Bearer <token>' header. None found.").build());
        }
        String value = authorization.get();
        boolean bearer = value.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())
                && !value.substring(BEARER_PREFIX.length()).isBlank();
        return bearer ? ValidationReport.empty() : ValidationReport.singleton(ValidationReport.Message.create(
                "validation.request.security.invalid",
                operation + " sent an Authorization header that is not 'Bearer <token>'.").build());
    }
}
