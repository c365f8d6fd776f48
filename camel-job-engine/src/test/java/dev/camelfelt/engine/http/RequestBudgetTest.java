package dev.camelfelt.engine.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.camelfelt.engine.testing.ManualScheduler;
import dev.camelfelt.engine.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget's time is a test clock: requests are granted as tokens grow back, never by waiting for real. */
class RequestBudgetTest {

    private static final Duration RECOVERY = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock();
    private final ManualScheduler scheduler = new ManualScheduler(clock);

    @Test
    void grantsAtMostTheRateASecond() {
        RequestBudget budget = new RequestBudget(10, 0, RECOVERY, clock, scheduler);

        List<CompletableFuture<RequestBudget.Permit>> permits = acquire(budget, Priority.USER, 25);

        assertThat(granted(permits)).isEqualTo(10);
        scheduler.advance(Duration.ofMillis(500));
        assertThat(granted(permits)).isEqualTo(15);
        scheduler.advance(Duration.ofMillis(1000));
        assertThat(granted(permits)).isEqualTo(25);
    }

    @Test
    void grantsAtMostMaxConcurrentRequestsUntilOneIsReleased() {
        RequestBudget budget = new RequestBudget(0, 2, RECOVERY, clock, scheduler);

        List<CompletableFuture<RequestBudget.Permit>> permits = acquire(budget, Priority.USER, 3);

        assertThat(granted(permits)).isEqualTo(2);
        permits.get(0).join().close();
        permits.get(0).join().close(); // a second release of the same permit gives back nothing more
        assertThat(granted(permits)).isEqualTo(3);
        assertThat(budget.waiting()).isZero();
    }

    @Test
    void userCallsGoBeforePollsThatWaitedLonger() {
        RequestBudget budget = new RequestBudget(0, 1, RECOVERY, clock, scheduler);
        CompletableFuture<RequestBudget.Permit> first = budget.acquire(Priority.POLL);
        List<String> order = new ArrayList<>();
        CompletableFuture<RequestBudget.Permit> poll = record(budget.acquire(Priority.POLL), "poll", order);
        CompletableFuture<RequestBudget.Permit> user1 = record(budget.acquire(Priority.USER), "user 1", order);
        CompletableFuture<RequestBudget.Permit> user2 = record(budget.acquire(Priority.USER), "user 2", order);

        first.join().close();
        assertThat(order).containsExactly("user 1");

        CompletableFuture<RequestBudget.Permit> user3 = record(budget.acquire(Priority.USER), "user 3", order);
        user1.join().close();
        user2.join().close();
        user3.join().close();
        assertThat(order).containsExactly("user 1", "user 2", "user 3", "poll");
        assertThat(poll).isDone();
    }

    @Test
    void aThrottledAnswerPausesAndHalvesTheRateThenItRecovers() {
        RequestBudget budget = new RequestBudget(10, 0, RECOVERY, clock, scheduler);

        budget.throttled(Duration.ofSeconds(5));
        List<CompletableFuture<RequestBudget.Permit>> permits = acquire(budget, Priority.USER, 40);

        assertThat(budget.currentRate()).isEqualTo(5.0);
        scheduler.advance(Duration.ofMillis(4999));
        assertThat(granted(permits)).as("paused for Retry-After").isZero();
        scheduler.advance(Duration.ofMillis(1001));
        assertThat(granted(permits)).as("one at once, then a second at the halved rate").isEqualTo(6);

        scheduler.advance(Duration.ofSeconds(23));
        assertThat(budget.currentRate()).as("not yet quiet for 30 s").isEqualTo(5.0);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(budget.currentRate()).isEqualTo(10.0);
        assertThat(granted(permits)).isEqualTo(40);
    }

    @Test
    void aThrottledAnswerWithoutRetryAfterPausesForASecond() {
        RequestBudget budget = new RequestBudget(10, 0, RECOVERY, clock, scheduler);

        budget.throttled(null);
        CompletableFuture<RequestBudget.Permit> permit = budget.acquire(Priority.USER);

        scheduler.advance(Duration.ofMillis(999));
        assertThat(permit).isNotDone();
        scheduler.advance(Duration.ofMillis(100));
        assertThat(permit).isDone();
    }

    @Test
    void repeatedThrottlingKeepsHalvingButNeverStopsEntirely() {
        RequestBudget budget = new RequestBudget(8, 0, RECOVERY, clock, scheduler);

        for (int i = 0; i < 6; i++) {
            budget.throttled(Duration.ZERO);
        }

        assertThat(budget.currentRate()).isEqualTo(1.0);
        scheduler.advance(RECOVERY);
        assertThat(budget.currentRate()).isEqualTo(2.0);
        scheduler.advance(RECOVERY);
        assertThat(budget.currentRate()).isEqualTo(4.0);
    }

    @Test
    void withoutARateAThrottledAnswerOnlyPauses() {
        RequestBudget budget = new RequestBudget(0, 0, RECOVERY, clock, scheduler);

        budget.throttled(Duration.ofSeconds(2));
        List<CompletableFuture<RequestBudget.Permit>> permits = acquire(budget, Priority.POLL, 100);

        assertThat(granted(permits)).isZero();
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(granted(permits)).isEqualTo(100);
    }

    private static List<CompletableFuture<RequestBudget.Permit>> acquire(RequestBudget budget, Priority priority, int n) {
        List<CompletableFuture<RequestBudget.Permit>> permits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            permits.add(budget.acquire(priority));
        }
        return permits;
    }

    private static CompletableFuture<RequestBudget.Permit> record(CompletableFuture<RequestBudget.Permit> permit,
                                                                 String name, List<String> order) {
        permit.thenRun(() -> order.add(name));
        return permit;
    }

    private static int granted(List<CompletableFuture<RequestBudget.Permit>> permits) {
        return (int) permits.stream().filter(CompletableFuture::isDone).count();
    }
}
