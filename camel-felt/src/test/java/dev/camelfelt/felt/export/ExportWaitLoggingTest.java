package dev.camelfelt.felt.export;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.engine.testing.LogCapture;
import dev.camelfelt.felt.FeltEndpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** What a wait for an export logs, and what its timeout says when the polls kept failing. */
class ExportWaitLoggingTest extends FeltExportTestSupport {

    private static final String LOGGER = JobWaiter.class.getName();

    @Test
    void logsEachStatusChangeOnce() {
        stubExport(EXPORT, EXPORT_ZIP,
                inProgress(EXPORT), inProgress(EXPORT), inProgress(EXPORT), completed(EXPORT));
        clock.advanceOnEachPoll(Duration.ofMinutes(1));
        FeltEndpoint endpoint = context.getEndpoint(exportUri(""), FeltEndpoint.class);
        endpoint.setClock(clock);

        try (LogCapture logs = LogCapture.start(LOGGER)) {
            Exchange exchange = template.send(endpoint, e -> { });

            assertThat(exchange.getException()).isNull();
            assertThat(statusPolls(EXPORT)).hasSize(4);
            assertThat(logs.events()).map(String::trim).containsExactly(
                    "INFO " + LOGGER + " - felt-export " + EXPORT + " is in_progress after 60000 ms",
                    "INFO " + LOGGER + " - felt-export " + EXPORT + " is completed after 240000 ms");
        }
    }

    @Test
    void pollErrorsAreWarnedAndTheLastIsTheTimeoutsCause() {
        stubCreate(EXPORT);
        stubStatusResponses(EXPORT, WireMock.okJson(inProgress(EXPORT)),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        clock.advanceOnEachPoll(Duration.ofMinutes(1));
        FeltEndpoint endpoint = context.getEndpoint(exportUri("&waitTimeout=3m"), FeltEndpoint.class);
        endpoint.setClock(clock);

        try (LogCapture logs = LogCapture.start(LOGGER)) {
            Exchange exchange = template.send(endpoint, e -> { });

            assertThat(exchange.getException()).isInstanceOf(FeltExportTimeoutException.class)
                    .hasMessageStartingWith("Felt export " + EXPORT + " was still in_progress after 180 s (the last"
                                            + " poll failed: ")
                    .cause().hasMessageContaining("Connection reset");
            assertThat(logs.events()).filteredOn(line -> line.startsWith("WARN")).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("Polling felt-export " + EXPORT + " failed"));
        }
    }
}
