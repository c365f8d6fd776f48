package dev.camelfelt.engine.download;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadedFileTest {

    @TempDir
    Path directory;

    @Test
    void aKeptFileIsTemporaryOnlyInTheEnginesTemporaryDirectory() throws Exception {
        Path inDownloads = Files.writeString(directory.resolve("export.zip"), "x");
        Path temporaryDirectory = Files.createDirectory(directory.resolve(DownloadedFile.TEMPORARY_DIRECTORY_PREFIX + "1"));
        Path inTemporary = Files.writeString(temporaryDirectory.resolve("export.zip"), "x");

        assertThat(DownloadedFile.kept(inDownloads.toString())).get()
                .satisfies(file -> assertThat(file.file()).isEqualTo(inDownloads))
                .satisfies(file -> assertThat(file.temporary()).isFalse());
        assertThat(DownloadedFile.kept(inTemporary.toString())).get()
                .satisfies(file -> assertThat(file.temporary()).isTrue());
    }

    @Test
    void nothingIsKeptWhenNoneWasRecordedOrTheFileIsGone() {
        assertThat(DownloadedFile.kept(null)).isEmpty();
        assertThat(DownloadedFile.kept(directory.resolve("gone.zip").toString())).isEmpty();
    }
}
