package dev.camelfelt.engine.console;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelfelt.engine.job.JobActivity;
import dev.camelfelt.engine.job.JobBoard;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobThreadPools;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.engine.testing.MutableClock;
import dev.camelfelt.engine.testing.ScriptedDriver;
import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.camelfelt.engine.testing.ScriptedDriver.done;
import static dev.camelfelt.engine.testing.ScriptedDriver.failed;
import static dev.camelfelt.engine.testing.ScriptedDriver.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The jobs console shows each wait under way, with its state, age, polls and last error, and the counts. */
@Timeout(30)
class JobsDevConsoleTest {

    private static final JobRef SLOW = JobRef.of("test-job", "J1", "mapId", "M1", "layerId", "L1");
    private static final JobRef QUICK = JobRef.of("test-job", "J2");
    private static final JobRef BROKEN = JobRef.of("test-job", "J3");

    private final MutableClock clock = new MutableClock();
    private final ScriptedDriver driver = new ScriptedDriver();
    private final JobBoard board = new JobBoard(clock);
    private final DevConsole console = new BoardConsole(board);
    private CamelContext camel;
    private JobWaiter waiter;

    @BeforeEach
    void start() {
        camel = new DefaultCamelContext();
        camel.start();
        ScheduledExecutorService scheduler = JobThreadPools.newScheduler(camel, this, "JobsDevConsoleTest");
        waiter = new JobWaiter(scheduler, board);
        waiter.start();
    }

    @AfterEach
    void stop() {
        waiter.stop();
        camel.stop();
    }

    @Test
    void showsTheWaitsUnderWayAndTheCounts() {
        WaitPolicy policy = new WaitPolicy(Duration.ZERO, Duration.ZERO, 1, Duration.ZERO, Duration.ofHours(1), clock);
        driver.script(SLOW, running("in_progress"), new IOException("Connection reset"), new CompletableFuture<>());
        driver.script(QUICK, done());
        driver.script(BROKEN, failed());

        waiter.await(SLOW, driver, policy);
        waiter.await(QUICK, driver, policy).join();
        waiter.await(BROKEN, driver, policy).exceptionally(error -> null).join();
        await().until(() -> driver.pollsOf(SLOW) == 3);
        clock.advance(Duration.ofSeconds(90));

        assertThat(console.call(DevConsole.MediaType.TEXT)).isEqualTo("""
                Jobs: 1 pending, 1 completed, 1 failed, 1 failed polls

                    waiting  test-job J1 (mapId M1, layerId L1): in_progress, for 90 s, 2 polls, last error:\
                 java.io.IOException: Connection reset""");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        assertThat(json).containsEntry("pending", 1L).containsEntry("completed", 1L).containsEntry("failed", 1L)
                .containsEntry("pollErrors", 1L);
        assertThat((List<?>) json.get("jobs")).singleElement().isEqualTo(Map.of(
                "kind", "waiting", "type", "test-job", "id", "J1", "scope", Map.of("mapId", "M1", "layerId", "L1"),
                "state", "in_progress", "ageMillis", 90_000L, "polls", 2L,
                "lastError", "java.io.IOException: Connection reset"));
    }

    @Test
    void aWaitThatIsAbortedCountsAsFailedAndLeavesTheList() {
        WaitPolicy policy = new WaitPolicy(Duration.ZERO, Duration.ZERO, 1, Duration.ZERO, Duration.ofHours(1), clock);
        driver.script(SLOW, running("in_progress"), new CompletableFuture<>());
        waiter.await(SLOW, driver, policy);
        await().until(() -> driver.pollsOf(SLOW) == 2);

        waiter.stop();

        assertThat(board.waiting()).isEmpty();
        assertThat(board.failed()).isEqualTo(1);
        assertThat(board.completed()).isZero();
    }

    /** The console of a component whose jobs are those of one board. */
    private static final class BoardConsole extends JobsDevConsole {
        private final JobBoard board;

        BoardConsole(JobBoard board) {
            super("test-jobs", "Test jobs", "The jobs of one board", JobsView.class);
            this.board = board;
        }

        @Override
        protected List<JobActivity> jobs() {
            return board.waiting();
        }

        @Override
        protected JobCounts counts() {
            return new JobCounts(board.waiting().size(), board.completed(), board.failed(), board.pollErrors());
        }
    }
}
