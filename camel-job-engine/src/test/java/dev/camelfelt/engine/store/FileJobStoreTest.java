package dev.camelfelt.engine.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.camelfelt.engine.job.JobRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileJobStoreTest extends DurableJobStoreContract {

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("jobs.journal");
    }

    @Override
    JobStore newStore() {
        FileJobStore files = new FileJobStore(file(), clock, RETENTION, false);
        files.start();
        return files;
    }

    @Override
    JobStore reopen() {
        // the first store is not stopped: as after kill -9, only what reached the file counts
        return newStore();
    }

    @Test
    void eachChangeAppendsOneLineWhateverTheNumberOfJobs() throws Exception {
        for (int i = 0; i < 500; i++) {
            store.add(JobRef.of("felt-export", "J" + i));
        }
        long before = Files.size(file());

        store.finish("felt-export:J250", "completed");

        long line = Files.size(file()) - before;
        assertThat(line).isLessThan(120);
        assertThat(Files.readAllLines(file())).hasSize(501);
    }

    @Test
    void aLineTornByAKillIsSkipped() throws Exception {
        store.add(A);
        store.add(B);
        Files.writeString(file(), "{\"op\":\"finish\",\"key\":\"felt-exp", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        JobStore restarted = reopen();
        try {
            assertThat(restarted.pending("felt-export")).extracting(r -> r.job().id()).containsExactly("A", "B");
        } finally {
            restarted.stop();
        }
    }

    @Test
    void compactsTheJournalOnceMostOfItIsDead() throws Exception {
        for (int i = 0; i < 2_000; i++) {
            JobRef job = JobRef.of("felt-export", "J" + i);
            store.add(job);
            if (i % 10 != 0) {
                store.finish(job.key(), "completed");
                clock.advance(RETENTION.plusSeconds(1));
                store.pending("felt-export");
            }
        }

        assertThat(Files.readAllLines(file()).size()).isLessThan(1_500);
        JobStore restarted = reopen();
        try {
            assertThat(restarted.pending("felt-export")).hasSize(200);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void tenThousandPendingJobsAreAllBackAfterARestart() {
        for (int i = 0; i < 10_000; i++) {
            store.add(JobRef.of("felt-export", "J" + i, "mapId", "M", "layerId", "L"));
        }

        JobStore restarted = reopen();
        try {
            assertThat(restarted.pending("felt-export")).hasSize(10_000);
        } finally {
            restarted.stop();
        }
    }
}
