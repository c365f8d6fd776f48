package dev.camelfelt.engine.job;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.camelfelt.engine.store.JobRecord;
import dev.camelfelt.engine.store.MemoryJobStore;
import dev.camelfelt.engine.testing.LogCapture;
import dev.camelfelt.engine.testing.ManualScheduler;
import dev.camelfelt.engine.testing.MutableClock;
import dev.camelfelt.engine.testing.NamedThread;
import dev.camelfelt.engine.testing.ScriptedDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.camelfelt.engine.testing.ScriptedDriver.done;
import static dev.camelfelt.engine.testing.ScriptedDriver.failed;
import static dev.camelfelt.engine.testing.ScriptedDriver.gone;
import static dev.camelfelt.engine.testing.ScriptedDriver.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(30)
class TrackedJobPollerTest {

    private static final String TYPE = "test-job";
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final JobRef A = JobRef.of(TYPE, "A");
    private static final JobRef B = JobRef.of(TYPE, "B");
    private static final JobRef C = JobRef.of(TYPE, "C");

    private final MutableClock clock = new MutableClock();
    private final ScriptedDriver driver = new ScriptedDriver();
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    /** How many jobs each store call of claimAll asked for. */
    private final List<Integer> claimedTogether = new CopyOnWriteArrayList<>();
    /** How many jobs each store call of releaseAll released. */
    private final List<Integer> releasedTogether = new CopyOnWriteArrayList<>();
    /** The store's finish and release calls, each with the key and the thread's name. */
    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private MemoryJobStore store;
    private Runnable afterSnapshot = () -> { };

    @BeforeEach
    void start() {
        store = new MemoryJobStore(clock, Duration.ofHours(1)) {
            @Override
            public List<JobRecord> pending(String type) {
                List<JobRecord> snapshot = super.pending(type);
                afterSnapshot.run();
                return snapshot;
            }

            @Override
            public Set<String> claimAll(List<String> keys, String owner, Duration lease) {
                claimedTogether.add(keys.size());
                return super.claimAll(keys, owner, lease);
            }

            @Override
            public void releaseAll(List<String> keys, String owner) {
                releasedTogether.add(keys.size());
                super.releaseAll(keys, owner);
            }

            @Override
            public void finish(String key, String finalStatus) {
                recorded.add("finish " + key + " on " + Thread.currentThread().getName());
                super.finish(key, finalStatus);
            }

            @Override
            public void release(String key, String owner) {
                recorded.add("release " + key + " on " + Thread.currentThread().getName());
                super.release(key, owner);
            }
        };
        store.start();
    }

    private TrackedJobPoller<String> poller(String owner, int maxRedeliveries) {
        return new TrackedJobPoller<>(store, driver, TYPE, owner, LEASE, maxRedeliveries, Runnable::run, scheduler,
                Duration.ZERO);
    }

    /** Delivers by recording the job and its status; routing succeeds. */
    private CompletableFuture<JobDelivery.Outcome> routed(JobRecord record, JobState<String> state) {
        delivered.add(record.job().id() + " " + state.status());
        return CompletableFuture.completedFuture(new JobDelivery.Outcome(true, null));
    }

    private static int round(TrackedJobPoller<String> poller, JobDelivery<String> delivery) throws Exception {
        return poller.poll(job -> true, 0, delivery).get(10, TimeUnit.SECONDS);
    }

    /** A, B, C and D added in that order, a millisecond apart, all in progress; each round spread over 2 s. */
    private TrackedJobPoller<String> fourJobsInProgressSpreadOverTwoSeconds() {
        for (JobRef job : List.of(A, B, C, JobRef.of(TYPE, "D"))) {
            store.add(job);
            clock.advance(Duration.ofMillis(1));
            driver.script(job, running("processing"));
        }
        // rounds 4 s apart: their polls spread over 2 s
        return new TrackedJobPoller<>(store, driver, TYPE, "node-1", LEASE, 5, Runnable::run, scheduler,
                Duration.ofSeconds(4));
    }

