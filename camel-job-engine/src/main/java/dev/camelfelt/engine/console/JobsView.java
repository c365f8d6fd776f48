package dev.camelfelt.engine.console;

import java.util.List;

import dev.camelfelt.engine.job.JobActivity;

/** What a component shows of its jobs: to its dev console as a list, to JMX as counts. */
public interface JobsView {

    /** The jobs waited for, then those tracked. */
    List<JobActivity> jobs();

    long getPendingJobs();

    long getCompletedJobs();

    long getFailedJobs();

    long getPollErrors();
}
