package dev.camelfelt.felt.export;

import java.nio.file.Path;
import java.util.Map;

import dev.camelfelt.felt.FeltComponent;
import org.apache.camel.Exchange;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.impl.console.DefaultDevConsoleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The felt dev console and the component's JMX counts show the exports felt:export waited for. */
class FeltDevConsoleTest extends FeltExportTestSupport {

    @TempDir
    Path downloads;

    @Test
    void countsAnExportWaitedForUntilItCompleted() {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), completed(EXPORT));

        Exchange exchange = template.send(exportUri("&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isNull();
        DevConsole console = registry().resolveById("felt");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        assertThat(json).containsEntry("pending", 0L).containsEntry("completed", 1L).containsEntry("failed", 0L)
                .containsEntry("pollErrors", 0L);
        assertThat(console.call(DevConsole.MediaType.TEXT))
                .isEqualTo(String.format("Jobs: 0 pending, 1 completed, 0 failed, 0 failed polls%n"));
        FeltComponent felt = context.getComponent("felt", FeltComponent.class);
        assertThat(felt.getCompletedJobs()).isEqualTo(1);
        assertThat(felt.getPendingJobs()).isZero();
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
