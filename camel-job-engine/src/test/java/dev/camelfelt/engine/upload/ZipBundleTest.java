package dev.camelfelt.engine.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ZipBundleTest {

    @TempDir
    Path dir;

    @Test
    void packsEachFileUnderItsUploadName() throws Exception {
        Path shp = Files.writeString(dir.resolve("a.tmp"), "shapes");
        Path dbf = Files.writeString(dir.resolve("b.tmp"), "attributes");
        Path zip = dir.resolve("parks.zip");

        ZipBundle.write(List.of(new UploadFile(shp, "parks.shp"), new UploadFile(dbf, "parks.dbf")), zip);

        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            archive.stream().map(ZipEntry::getName).forEach(names::add);
            assertThat(names).containsExactly("parks.shp", "parks.dbf");
            assertThat(new String(archive.getInputStream(archive.getEntry("parks.dbf")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("attributes");
        }
    }

    @Test
    void refusesTwoFilesOfTheSameNameAndAnEmptyList() throws Exception {
        Path one = Files.writeString(dir.resolve("one"), "1");
        Path two = Files.writeString(dir.resolve("two"), "2");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ZipBundle.write(List.of(new UploadFile(one, "x.csv"), new UploadFile(two, "x.csv")),
                        dir.resolve("x.zip")))
                .withMessage("Two files to zip have the same name x.csv");
        assertThat(dir.resolve("x.zip")).doesNotExist();
        assertThatIllegalArgumentException().isThrownBy(() -> ZipBundle.write(List.of(), dir.resolve("y.zip")))
                .withMessage("Nothing to zip: the list of files is empty");
    }
}
