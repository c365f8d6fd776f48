package dev.camelfelt.felt.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Unpacking an export ZIP that holds one data file, and nothing else. */
class ZipExtractorTest {

    @TempDir
    Path root;

    private Path downloads;
    private final ZipExtractor extractor = new ZipExtractor();

    @BeforeEach
    void makeDownloadDirectory() throws IOException {
        // two levels down, so that an entry climbing out of it would land inside root, where the test can see it
        downloads = Files.createDirectories(root.resolve("exports").resolve("downloads"));
    }

    private Path zip(Map<String, String> entries) throws IOException {
        return Files.write(downloads.resolve("felt-export.zip"), Zips.zip(entries));
    }

    @Test
    void extractsTheSingleDataFileAndRemovesTheZip() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("parcels/", "");
        entries.put("parcels/.DS_Store", "finder");
        entries.put("__MACOSX/parcels/._parcels.geojson", "resource fork");
        entries.put("parcels/parcels.geojson", FeltExportTestSupport.GEOJSON);
        Path zip = zip(entries);

        assertThat(extractor.extractSingleDataFile(zip)).hasValue(downloads.resolve("parcels.geojson"));

        assertThat(downloads.resolve("parcels.geojson")).hasContent(FeltExportTestSupport.GEOJSON);
        assertThat(downloads.toFile().list()).containsExactly("parcels.geojson");
    }

    @Test
    void leavesAZipOfSeveralDataFilesAlone() throws IOException {
        Path zip = zip(Map.of("parcels.geojson", "{}", "parcels.csv", "id"));
        byte[] before = Files.readAllBytes(zip);

        assertThat(extractor.extractSingleDataFile(zip)).isEmpty();

        assertThat(zip).hasBinaryContent(before);
        assertThat(downloads.toFile().list()).containsExactly("felt-export.zip");
    }

    @Test
    void entryThatClimbsOutOfTheDirectoryStaysInIt() throws IOException {
        Path zip = zip(Map.of("../../x.geojson", FeltExportTestSupport.GEOJSON));

        assertThat(extractor.extractSingleDataFile(zip)).hasValue(downloads.resolve("x.geojson"));

        assertThat(downloads.resolve("x.geojson")).hasContent(FeltExportTestSupport.GEOJSON);
        assertThat(root.resolve("x.geojson")).doesNotExist();
        assertThat(root.resolve("exports").resolve("x.geojson")).doesNotExist();
        assertThat(downloads.toFile().list()).containsExactly("x.geojson");
    }

    @Test
    void entryWithAnAbsolutePathStaysInTheDirectory() throws IOException {
        Path outside = root.resolve("outside.geojson");
        Path zip = zip(Map.of(outside.toString(), FeltExportTestSupport.GEOJSON));

        assertThat(extractor.extractSingleDataFile(zip)).hasValue(downloads.resolve("outside.geojson"));

        assertThat(outside).doesNotExist();
        assertThat(downloads.toFile().list()).containsExactly("outside.geojson");
    }
}
