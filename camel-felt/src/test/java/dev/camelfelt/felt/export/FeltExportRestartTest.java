package dev.camelfelt.felt.export;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelfelt.engine.store.FileJobStore;
import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.FeltConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Exports still in progress when a CamelContext stops are emitted by the next one's consumer, once each. */
class FeltExportRestartTest extends FeltExportTestSupport {

    @TempDir
    Path work;

    @Test
    void pendingExportsAreEmittedOnceByTheNextContext() throws Exception {
        File store = work.resolve("felt-exports.dat").toFile();
        List<ExportRef> started = List.of(EXPORT, new ExportRef(MAP_ID, LAYER_ID, "auFxn9BO4RrGGiKrGfaS7ZB"),
                new ExportRef(MAP_ID, "wB3nR6kLS0m9QaXc2VdE7fA", "luCHyMruTQ6ozGk3gPJfEB"));

        try (CamelContext first = start(store)) {
            for (ExportRef export : started) {
                stubExport(export, EXPORT_ZIP, inProgress(export));
                create(first, export);
            }
            // the consumer has seen every export in progress when the context stops
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> started.stream().allMatch(export -> !statusPolls(export).isEmpty()));
            assertThat(first.getEndpoint("mock:exports", MockEndpoint.class).getReceivedCounter()).isZero();
        }
        started.forEach(export -> stubStatuses(export, completed(export)));
        Map<ExportRef, Integer> pollsBefore = started.stream()
                .collect(Collectors.toMap(export -> export, export -> statusPolls(export).size()));

        try (CamelContext second = start(store)) {
            assertThat(received(second, started.size())).map(message -> message.getHeader(FeltConstants.EXPORT_ID))
                    .containsExactlyInAnyOrderElementsOf(started.stream().map(ExportRef::exportId).toList());
            polls.awaitCompletePoll();
            assertThat(second.getEndpoint("mock:exports", MockEndpoint.class).getReceivedCounter())
                    .isEqualTo(started.size());
        }
        started.forEach(export -> assertThat(statusPolls(export)).hasSize(pollsBefore.get(export) + 1));

        // an export started after this restart comes through; had any earlier one remained, it would have too
        ExportRef later = new ExportRef(MAP_ID, LAYER_ID, "ZqT3n9UeQ1KxWb7vYc2PdA");
        stubExport(later, EXPORT_ZIP, completed(later));
        try (CamelContext third = start(store)) {
            create(third, later);
            assertThat(received(third, 1)).map(message -> message.getHeader(FeltConstants.EXPORT_ID))
                    .containsExactly(later.exportId());
            polls.awaitCompletePoll();
            assertThat(third.getEndpoint("mock:exports", MockEndpoint.class).getReceivedCounter()).isEqualTo(1);
        }
        started.forEach(export -> assertThat(statusPolls(export)).hasSize(pollsBefore.get(export) + 1));
    }

    /** A CamelContext that keeps its exports in {@code store} and consumes them. */
    private CamelContext start(File store) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getComponent("felt", FeltComponent.class).getConfiguration().setJobStore(new FileJobStore(store.toPath()));
        camel.getRegistry().bind("polls", polls);
        configureFelt(camel);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(work, "")).to("mock:exports");
            }
        });
        camel.start();
        return camel;
    }
}
