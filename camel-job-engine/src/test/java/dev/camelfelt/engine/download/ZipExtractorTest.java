package dev.camelfelt.engine.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelfelt.engine.testing.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unpacking a ZIP that holds one data file, and nothing else. */
class ZipExtractorTest {

    @TempDir
    Path root;

    private static final String GEOJSON = "{\"type\":\"FeatureCollection\",\"features\":[]}";

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
        entries.put("parcels/parcels.geojson", GEOJSON);
        Path zip = zip(entries);

        assertThat(extractor.extractSingleDataFile(zip, "", "export E1")).hasValue(downloads.resolve("parcels.geojson"));

        assertThat(downloads.resolve("parcels.geojson")).hasContent(GEOJSON);
        assertThat(downloads.toFile().list()).containsExactly("parcels.geojson");
    }

    @Test
    void leavesAZipOfSeveralDataFilesAlone() throws IOException {
        Path zip = zip(Map.of("parcels.geojson", "{}", "parcels.csv", "id"));
        byte[] before = Files.readAllBytes(zip);

        assertThat(extractor.extractSingleDataFile(zip, "", "export E1")).isEmpty();

        assertThat(zip).hasBinaryContent(before);
        assertThat(downloads.toFile().list()).containsExactly("felt-export.zip");
    }

    @Test
    void entryThatClimbsOutOfTheDirectoryStaysInIt() throws IOException {
        Path zip = zip(Map.of("../../x.geojson", GEOJSON));

        assertThat(extractor.extractSingleDataFile(zip, "", "export E1")).hasValue(downloads.resolve("x.geojson"));

        assertThat(downloads.resolve("x.geojson")).hasContent(GEOJSON);
        assertThat(root.resolve("x.geojson")).doesNotExist();
        assertThat(root.resolve("exports").resolve("x.geojson")).doesNotExist();
        assertThat(downloads.toFile().list()).containsExactly("x.geojson");
    }

    @Test
    void entryWithAnAbsolutePathStaysInTheDirectory() throws IOException {
        Path outside = root.resolve("outside.geojson");
        Path zip = zip(Map.of(outside.toString(), GEOJSON));

        assertThat(extractor.extractSingleDataFile(zip, "", "export E1")).hasValue(downloads.resolve("outside.geojson"));

        assertThat(outside).doesNotExist();
        assertThat(downloads.toFile().list()).containsExactly("outside.geojson");
    }

    @Test
    void prefixKeepsTwoArchivesWithTheSameEntryApart() throws IOException {
        Path first = Files.write(downloads.resolve("E1.zip"), Zips.zip(Map.of("parcels.geojson", "first")));
        Path second = Files.write(downloads.resolve("E2.zip"), Zips.zip(Map.of("parcels.geojson", "second")));

        assertThat(extractor.extractSingleDataFile(first, "E1-", "export E1"))
                .hasValue(downloads.resolve("E1-parcels.geojson"));
        assertThat(extractor.extractSingleDataFile(second, "E2-", "export E2"))
                .hasValue(downloads.resolve("E2-parcels.geojson"));

        assertThat(downloads.resolve("E1-parcels.geojson")).hasContent("first");
        assertThat(downloads.resolve("E2-parcels.geojson")).hasContent("second");
    }

    @Test
    void corruptZipIsATypedErrorNamingWhatItWasAndLeavesNothingBehind() throws IOException {
        Path zip = Files.writeString(downloads.resolve("felt-export.zip"), "<html>not a zip</html>");

        assertThatThrownBy(() -> extractor.extractSingleDataFile(zip, "", "Felt export E1"))
                .isInstanceOf(CorruptArchiveException.class)
                .hasMessageStartingWith("The file of Felt export E1 is not a readable ZIP (")
                .hasMessageEndingWith("); it has been deleted");

        assertThat(downloads).isEmptyDirectory();
    }
}
