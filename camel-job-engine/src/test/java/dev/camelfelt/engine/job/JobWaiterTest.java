package dev.camelfelt.engine.job;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.camelfelt.engine.testing.LogCapture;
import dev.camelfelt.engine.testing.MutableClock;
import dev.camelfelt.engine.testing.ScriptedDriver;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.camelfelt.engine.testing.ScriptedDriver.done;
import static dev.camelfelt.engine.testing.ScriptedDriver.failed;
import static dev.camelfelt.engine.testing.ScriptedDriver.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@Timeout(30)
class JobWaiterTest {

    private static final JobRef JOB = JobRef.of("test-job", "J1", "mapId", "M1");

    private final MutableClock clock = new MutableClock();
    private final ScriptedDriver driver = new ScriptedDriver();
    private CamelContext camel;
    private ScheduledExecutorService scheduler;
    private JobWaiter waiter;

    @BeforeEach
    void start() {
        camel = new DefaultCamelContext();
        camel.start();
        scheduler = JobThreadPools.newScheduler(camel, this, "JobWaiterTest");
        waiter = new JobWaiter(scheduler);
        waiter.start();
    }

    @AfterEach
    void stop() {
        waiter.stop();
        camel.stop();
    }

    /** Polls at once, every time; the clock moves a minute per poll, so the timeout is reached in polls. */
    private WaitPolicy policy(Duration timeout) {
        return new WaitPolicy(Duration.ZERO, Duration.ZERO, 1, Duration.ZERO, timeout, clock);
    }

    @Test
    void waitsUntilTheJobIsDoneAndLogsProgressOnlyWhenItChanges() throws Exception {
        driver.script(JOB, running("queued"), running("processing", 0.25), running("processing", 0.25),
                running("processing", 0.5), done());

        try (LogCapture logs = LogCapture.start(JobWaiter.class.getName())) {
            JobState<String> state = waiter.await(JOB, driver, policy(Duration.ofHours(1))).get(10, TimeUnit.SECONDS);

            assertThat(state.detail()).isEqualTo("the result");
            assertThat(driver.pollsOf(JOB)).isEqualTo(5);
            assertThat(logs.events()).extracting(line -> line.replaceAll(" after \\d+ ms", "").trim()).containsExactly(
                    "INFO " + JobWaiter.class.getName() + " - test-job J1 (mapId M1) is queued",
                    "INFO " + JobWaiter.class.getName() + " - test-job J1 (mapId M1) is processing (25%)",
                    "INFO " + JobWaiter.class.getName() + " - test-job J1 (mapId M1) is processing (50%)",
                    "INFO " + JobWaiter.class.getName() + " - test-job J1 (mapId M1) is completed");
        }
        assertThat(waiter.waiting()).isZero();
    }

    @Test
    void failedJobEndsTheWaitWithTheDriversException() {
        driver.script(JOB, running("processing"), failed());

        CompletableFuture<JobState<String>> wait = waiter.await(JOB, driver, policy(Duration.ofHours(1)));

        assertThatThrownBy(() -> wait.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ScriptedDriver.Ended.class)
                .hasMessage("test-job J1 (mapId M1) ended failed");
    }

    @Test
    void pollErrorsAreLoggedAtWarnAndTheLastOneIsTheTimeoutsCause() {
        IOException reset = new IOException("Connection reset");
        driver.script(JOB, running("processing"), reset);
        // each poll takes the clock a minute on: the third poll is past the 2-minute timeout
        JobDriver<String> timed = new JobDriver<>() {
            @Override
            public CompletableFuture<JobState<String>> poll(JobRef job) {
                clock.advance(Duration.ofMinutes(1));
                return driver.poll(job);
            }

            @Override
            public RuntimeException ended(JobRef job, JobState<String> state) {
                return driver.ended(job, state);
            }

            @Override
            public RuntimeException timedOut(JobRef job, Duration waited, String lastStatus, Throwable lastError) {
                return driver.timedOut(job, waited, lastStatus, lastError);
            }

            @Override
            public RuntimeException aborted(JobRef job, String reason) {
                return driver.aborted(job, reason);
            }
        };

        try (LogCapture logs = LogCapture.start(JobWaiter.class.getName())) {
            CompletableFuture<JobState<String>> wait = waiter.await(JOB, timed, policy(Duration.ofMinutes(2)));

            assertThatThrownBy(() -> wait.get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(ScriptedDriver.TimedOut.class).hasMessage("test-job J1 (mapId M1) still processing")
                    .cause().isSameAs(reset);
            assertThat(logs.events()).filteredOn(line -> line.startsWith("WARN")).first().asString()
                    .contains("Polling test-job J1 (mapId M1) failed").contains("java.io.IOException: Connection reset");
        }
    }

    @Test
    void permanentPollErrorEndsTheWaitAtOnce() {
        ScriptedDriver.Refused refused = new ScriptedDriver.Refused("401 Unauthorized");
        driver.script(JOB, refused);

        CompletableFuture<JobState<String>> wait = waiter.await(JOB, driver, policy(Duration.ofHours(1)));

        assertThatThrownBy(() -> wait.get(10, TimeUnit.SECONDS)).cause().isSameAs(refused);
        assertThat(driver.pollsOf(JOB)).isEqualTo(1);
    }

    @Test
    void stoppingTheWaiterAbortsEveryWaitInsteadOfLeavingItHanging() {
        CompletableFuture<JobState<String>> neverAnswered = new CompletableFuture<>();
        driver.script(JOB, neverAnswered);
        CompletableFuture<JobState<String>> wait = waiter.await(JOB, driver, policy(Duration.ofHours(1)));
        await().until(() -> driver.pollsOf(JOB) == 1);

        waiter.stop();

        assertThatThrownBy(() -> wait.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ScriptedDriver.Aborted.class)
                .hasMessage("test-job J1 (mapId M1) aborted: it was stopped while waiting");
        assertThat(waiter.waiting()).isZero();
        // a poll answering late changes nothing
        neverAnswered.complete(done());
        assertThat(wait).isCompletedExceptionally();
    }

    @Test
    void aWaitAfterStopIsAbortedAtOnce() {
        waiter.stop();

        assertThatThrownBy(() -> waiter.await(JOB, driver, policy(Duration.ofHours(1))).get(1, TimeUnit.SECONDS))
                .cause().isInstanceOf(ScriptedDriver.Aborted.class);
        assertThat(driver.polls()).isEmpty();
    }

    @Test
    void thousandsOfWaitsOnOneSchedulerThreadAreNeverRejected() throws Exception {
        // Camel's default thread-pool profile allows 1,000 queued tasks; each waiting job holds one
        int jobs = 3_000;
        CompletableFuture<JobState<String>> answer = new CompletableFuture<>();
        WaitPolicy slow = new WaitPolicy(Duration.ofSeconds(3600), Duration.ofSeconds(1), 1, Duration.ofSeconds(1),
                Duration.ofHours(2), clock);
        List<CompletableFuture<JobState<String>>> waits = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            JobRef job = JobRef.of("test-job", "J" + i);
            driver.script(job, answer);
            waits.add(waiter.await(job, driver, slow));
        }

        assertThat(waits).noneMatch(CompletableFuture::isDone);
        assertThat(waiter.waiting()).isEqualTo(jobs);
    }
}
