package dev.camelfelt.engine.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every job store that keeps its records across a restart does, beside the rest of the contract. */
abstract class DurableJobStoreContract extends JobStoreContract {

    /** The same storage seen by a new store instance, as after a restart (the old one may not have stopped). */
    abstract JobStore reopen() throws Exception;

    @Test
    void survivesARestart() throws Exception {
        store.add(A);
        store.add(B);
        store.recordFailedDelivery(B.key(), 1, "/data/B.zip");
        store.finish(A.key(), "completed");

        JobStore restarted = reopen();
        try {
            assertThat(ids(restarted.pending("felt-export"))).containsExactly("B");
            assertThat(restarted.get(B.key())).get().extracting(JobRecord::file).isEqualTo("/data/B.zip");
            assertThat(restarted.get(A.key())).get().extracting(JobRecord::status).isEqualTo("completed");
        } finally {
            restarted.stop();
        }
    }
}
