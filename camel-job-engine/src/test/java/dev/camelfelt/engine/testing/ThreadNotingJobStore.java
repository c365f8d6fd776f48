package dev.camelfelt.engine.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.store.MemoryJobStore;

/** A memory job store that notes the name of the thread each job was added on. */
public class ThreadNotingJobStore extends MemoryJobStore {

    private final List<String> addedOn = new CopyOnWriteArrayList<>();

    @Override
    public boolean add(JobRef job) {
        addedOn.add(Thread.currentThread().getName());
        return super.add(job);
    }

    /** The names of the threads the jobs were added on, in order. */
    public List<String> addedOn() {
        return addedOn;
    }
}
