package dev.camelfelt.engine.store;

/** The memory store keeps nothing across a restart, by design, so it runs the contract without that part. */
class MemoryJobStoreTest extends JobStoreContract {

    @Override
    JobStore newStore() {
        MemoryJobStore memory = new MemoryJobStore(clock, RETENTION);
        memory.start();
        return memory;
    }
}
