package dev.camelfelt.felt.export;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import dev.camelfelt.engine.store.JobRecord;
import dev.camelfelt.engine.store.MemoryJobStore;
import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.model.CustomExportStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/** The felt:export consumer: one exchange per export that ends, and none lost when routing fails. */
class FeltExportConsumerTest extends FeltExportTestSupport {

    private static final String OTHER_MAP_ID = "Kd2pGx7TQWu0cLbV9mZ3eHA";
    private static final String OTHER_LAYER_ID = "wB3nR6kLS0m9QaXc2VdE7fA";
    private static final ExportRef SAME_MAP = new ExportRef(MAP_ID, OTHER_LAYER_ID, "auFxn9BO4RrGGiKrGfaS7ZB");
    private static final ExportRef SAME_LAYER = new ExportRef(OTHER_MAP_ID, LAYER_ID, "luCHyMruTQ6ozGk3gPJfEB");

    @TempDir
    Path downloads;

    @Test
    void emitsACompletedExportWithItsFile() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), completed(EXPORT));
        consume("");

        create(context, EXPORT);

        Message message = received(context, 1).get(0);
        assertThat(message.getBody()).isInstanceOf(File.class);
        assertThat(message.getBody(File.class)).hasBinaryContent(EXPORT_ZIP)
                .isEqualTo(downloads.resolve("felt-export-" + EXPORT.exportId() + ".zip").toFile());
        assertThat(message.getHeaders()).contains(
                entry(FeltConstants.MAP_ID, MAP_ID),
                entry(FeltConstants.LAYER_ID, LAYER_ID),
                entry(FeltConstants.EXPORT_ID, EXPORT.exportId()),
                entry(FeltConstants.EXPORT_STATUS, "completed"),
                entry(FeltConstants.DOWNLOAD_URL, downloadUrl(EXPORT)),
                entry(Exchange.FILE_NAME, "felt-export-" + EXPORT.exportId() + ".zip"));
        polls.awaitCompletePoll();
        assertThat(statusPolls(EXPORT)).hasSize(2);
        assertThat(tracker().pending()).isEmpty();
        assertThat(tracker().status(EXPORT.exportId())).isEqualTo("completed");
    }

    @Test
    void emitsAFailedExportWithItsStatus() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), failed(EXPORT));
        consume("");

        create(context, EXPORT);

        Message message = received(context, 1).get(0);
        assertThat(message.getHeader(FeltConstants.EXPORT_STATUS)).isEqualTo("failed");
        assertThat(message.getHeader(FeltConstants.EXPORT_ID)).isEqualTo(EXPORT.exportId());
        assertThat(message.getBody()).isInstanceOfSatisfying(CustomExportStatus.class, status -> {
            assertThat(status.exportId()).isEqualTo(EXPORT.exportId());
            assertThat(status.status()).isEqualTo("failed");
            assertThat(status.downloadUrl()).isNull();
        });
        assertThat(downloads(downloadPath(EXPORT))).isEmpty();
        polls.awaitCompletePoll();
        assertThat(tracker().pending()).isEmpty();
        assertThat(tracker().status(EXPORT.exportId())).isEqualTo("failed");
    }

    static Stream<Arguments> narrowings() {
        return Stream.of(
                Arguments.of("&mapId=" + MAP_ID, List.of(EXPORT, SAME_MAP), List.of(SAME_LAYER)),
                Arguments.of("&layerId=" + LAYER_ID, List.of(EXPORT, SAME_LAYER), List.of(SAME_MAP)),
                Arguments.of("&mapId=" + MAP_ID + "&layerId=" + LAYER_ID, List.of(EXPORT),
                        List.of(SAME_MAP, SAME_LAYER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowings")
    void mapIdAndLayerIdNarrowTheWatchedExports(String narrowing, List<ExportRef> watched, List<ExportRef> others)
            throws Exception {
        for (ExportRef export : List.of(EXPORT, SAME_MAP, SAME_LAYER)) {
            stubExport(export, EXPORT_ZIP, completed(export));
            create(context, export);
        }

        consume(narrowing);

        assertThat(received(context, watched.size())).map(message -> message.getHeader(FeltConstants.EXPORT_ID))
                .containsExactlyInAnyOrderElementsOf(watched.stream().map(ExportRef::exportId).toList());
        polls.awaitCompletePoll();
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isEqualTo(watched.size());
        assertThat(others).allSatisfy(other -> assertThat(statusPolls(other)).isEmpty());
        assertThat(tracker().pending()).containsExactlyInAnyOrderElementsOf(others);
    }

    @Test
    void exportIdOnTheUriWatchesThatExportAndEmitsItOnce() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), completed(EXPORT));

        consume("&mapId=" + MAP_ID + "&layerId=" + LAYER_ID + "&exportId=" + EXPORT.exportId());

        assertThat(received(context, 1).get(0).getBody(File.class)).hasBinaryContent(EXPORT_ZIP);
        polls.awaitCompletePoll();
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isEqualTo(1);
        assertThat(statusPolls(EXPORT)).hasSize(2);
    }

    @Test
    void pollEnrichFetchesTheNamedExport() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), completed(EXPORT));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:enrich")
                        .pollEnrich("felt:export?initialDelay=0&delay=10&mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                    + "&exportId=" + EXPORT.exportId() + "&downloadDirectory=" + downloads, 10_000)
                        .to("mock:exports");
            }
        });

        template.sendBody("direct:enrich", null);

        Message message = received(context, 1).get(0);
        assertThat(message.getBody(File.class)).hasBinaryContent(EXPORT_ZIP);
        assertThat(message.getHeader(FeltConstants.EXPORT_ID)).isEqualTo(EXPORT.exportId());
        assertThat(message.getHeader(FeltConstants.EXPORT_STATUS)).isEqualTo("completed");
    }

    @Test
    void exportWhoseRouteFailsIsEmittedAgainWithTheFileItAlreadyHasUntilItSucceeds() throws Exception {
        List<ExportRef> exports = List.of(EXPORT, SAME_MAP, new ExportRef(MAP_ID, LAYER_ID, "ZqT3n9UeQ1KxWb7vYc2PdA"));
        ExportRef unlucky = exports.get(1);
        for (ExportRef export : exports) {
            stubExport(export, EXPORT_ZIP, completed(export));
            create(context, export);
        }
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(downloads, "")).process(exchange -> {
                    String exportId = exchange.getMessage().getHeader(FeltConstants.EXPORT_ID, String.class);
                    int attempt = attempts.computeIfAbsent(exportId, id -> new AtomicInteger()).incrementAndGet();
                    if (exportId.equals(unlucky.exportId()) && attempt == 1) {
                        throw new IllegalStateException("the downstream system is down");
                    }
                }).to("mock:exports");
            }
        });

        assertThat(received(context, 3)).map(message -> message.getHeader(FeltConstants.EXPORT_ID))
                .containsExactlyInAnyOrderElementsOf(exports.stream().map(ExportRef::exportId).toList());
        polls.awaitCompletePoll();
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isEqualTo(3);
        assertThat(attempts).containsOnlyKeys(exports.stream().map(ExportRef::exportId).toList());
        assertThat(attempts.get(unlucky.exportId())).hasValue(2);
        assertThat(downloads(downloadPath(unlucky))).hasSize(1);
        assertThat(tracker().pending()).isEmpty();
    }

    @Test
    void exportWhoseExchangeCompletesWhileTheNextPollRunsIsNeitherEmittedNorDownloadedTwice() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));
        HookedJobStore store = new HookedJobStore();
        context.getRegistry().bind("hooked", store);
        CountDownLatch routing = new CountDownLatch(1);
        CountDownLatch mayEnd = new CountDownLatch(1);
        AtomicInteger routed = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(downloads, "&jobStore=#hooked")).process(exchange -> {
                    routed.incrementAndGet();
                    routing.countDown();
                    assertThat(mayEnd.await(10, TimeUnit.SECONDS)).isTrue();
                }).to("mock:exports");
            }
        });
        template.send("felt:export/create?format=geojson&jobStore=#hooked&mapId=" + MAP_ID + "&layerId=" + LAYER_ID,
                exchange -> { });

        assertThat(routing.await(10, TimeUnit.SECONDS)).isTrue();
        // polls go on while the exchange is routed, then one reads the pending exports just before it completes
        polls.awaitCompletePoll();
        CountDownLatch recorded = store.onFinish(EXPORT.job().key());
        store.afterNextSnapshot(() -> {
            mayEnd.countDown();
            assertThat(awaited(recorded)).isTrue();
        });

        assertThat(received(context, 1)).singleElement().satisfies(
                message -> assertThat(message.getHeader(FeltConstants.EXPORT_ID)).isEqualTo(EXPORT.exportId()));
        await().atMost(Duration.ofSeconds(10)).until(store::snapshotHookRan);
        polls.awaitCompletePoll();
        assertThat(routed).hasValue(1);
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isEqualTo(1);
        assertThat(downloads(downloadPath(EXPORT))).hasSize(1);
        assertThat(statusPolls(EXPORT)).hasSize(1);
        assertThat(store.get(EXPORT.job().key())).get().extracting(JobRecord::status).isEqualTo("completed");
    }

    @Test
    void aRouteThatHoldsEveryRoutingThreadLeavesOtherExportsPolledAndDownloaded() throws Exception {
        ExportRef slow = SAME_MAP;
        stubExport(slow, EXPORT_ZIP, completed(slow));
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT));
        // a component of its own, so that its routing pool is made with one thread
        FeltComponent oneThread = new FeltComponent();
        oneThread.setCallbackThreads(1);
        oneThread.getConfiguration().setBaseUrl(baseUrl());
        oneThread.getConfiguration().setApiToken(TOKEN);
        oneThread.getConfiguration().setJobStore(jobStore);
        context.addComponent("felt-one-thread", oneThread);
        CountDownLatch routingSlow = new CountDownLatch(1);
        CountDownLatch slowMayEnd = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(downloads, "").replace("felt:", "felt-one-thread:")).process(exchange -> {
                    if (slow.exportId().equals(exchange.getMessage().getHeader(FeltConstants.EXPORT_ID))) {
                        routingSlow.countDown();
                        assertThat(slowMayEnd.await(20, TimeUnit.SECONDS)).isTrue();
                    }
                }).to("mock:exports");
            }
        });
        for (ExportRef export : List.of(slow, EXPORT)) {
            template.send("felt-one-thread:export/create?format=geojson&mapId=" + export.mapId() + "&layerId="
                          + export.layerId(), exchange -> { });
        }
        assertThat(routingSlow.await(10, TimeUnit.SECONDS)).isTrue();

        // the only routing thread is busy: the other export is polled on, completes and is downloaded meanwhile
        stubStatuses(EXPORT, completed(EXPORT));
        await().atMost(Duration.ofSeconds(10)).until(() -> downloads(downloadPath(EXPORT)).size() == 1);
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isZero();
        slowMayEnd.countDown();

        assertThat(received(context, 2)).map(message -> message.getHeader(FeltConstants.EXPORT_ID))
                .containsExactlyInAnyOrder(slow.exportId(), EXPORT.exportId());
    }

    @Test
    void claimsAndAnswersAreHandledOnTheStoreWorkPoolLeavingTheFileWorkToDownloads() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), completed(EXPORT));
        List<String> storeThreads = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("watched", new MemoryJobStore() {
            @Override
            public void release(String key, String owner) {
                storeThreads.add(Thread.currentThread().getName());
                super.release(key, owner);
            }

            @Override
            public void finish(String key, String finalStatus) {
                storeThreads.add(Thread.currentThread().getName());
                super.finish(key, finalStatus);
            }
        });
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(downloads, "&jobStore=#watched")).to("mock:exports");
            }
        });
        template.send("felt:export/create?format=geojson&jobStore=#watched&mapId=" + MAP_ID + "&layerId=" + LAYER_ID,
                exchange -> { });

        assertThat(received(context, 1)).hasSize(1);
        // the release after the first answer (in progress), and the finish after the route
        await().atMost(Duration.ofSeconds(10)).until(() -> storeThreads.size() >= 2);
        assertThat(storeThreads).allMatch(name -> name.contains("FeltStoreWork"));
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A memory store that runs a step once right after a poll has read the pending exports, and tells when an export
     * is finished.
     */
    private static final class HookedJobStore extends MemoryJobStore {

        private final AtomicReference<Runnable> afterSnapshot = new AtomicReference<>();
        private final Map<String, CountDownLatch> finishes = new ConcurrentHashMap<>();
        private volatile boolean hookRan;

        void afterNextSnapshot(Runnable step) {
            afterSnapshot.set(step);
        }

        boolean snapshotHookRan() {
            return hookRan;
        }

        /** Counted down once the key's job is finished: how a delivery whose route succeeded is recorded. */
        CountDownLatch onFinish(String key) {
            return finishes.computeIfAbsent(key, k -> new CountDownLatch(1));
        }

        @Override
        public List<JobRecord> pending(String type) {
            List<JobRecord> snapshot = super.pending(type);
            Runnable step = afterSnapshot.getAndSet(null);
            if (step != null) {
                step.run();
                hookRan = true;
            }
            return snapshot;
        }

        @Override
        public void finish(String key, String finalStatus) {
            super.finish(key, finalStatus);
            CountDownLatch finished = finishes.remove(key);
            if (finished != null) {
                finished.countDown();
            }
        }
    }

    private void consume(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(downloads, options)).to("mock:exports");
            }
        });
    }
}
