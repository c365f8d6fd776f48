package dev.camelfelt.koordinates;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelfelt.engine.store.FileJobStore;
import dev.camelfelt.koordinates.model.Export;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The YAML examples of docs/koordinates-component.adoc, run against the simulator as they are written there. */
class DocsExamplesTest extends KoordinatesTestSupport {

    private static final Path PAGE = Path.of("..", "docs", "koordinates-component.adoc");

    @TempDir
    static Path directory;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("exports.directory", directory.toString());
        properties.setProperty("exports.pollDelay", "10");
        return properties;
    }

    @Test
    void theExportExampleDownloadsTheCroppedLayer() throws Exception {
        load("example export");

        Exchange exchange = template.send("direct:canterbury-airports", e -> { });

        assertThat(exchange.getException()).isNull();
        File file = exchange.getMessage().getBody(File.class);
        assertThat(file.toPath()).isEqualTo(directory.resolve("kx-nz-airports-GPKG-nz-airports.geojson"));
        assertThat(Files.readString(file.toPath())).contains("Hokitika", "Christchurch").doesNotContain("Auckland");
    }

    @Test
    void theConsumerExampleEmitsATrackedExport() throws Exception {
        context.getRegistry().bind("exportStore", new FileJobStore(directory.resolve("exports.journal")));
        load("example consumer");

        Export export = template.requestBody("koordinates:exports/create?items=50804&format=kml"
                                             + "&jobStore=#exportStore", null, Export.class);

        await().until(() -> Files.exists(directory.resolve(export.name() + ".zip")));
        assertThat(directory.resolve("exports.journal")).isNotEmptyFile();
    }

    private void load(String example) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("example.yaml", snippet(example)));
    }

    /** The source block between {@code // NAME: START} and {@code // NAME: END}. */
    private static String snippet(String name) throws IOException {
        Matcher matcher = Pattern.compile("// " + name + ": START\\R\\[source,yaml]\\R----\\R(.*?)^----$",
                Pattern.DOTALL | Pattern.MULTILINE).matcher(Files.readString(PAGE));
        assertThat(matcher.find()).as(name + " in " + PAGE).isTrue();
        return matcher.group(1);
    }
}
