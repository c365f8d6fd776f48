package dev.camelfelt.engine.store;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class MemoryJobStoreTest extends JobStoreContract {

    @Override
    JobStore newStore() {
        MemoryJobStore memory = new MemoryJobStore(clock, RETENTION);
        memory.start();
        return memory;
    }

    @Override
    JobStore reopen() {
        throw new UnsupportedOperationException("memory does not survive a restart");
    }

    @Override
    @Test
    @Disabled("memory does not survive a restart, by design")
    void survivesARestart() {
    }
}
