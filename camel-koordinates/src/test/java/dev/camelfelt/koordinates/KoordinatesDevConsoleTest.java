package dev.camelfelt.koordinates;

import java.util.Map;

import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.impl.console.DefaultDevConsoleRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The koordinates dev console counts the exports koordinates:export waited for, through Camel's console registry. */
class KoordinatesDevConsoleTest extends KoordinatesTestSupport {

    private static final String AIRPORTS = "items=50772&crs=EPSG:2193&format=shp&extent=2/442";

    @Test
    void countsAnExportWaitedForUntilItCompleted() throws Exception {
        reply(call("koordinates:export?" + AIRPORTS + "&waitInitialDelay=5&waitDelay=5&waitBackoffMultiplier=1"));

        DevConsole console = registry().resolveById("koordinates");

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        assertThat(json).containsEntry("pending", 0L).containsEntry("completed", 1L).containsEntry("failed", 0L)
                .containsEntry("pollErrors", 0L);
        assertThat(console.call(DevConsole.MediaType.TEXT))
                .isEqualTo(String.format("Jobs: 0 pending, 1 completed, 0 failed, 0 failed polls%n"));
    }

    private DevConsoleRegistry registry() {
        DevConsoleRegistry registry = DevConsoleRegistry.get(context);
        if (registry == null) {
            registry = new DefaultDevConsoleRegistry(context);
            context.getCamelContextExtension().addContextPlugin(DevConsoleRegistry.class, registry);
        }
        return registry;
    }
}
