package dev.camelfelt.felt.processing;

import java.util.Map;

import dev.camelfelt.engine.job.JobPhase;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.felt.FeltId;
import dev.camelfelt.felt.FeltOperation;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.model.Source;

/** Waits for a source's sync: {@code sync_status} {@code completed} or {@code failed}. */
public final class SourceSyncDriver extends FeltJobDriver<Source> {

    static final String TYPE = "felt-source-sync";

    public SourceSyncDriver(FeltClient client) {
        super(client, FeltOperation.SOURCES_GET);
    }

    /** The job of a source's sync. */
    public static JobRef job(String sourceId) {
        return JobRef.of(TYPE, sourceId);
    }

    @Override
    Map<FeltId, String> ids(JobRef job) {
        return Map.of(FeltId.SOURCE, job.id());
    }

    @Override
    JobState<Source> state(Source source) {
        JobPhase phase = switch (String.valueOf(source.syncStatus())) {
            case "completed" -> JobPhase.DONE;
            case "failed" -> JobPhase.FAILED;
            default -> JobPhase.RUNNING;
        };
        return JobState.of(phase, String.valueOf(source.syncStatus()), source);
    }

    @Override
    String describe(JobRef job) {
        return "Felt source " + job;
    }

    @Override
    public RuntimeException ended(JobRef job, JobState<Source> state) {
        return new FeltSourceSyncFailedException(job.id());
    }
}
