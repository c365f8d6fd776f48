package dev.camelfelt.koordinates;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.camelfelt.engine.testing.LogCapture;
import org.apache.camel.Endpoint;
import org.apache.camel.Message;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The API key stays out of exceptions, sanitised URIs and the configuration's text. */
class SecretsTest extends KoordinatesTestSupport {

    private static final String WRONG_KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void aRefusedKeyIsNotInTheException() throws Exception {
        KoordinatesApiException refused = failure(call("koordinates:exports/list?apiKey=" + WRONG_KEY),
                KoordinatesApiException.class);

        assertThat(refused.getStatusCode()).isEqualTo(401);
        assertThat(refused.getMessage()).isEqualTo("GET " + API + "/exports/ failed with HTTP 401:"
                                                   + " {\"error\":\"Invalid token.\"}");
        assertThat(refused).hasStackTraceContaining("Invalid token").hasNoSuppressedExceptions();
        assertThat(stackTrace(refused)).doesNotContain(WRONG_KEY).doesNotContain(simulator().apiKey());
    }

    @Test
    void theKeyIsMaskedInSanitisedUrisAndTheConfiguration() {
        Endpoint endpoint = context.getEndpoint("koordinates:exports/list?apiKey=" + WRONG_KEY);
        KoordinatesConfiguration configuration = ((KoordinatesEndpoint) endpoint).getConfiguration();

        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(WRONG_KEY);
        assertThat(configuration.toString()).doesNotContain(WRONG_KEY).contains("apiKey=xxxxxx");
    }

    @Test
    void theKeyIsInNoLogLineOfAWholeExport() throws Exception {
        try (LogCapture log = LogCapture.startWithEverything("dev.camelfelt", "org.apache.camel")) {
            Message reply = reply(call("koordinates:export?items=50772&format=kml&waitInitialDelay=5&waitDelay=5"));

            assertThat(reply.getBody()).isNotNull();
            assertThat(log.events()).isNotEmpty().noneMatch(event -> event.contains(simulator().apiKey()));
        }
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
