package dev.camelfelt.felt.export;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Where the route goes on after felt:export, and what becomes of a wait when Camel stops. */
class FeltExportLifecycleTest extends FeltExportTestSupport {

    private final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(false)
                        .process(exchange -> threads.add("onException " + Thread.currentThread().getName()));
                from("direct:export").to(exportUri(""))
                        .process(exchange -> threads.add("route " + Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void theRouteAndItsOnExceptionContinueOnTheComponentsCallbackThreads() {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), completed(EXPORT));
        template.send("direct:export", exchange -> { });
        ExportRef failing = new ExportRef(MAP_ID, LAYER_ID, "auFxn9BO4RrGGiKrGfaS7ZB");
        stubExport(failing, EXPORT_ZIP, failed(failing));
        template.send("direct:export", exchange -> { });

        assertThat(threads).hasSize(2);
        assertThat(threads.get(0)).startsWith("route ").endsWith("FeltCallback");
        assertThat(threads.get(1)).startsWith("onException ").endsWith("FeltCallback");
    }

    @Test
    void stoppingCamelWhileFeltExportWaitsFailsTheExchangeAndTracksTheExport() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT));
        CompletableFuture<Exchange> sent = template.asyncSend("direct:export", exchange -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> !statusPolls(EXPORT).isEmpty());

        context.stop();

        Exchange exchange = sent.get(10, TimeUnit.SECONDS);
        assertThat(exchange.getException()).isInstanceOf(FeltExportAbortedException.class)
                .hasMessage("Stopped waiting for Felt export " + EXPORT + ": Camel is stopping; the export is tracked,"
                            + " and a felt:export consumer on the same job store emits it");
        assertThat(tracker().pending()).containsExactly(EXPORT);
    }
}
