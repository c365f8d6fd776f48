package dev.camelfelt.felt.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The component page's YAML example of a consumer on a file job store runs as written. */
class DocsFileStoreYamlTest extends FeltExportTestSupport {

    private static final Path PAGE = Path.of("../docs/felt-component.adoc");
    private static final String SECTION = "=== Consume exports that end, across restarts";

    @TempDir
    Path work;

    /** The YAML block of the section, with its relative paths moved into the test's directory. */
    private String yamlOfTheDocs() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String section = page.substring(page.indexOf(SECTION));
        String yaml = section.substring(section.indexOf("[source,yaml]\n----\n") + "[source,yaml]\n----\n".length());
        yaml = yaml.substring(0, yaml.indexOf("\n----"));
        return yaml.replace("data/felt-jobs.journal", work.resolve("felt-jobs.journal").toString())
                .replace("downloadDirectory: exports", "downloadDirectory: " + work.resolve("exports"))
                .replace("delay: 10000", "delay: 10");
    }

    @Test
    void theFileStoreExampleEmitsAnExportStartedWithTheSameStore() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("docs.yaml", yamlOfTheDocs()));

        template.send("felt:export/create?format=geojson&jobStore=#exportJobs&mapId=" + EXPORT.mapId() + "&layerId="
                      + EXPORT.layerId(), exchange -> { });

        Path journal = work.resolve("felt-jobs.journal");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(journal)
                && Files.readString(journal).contains("\"op\":\"finish\",\"key\":\"felt-export:" + EXPORT.exportId()));
        assertThat(work.resolve("exports").resolve("felt-export-" + EXPORT.exportId() + ".zip")).exists();
    }
}
