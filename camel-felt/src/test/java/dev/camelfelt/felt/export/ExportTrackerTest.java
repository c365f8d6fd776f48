package dev.camelfelt.felt.export;

import java.io.File;
import java.nio.file.Path;

import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The export tracker remembers the exports not yet routed, in a state repository that can outlive it. */
class ExportTrackerTest {

    private static final ExportRef FIRST = new ExportRef("vAbZ5eKqRoGe4sCH8nHW8D", "7kF9Cfz45TUWIiuuWV8uZ7A",
            "FZWQjWZJSZWvW3yn9BeV9AyA");
    private static final ExportRef SECOND = new ExportRef("vAbZ5eKqRoGe4sCH8nHW8D", "wB3nR6kLS0m9QaXc2VdE7fA",
            "auFxn9BO4RrGGiKrGfaS7ZB");
    private static final ExportRef THIRD = new ExportRef("Kd2pGx7TQWu0cLbV9mZ3eHA", "7kF9Cfz45TUWIiuuWV8uZ7A",
            "luCHyMruTQ6ozGk3gPJfEB");

    private final ExportTracker tracker = new ExportTracker(new MemoryStateRepository());

    @Test
    void tracksExportsOnceEachOldestFirst() {
        tracker.track(SECOND);
        tracker.track(FIRST);
        tracker.track(SECOND);
        tracker.track(THIRD);

        assertThat(tracker.pending()).containsExactly(SECOND, FIRST, THIRD);
        assertThat(tracker.status(FIRST.exportId())).isEqualTo("pending");
    }

    @Test
    void finishRemovesTheExportAndRecordsHowItEnded() {
        tracker.track(FIRST);
        tracker.track(SECOND);

        tracker.finish(FIRST, "completed");
        tracker.finish(SECOND, "failed");

        assertThat(tracker.pending()).isEmpty();
        assertThat(tracker.status(FIRST.exportId())).isEqualTo("completed");
        assertThat(tracker.status(SECOND.exportId())).isEqualTo("failed");
    }

    @Test
    void finishOfAnUntrackedExportRecordsItsStatusOnly() {
        tracker.track(FIRST);

        tracker.finish(SECOND, "completed");

        assertThat(tracker.pending()).containsExactly(FIRST);
        assertThat(tracker.status(SECOND.exportId())).isEqualTo("completed");
    }

    @Test
    void knowsNothingOfExportsNeverTracked() {
        assertThat(tracker.pending()).isEmpty();
        assertThat(tracker.status(FIRST.exportId())).isNull();
    }

    @Test
    void rejectsIdsThatWouldBreakItsRecords() {
        for (String id : new String[] { "a/b", "a,b", "a=b", "a\nb" }) {
            assertThatIllegalArgumentException().isThrownBy(() -> tracker.track(new ExportRef("map", "layer", id)))
                    .withMessageContaining("an id holds / , = or a newline");
        }
        assertThat(tracker.pending()).isEmpty();
    }

    @Test
    void aNewTrackerOverTheSameFileResumesWhereTheOldOneStopped(@TempDir Path directory) {
        File store = directory.resolve("felt-exports.dat").toFile();
        ExportTracker before = new ExportTracker(FileStateRepository.fileStateRepository(store));
        ServiceHelper.startService(before);
        before.track(FIRST);
        before.track(SECOND);
        before.track(THIRD);
        before.finish(SECOND, "completed");
        ServiceHelper.stopService(before);

        ExportTracker after = new ExportTracker(FileStateRepository.fileStateRepository(store));
        ServiceHelper.startService(after);
        try {
            assertThat(after.pending()).containsExactly(FIRST, THIRD);
            assertThat(after.status(FIRST.exportId())).isEqualTo("pending");
            assertThat(after.status(SECOND.exportId())).isEqualTo("completed");
        } finally {
            ServiceHelper.stopService(after);
        }
    }
}
