package dev.camelfelt.engine.store;

import java.time.Duration;
import java.util.List;

import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every job store does; each store's test runs these against it. */
abstract class JobStoreContract {

    static final Duration RETENTION = Duration.ofHours(1);
    static final Duration LEASE = Duration.ofSeconds(30);
    static final JobRef A = JobRef.of("felt-export", "A", "mapId", "M1", "layerId", "L1");
    static final JobRef B = JobRef.of("felt-export", "B", "mapId", "M1", "layerId", "L2");
    static final JobRef OTHER_TYPE = JobRef.of("koordinates-export", "A");

    final MutableClock clock = new MutableClock();
    JobStore store;

    /** A started store over fresh, empty storage, on {@link #clock}, keeping finished records for {@link #RETENTION}. */
    abstract JobStore newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        store.stop();
    }

    static List<String> ids(List<JobRecord> records) {
        return records.stream().map(r -> r.job().id()).toList();
    }

    @Test
    void keepsPendingJobsOldestFirstPerTypeWithTheirScope() {
        assertThat(store.add(A)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.add(B)).isTrue();
        assertThat(store.add(OTHER_TYPE)).isTrue();
        assertThat(store.add(A)).isFalse();

        List<JobRecord> pending = store.pending("felt-export");
        assertThat(ids(pending)).containsExactly("A", "B");
        assertThat(pending.get(0).job()).isEqualTo(A);
        assertThat(pending.get(0).job().scope()).containsExactly(
                java.util.Map.entry("mapId", "M1"), java.util.Map.entry("layerId", "L1"));
        assertThat(pending.get(0).status()).isEqualTo(JobStore.PENDING);
        assertThat(ids(store.pending("koordinates-export"))).containsExactly("A");
    }

    @Test
    void finishedJobLeavesThePendingListAndIsForgottenAfterTheRetention() {
        store.add(A);
        store.add(B);

        store.finish(A.key(), "completed");

        assertThat(ids(store.pending("felt-export"))).containsExactly("B");
        assertThat(store.get(A.key())).get().extracting(JobRecord::status).isEqualTo("completed");
        assertThat(store.add(A)).as("a finished job is not tracked again").isFalse();

        clock.advance(RETENTION.plusSeconds(1));
        store.pending("felt-export");
        assertThat(store.get(A.key())).isEmpty();
    }

    @Test
    void oneOwnerAtATimeUntilReleasedOrTheLeaseRunsOut() {
        store.add(A);

        assertThat(store.claim(A.key(), "node-1", LEASE)).isTrue();
        assertThat(store.claim(A.key(), "node-2", LEASE)).isFalse();
        assertThat(store.claim(A.key(), "node-1", LEASE)).as("renewed").isTrue();

        store.release(A.key(), "node-2");
        assertThat(store.claim(A.key(), "node-2", LEASE)).as("only the owner releases").isFalse();
        store.release(A.key(), "node-1");
        assertThat(store.claim(A.key(), "node-2", LEASE)).isTrue();

        clock.advance(LEASE.plusMillis(1));
        assertThat(store.claim(A.key(), "node-1", LEASE)).as("the lease ran out").isTrue();
    }

    @Test
    void claimAllClaimsTheFreeJobsRenewsTheOwnersAndLeavesTheRest() {
        JobRef c = JobRef.of("felt-export", "C");
        JobRef d = JobRef.of("felt-export", "D");
        for (JobRef job : List.of(A, B, c, d)) {
            store.add(job);
        }
        store.claim(B.key(), "node-1", LEASE);
        store.claim(c.key(), "node-2", LEASE);
        store.finish(d.key(), "completed");
        clock.advance(Duration.ofSeconds(10));

        assertThat(store.claimAll(List.of(A.key(), B.key(), c.key(), d.key(), "felt-export:unknown"), "node-1", LEASE))
                .containsExactlyInAnyOrder(A.key(), B.key());

        clock.advance(LEASE.minusSeconds(5));
        assertThat(store.claim(B.key(), "node-2", LEASE)).as("B's claim renewed").isFalse();
        assertThat(store.claim(A.key(), "node-2", LEASE)).isFalse();
        assertThat(store.claimAll(List.of(c.key()), "node-1", LEASE)).as("node-2's claim ran out").containsExactly(c.key());
        assertThat(store.claimAll(List.of(), "node-1", LEASE)).isEmpty();
    }

    @Test
    void releaseAllGivesUpTheOwnersClaimsOnly() {
        JobRef c = JobRef.of("felt-export", "C");
        for (JobRef job : List.of(A, B, c)) {
            store.add(job);
        }
        store.claimAll(List.of(A.key(), B.key()), "node-1", LEASE);
        store.claim(c.key(), "node-2", LEASE);

        store.releaseAll(List.of(A.key(), B.key(), c.key()), "node-1");

        assertThat(store.claimAll(List.of(A.key(), B.key(), c.key()), "node-3", LEASE))
                .containsExactlyInAnyOrder(A.key(), B.key());
        store.releaseAll(List.of(), "node-3");
    }

    @Test
    void claimedRecordIsTheStoredRecordOfAJobTheOwnerHolds() {
        store.add(A);
        store.add(B);
        store.claimAll(List.of(A.key(), B.key()), "node-1", LEASE);
        store.recordFailedDelivery(A.key(), 1, "/data/A.zip");
        store.finish(B.key(), "completed");

        assertThat(store.claimedRecord(A.key(), "node-1", LEASE)).get()
                .satisfies(record -> assertThat(record.failedDeliveries()).isEqualTo(1))
                .satisfies(record -> assertThat(record.file()).isEqualTo("/data/A.zip"));
        assertThat(store.claimedRecord(A.key(), "node-2", LEASE)).as("node-1 holds it").isEmpty();
        assertThat(store.claimedRecord(B.key(), "node-1", LEASE)).as("finished").isEmpty();

        clock.advance(LEASE.plusSeconds(1));
        store.claim(A.key(), "node-2", LEASE);
        assertThat(store.claimedRecord(A.key(), "node-1", LEASE)).as("node-2 took it over").isEmpty();
    }

    @Test
    void finishedOrUnknownJobCannotBeClaimed() {
        store.add(A);
        store.finish(A.key(), "completed");

        assertThat(store.claim(A.key(), "node-1", LEASE)).isFalse();
        assertThat(store.claim(B.key(), "node-1", LEASE)).isFalse();
    }

    @Test
    void remembersFailedDeliveriesAndTheFileAlreadyDownloaded() {
        store.add(A);

        store.recordFailedDelivery(A.key(), 2, "/data/A.zip");

        JobRecord record = store.pending("felt-export").get(0);
        assertThat(record.failedDeliveries()).isEqualTo(2);
        assertThat(record.file()).isEqualTo("/data/A.zip");
    }
}