    @Test
    void aRoundSpreadsItsPollsOverTheSpreadEachJobClaimedOnlyRightBeforeItsPoll() throws Exception {
        TrackedJobPoller<String> poller = fourJobsInProgressSpreadOverTwoSeconds();

        CompletableFuture<Integer> round = poller.poll(job -> true, 0, this::routed);

        assertThat(driver.polls()).containsExactly("test-job:A");
        // not yet claimed by this node: another may still claim it
        assertThat(store.claim(C.key(), "node-2", LEASE)).isTrue();
        store.release(C.key(), "node-2");
        scheduler.advance(Duration.ofMillis(500));
        assertThat(driver.polls()).containsExactly("test-job:A", "test-job:B");
        scheduler.advance(Duration.ofMillis(499));
        assertThat(driver.polls()).containsExactly("test-job:A", "test-job:B");
        assertThat(round).isNotDone();
        scheduler.advance(Duration.ofMillis(501));
        assertThat(driver.polls()).containsExactly("test-job:A", "test-job:B", "test-job:C", "test-job:D");
        assertThat(round.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void jobsWhosePollsFallWithinAFewMillisecondsAreClaimedAndReleasedInOneStoreCallEach() throws Exception {
        List<String> ids = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
        for (String id : ids) {
            store.add(JobRef.of(TYPE, id));
            clock.advance(Duration.ofMillis(1));
            driver.script(JobRef.of(TYPE, id), running("processing"));
        }
        // 10 jobs over 100 ms: a slot of 10 ms, two slots to a claim
        TrackedJobPoller<String> poller = new TrackedJobPoller<>(store, driver, TYPE, "node-1", LEASE, 5,
                Runnable::run, scheduler, Duration.ofMillis(200));

        CompletableFuture<Integer> round = poller.poll(job -> true, 0, this::routed);

        assertThat(claimedTogether).containsExactly(2);
        assertThat(driver.polls()).containsExactly("test-job:A", "test-job:B");
        assertThat(releasedTogether).containsExactly(2);
        scheduler.advance(Duration.ofMillis(19));
        assertThat(driver.polls()).hasSize(2);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(driver.polls()).containsExactly("test-job:A", "test-job:B", "test-job:C", "test-job:D");
        scheduler.advance(Duration.ofMillis(60));
        assertThat(round.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(claimedTogether).containsExactly(2, 2, 2, 2, 2);
        assertThat(releasedTogether).containsExactly(2, 2, 2, 2, 2);
        assertThat(store.claimAll(ids.stream().map(id -> TYPE + ":" + id).toList(), "node-2", LEASE))
                .as("every claim given up").hasSize(10);
        assertThat(driver.polls()).containsExactlyElementsOf(ids.stream().map(id -> TYPE + ":" + id).toList());
    }

    @Test
    void aSlotNeverWidensSoNoJobIsPolledLaterInItsRoundThanInTheOneBefore() throws Exception {
        TrackedJobPoller<String> poller = fourJobsInProgressSpreadOverTwoSeconds();
        CompletableFuture<Integer> first = poller.poll(job -> true, 0, this::routed);
        scheduler.advance(Duration.ofMillis(1500));
        first.get(10, TimeUnit.SECONDS);
        // D was polled 1.5 s into the round; B and C leave, and 2 s spread over 2 jobs would put D 1 s in
        store.finish(B.key(), "completed");
        store.finish(C.key(), "completed");

        CompletableFuture<Integer> second = poller.poll(job -> true, 0, this::routed);
        scheduler.advance(Duration.ofMillis(500));

        assertThat(second.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(driver.polls()).endsWith("test-job:A", "test-job:D");
    }

    @Test
    void aRoutedJobIsRecordedOnTheWorkPoolNotTheRoutesThreadAndFinishingItEndsItsClaim() throws Exception {
        store.add(A);
        driver.script(A, done());
        ExecutorService work = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "work"));
        try {
            TrackedJobPoller<String> poller = new TrackedJobPoller<>(store, driver, TYPE, "node-1", LEASE, 5, work,
                    scheduler, Duration.ZERO);
            CompletableFuture<JobDelivery.Outcome> routing = new CompletableFuture<>();

            assertThat(round(poller, (record, state) -> routing)).isEqualTo(1);
            NamedThread.run("route", () -> routing.complete(new JobDelivery.Outcome(true, null)));

            await().until(() -> poller.delivering() == 0);
            assertThat(recorded).containsExactly("finish " + A.key() + " on work");
            assertThat(store.claim(A.key(), "node-2", LEASE)).as("finished: nothing left to claim").isFalse();
        } finally {
            work.shutdownNow();
        }
    }

    @Test
    void aFailingPollOrDeliveryOfOneJobNeverStopsTheOthersAndEveryClaimIsReleased() throws Exception {
        store.add(A);
        store.add(B);
        store.add(C);
        driver.script(A, new IOException("401 Unauthorized"));
        driver.script(B, done());
        driver.script(C, done());
        TrackedJobPoller<String> poller = poller("node-1", 5);

        int handed = round(poller, (record, state) -> {
            if (record.job().equals(B)) {
                throw new IllegalStateException("unzip failed");
            }
            return routed(record, state);
        });

        assertThat(handed).isEqualTo(2);
        assertThat(delivered).containsExactly("C completed");
        assertThat(store.get(C.key())).get().extracting(JobRecord::status).isEqualTo("completed");
        assertThat(store.get(B.key())).get().extracting(JobRecord::failedDeliveries).isEqualTo(1);
        for (JobRef job : List.of(A, B)) {
            assertThat(store.claim(job.key(), "node-2", LEASE)).as("claim on %s released", job).isTrue();
        }
    }

    @Test
    void runningJobStaysWatchedAndGoneJobIsDroppedWithAWarning() throws Exception {
        store.add(A);
        store.add(B);
        driver.script(A, running("processing"));
        driver.script(B, gone());

        try (LogCapture logs = LogCapture.start(TrackedJobPoller.class.getName())) {
            round(poller("node-1", 5), this::routed);

            assertThat(logs.events()).anySatisfy(line -> assertThat(line)
                    .startsWith("WARN " + TrackedJobPoller.class.getName() + " - test-job B is gone (gone)"));
        }
        assertThat(delivered).isEmpty();
        assertThat(store.pending(TYPE)).extracting(r -> r.job().id()).containsExactly("A");
    }

    @Test
    void failedJobIsDeliveredToo() throws Exception {
        store.add(A);
        driver.script(A, failed());

        round(poller("node-1", 5), this::routed);

        assertThat(delivered).containsExactly("A failed");
        assertThat(store.pending(TYPE)).isEmpty();
    }

    @Test
    void jobWhoseRoutingEndsDuringTheNextRoundIsNotDeliveredTwice() throws Exception {
        store.add(A);
        driver.script(A, done());
        TrackedJobPoller<String> poller = poller("node-1", 5);
        CompletableFuture<JobDelivery.Outcome> routing = new CompletableFuture<>();
        round(poller, (record, state) -> {
            delivered.add(record.job().id());
            return routing;
        });
        // the routing completes just after the next round has read the pending jobs
        afterSnapshot = () -> routing.complete(new JobDelivery.Outcome(true, null));

        round(poller, this::routed);
        afterSnapshot = () -> { };
        round(poller, this::routed);

        assertThat(delivered).containsExactly("A");
        assertThat(driver.pollsOf(A)).isEqualTo(1);
    }

    @Test
    void failedRoutingThatEndsDuringTheNextRoundIsRedeliveredWithItsFileAndCount() throws Exception {
        store.add(A);
        driver.script(A, done());
        TrackedJobPoller<String> poller = poller("node-1", 2);
        CompletableFuture<JobDelivery.Outcome> routing = new CompletableFuture<>();
        List<String> handedOver = new CopyOnWriteArrayList<>();
        JobDelivery<String> failingRoute = (record, state) -> {
            handedOver.add(record.failedDeliveries() + " " + record.file());
            return handedOver.size() == 1 ? routing
                    : CompletableFuture.completedFuture(new JobDelivery.Outcome(false, record.file()));
        };
        round(poller, failingRoute);
        // the first routing fails just after the next round has read the pending jobs
        afterSnapshot = () -> routing.complete(new JobDelivery.Outcome(false, "/data/A.zip"));

        round(poller, failingRoute);
        afterSnapshot = () -> { };
        round(poller, failingRoute);

        assertThat(handedOver).containsExactly("0 null", "1 /data/A.zip");
        assertThat(store.get(A.key())).get().extracting(JobRecord::status).isEqualTo(TrackedJobPoller.GIVEN_UP);
    }

    @Test
    void twoConsumersSharingTheStoreDeliverEachJobOnce() throws Exception {
        store.add(A);
        CompletableFuture<JobState<String>> answer = new CompletableFuture<>();
        driver.script(A, answer);
        TrackedJobPoller<String> first = poller("node-1", 5);
        TrackedJobPoller<String> second = poller("node-2", 5);

        CompletableFuture<Integer> firstRound = first.poll(job -> true, 0, this::routed);
        int secondRound = round(second, this::routed);
        answer.complete(done());

        assertThat(firstRound.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(secondRound).isZero();
        assertThat(delivered).containsExactly("A completed");
    }

    @Test
    void routeThatKeepsFailingIsGivenUpAfterMaxRedeliveriesWithoutDownloadingAgain() throws Exception {
        store.add(A);
        driver.script(A, done());
        TrackedJobPoller<String> poller = poller("node-1", 3);
        List<String> filesSeen = new CopyOnWriteArrayList<>();
        JobDelivery<String> failingRoute = (record, state) -> {
            filesSeen.add(String.valueOf(record.file()));
            return CompletableFuture.completedFuture(new JobDelivery.Outcome(false, "/data/A.zip"));
        };

        try (LogCapture logs = LogCapture.start(TrackedJobPoller.class.getName())) {
            for (int i = 0; i < 5; i++) {
                round(poller, failingRoute);
            }

            assertThat(logs.events()).filteredOn(line -> line.contains("giving up")).singleElement().asString()
                    .startsWith("WARN " + TrackedJobPoller.class.getName()
                                + " - Routing test-job A failed 3 times; giving up on it: it is recorded as given-up");
        }
        assertThat(filesSeen).containsExactly("null", "/data/A.zip", "/data/A.zip");
        assertThat(store.get(A.key())).get().extracting(JobRecord::status).isEqualTo(TrackedJobPoller.GIVEN_UP);
        assertThat(store.pending(TYPE)).isEmpty();
    }

    @Test
    void aRoundThatIsStillPollingIsNotOverlapped() throws Exception {
        store.add(A);
        CompletableFuture<JobState<String>> answer = new CompletableFuture<>();
        driver.script(A, answer);
        TrackedJobPoller<String> poller = poller("node-1", 5);

        CompletableFuture<Integer> slow = poller.poll(job -> true, 0, this::routed);
        int overlapping = round(poller, this::routed);
        answer.complete(running("processing"));

        assertThat(overlapping).isZero();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(driver.pollsOf(A)).isEqualTo(1);
    }

    @Test
    void stoppingGivesUpTheClaimsOfJobsStillPolledSoThatAnotherConsumerTakesThemAtOnce() throws Exception {
        store.add(A);
        CompletableFuture<JobState<String>> answer = new CompletableFuture<>();
        driver.script(A, answer);
        TrackedJobPoller<String> stopping = poller("node-1", 5);
        stopping.poll(job -> true, 0, this::routed);

        stopping.stop();
        answer.complete(done());

        assertThat(store.claim(A.key(), "node-2", LEASE)).as("node-1's claim given up").isTrue();
        assertThat(delivered).as("the late answer is not delivered by the stopped poller").isEmpty();
        assertThat(round(poller("node-2", 5), this::routed)).isEqualTo(1);
        assertThat(delivered).containsExactly("A completed");
    }

    @Test
    void jobWhoseClaimRanOutWhileItWasPolledIsLeftToTheConsumerThatTookItOver() throws Exception {
        store.add(A);
        CompletableFuture<JobState<String>> slowAnswer = new CompletableFuture<>();
        driver.script(A, slowAnswer, done());
        TrackedJobPoller<String> slow = poller("node-1", 5);
        TrackedJobPoller<String> other = poller("node-2", 5);
        CompletableFuture<JobDelivery.Outcome> otherRouting = new CompletableFuture<>();

        CompletableFuture<Integer> slowRound = slow.poll(job -> true, 0, this::routed);
        clock.advance(LEASE.plusSeconds(1));
        assertThat(round(other, (record, state) -> {
            delivered.add(record.job().id() + " by node-2");
            return otherRouting;
        })).isEqualTo(1);
        // node-1's poll answers while node-2 is still routing the job
        slowAnswer.complete(done());

        assertThat(slowRound.get(10, TimeUnit.SECONDS)).isZero();
        otherRouting.complete(new JobDelivery.Outcome(true, null));
        assertThat(round(slow, this::routed)).isZero();
        assertThat(delivered).containsExactly("A by node-2");
        assertThat(store.get(A.key())).get().extracting(JobRecord::status).isEqualTo("completed");
    }

    @Test
    void claimThatRanOutWhileTheJobWasRoutedIsReportedAtTheNextRound() throws Exception {
        store.add(A);
        driver.script(A, done());
        TrackedJobPoller<String> poller = poller("node-1", 5);
        round(poller, (record, state) -> new CompletableFuture<>());
        // no round renewed the claim within its lease, and another node took the job
        clock.advance(LEASE.plusSeconds(1));
        assertThat(store.claim(A.key(), "node-2", LEASE)).isTrue();

        try (LogCapture logs = LogCapture.start(TrackedJobPoller.class.getName())) {
            round(poller, this::routed);

            assertThat(logs.events()).singleElement().asString().isEqualToIgnoringNewLines("WARN "
                    + TrackedJobPoller.class.getName()
                    + " - The claim on job test-job:A ran out while it was being delivered: another consumer may"
                    + " deliver it too. The lease (PT1M) must outlast the time between two polls");
        }
    }

    @Test
    void leaseOfADeadNodeRunsOutAndAnotherTakesTheJobOver() throws Exception {
        store.add(A);
        driver.script(A, done());
        // node-1 claimed the job, then died without releasing it
        assertThat(store.claim(A.key(), "node-1", LEASE)).isTrue();
        TrackedJobPoller<String> survivor = poller("node-2", 5);

        assertThat(round(survivor, this::routed)).isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(round(survivor, this::routed)).isEqualTo(1);

        assertThat(delivered).containsExactly("A completed");
    }
}
