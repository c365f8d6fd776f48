package dev.camelfelt.koordinates;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import dev.camelfelt.engine.store.FileJobStore;
import dev.camelfelt.engine.store.JobStore;
import dev.camelfelt.engine.store.MemoryJobStore;
import dev.camelfelt.koordinates.export.KoordinatesExportDriver;
import dev.camelfelt.koordinates.model.Export;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer emits each tracked export once it has ended, also across a restart on the file store. */
class ExportConsumerTest extends KoordinatesTestSupport {

    private static final String CONSUMER = "koordinates:export?initialDelay=0&delay=20";

    @TempDir
    Path directory;

    @Test
    void emitsACompleteExportWithItsFileAndAFailedOneWithItsState() throws Exception {
        simulator().failExportsOfLayer(50804);
        long complete = create("koordinates:exports/create?items=50772&crs=EPSG:2193&format=gpkg");
        long failed = create("koordinates:exports/create?items=50804&crs=EPSG:2193&format=gpkg");
        MockEndpoint done = consume(context, CONSUMER + "&downloadDirectory=" + directory);
        done.expectedMessageCount(2);

        done.assertIsSatisfied();

        Exchange completeExchange = byId(done, complete);
        assertThat(completeExchange.getMessage().getHeader(KoordinatesConstants.EXPORT_STATE)).isEqualTo("complete");
        assertThat(completeExchange.getMessage().getBody(File.class).toPath())
                .isEqualTo(directory.resolve("kx-nz-airports-GPKG.zip"));
        Exchange failedExchange = byId(done, failed);
        assertThat(failedExchange.getMessage().getHeader(KoordinatesConstants.EXPORT_STATE)).isEqualTo("error");
        assertThat(failedExchange.getMessage().getBody(Export.class).id()).isEqualTo(failed);
        KoordinatesEndpoint endpoint = context.getEndpoint(CONSUMER + "&downloadDirectory=" + directory,
                KoordinatesEndpoint.class);
        await().until(() -> endpoint.jobStore().pending(KoordinatesExportDriver.JOB_TYPE).isEmpty());
    }

    @Test
    void pendingExportsOnTheFileStoreAreEmittedOnceEachAfterARestart() throws Exception {
        Path journal = directory.resolve("exports.journal");
        FileJobStore before = new FileJobStore(journal);
        context.getRegistry().bind("store", before);
        Set<Long> created = Set.of(
                create("koordinates:export?items=50772&format=kml&waitForCompletion=false&jobStore=#store"),
                create("koordinates:export?items=50772&format=kml&waitForCompletion=false&jobStore=#store"),
                create("koordinates:export?items=50772&format=csv&crs=EPSG:4326&waitForCompletion=false"
                       + "&jobStore=#store"));
        context.stop();
        before.stop();

        FileJobStore after = new FileJobStore(journal);
        CamelContext restarted = new DefaultCamelContext();
        restarted.getRegistry().bind("koordinates", koordinatesComponent());
        restarted.getRegistry().bind("store", after);
        MockEndpoint done = consume(restarted, CONSUMER + "&jobStore=#store&downloadDirectory=" + directory);
        done.expectedMessageCount(3);
        try {
            restarted.start();
            done.assertIsSatisfied();
            await().until(() -> after.pending(KoordinatesExportDriver.JOB_TYPE).isEmpty());

            List<Long> emitted = done.getReceivedExchanges().stream()
                    .map(exchange -> exchange.getMessage().getHeader(KoordinatesConstants.EXPORT_ID, Long.class))
                    .toList();
            assertThat(emitted).containsExactlyInAnyOrderElementsOf(created);
            assertThat(done.getReceivedExchanges()).hasSize(3);
            assertThat(simulator().downloadsServed()).isEqualTo(3);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void claimsAndAnswersAreHandledOnTheStoreWorkPoolLeavingTheDownloadThreadsToDownloads() throws Exception {
        List<String> storeThreads = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("watched", new MemoryJobStore() {
            @Override
            public void releaseAll(List<String> keys, String owner) {
                storeThreads.add("release on " + Thread.currentThread().getName());
                super.releaseAll(keys, owner);
            }

            @Override
            public void finish(String key, String finalStatus) {
                storeThreads.add("finish on " + Thread.currentThread().getName());
                super.finish(key, finalStatus);
            }
        });
        create("koordinates:export?items=50772&format=kml&waitForCompletion=false&jobStore=#watched");
        MockEndpoint done = consume(context, CONSUMER + "&jobStore=#watched&downloadDirectory=" + directory);
        done.expectedMessageCount(1);

        done.assertIsSatisfied();
        // the releases after answers that were not yet final, and the finish after the route
        await().until(() -> storeThreads.stream().anyMatch(call -> call.startsWith("finish")));
        assertThat(storeThreads).allMatch(call -> call.contains("KoordinatesStoreWork"));
    }

    private long create(String uri) {
        return template.requestBody(uri, null, Export.class).id();
    }

    private static MockEndpoint consume(CamelContext camel, String uri) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:done");
            }
        });
        return camel.getEndpoint("mock:done", MockEndpoint.class);
    }

    private static Exchange byId(MockEndpoint done, long id) {
        return done.getReceivedExchanges().stream()
                .filter(exchange -> exchange.getMessage().getHeader(KoordinatesConstants.EXPORT_ID, Long.class) == id)
                .collect(Collectors.toList()).get(0);
    }
}
