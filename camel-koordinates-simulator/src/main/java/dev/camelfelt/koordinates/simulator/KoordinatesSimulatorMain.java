package dev.camelfelt.koordinates.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Runs the simulator on its own until the process is stopped:
 * {@code java -jar camel-koordinates-simulator-<version>-standalone.jar [--port N] [--storage-port N] [--api-key K]
 * [--polls N] [--lifetime PT1H]}. It prints the base URL, the key and the seeded ids.
 */
public final class KoordinatesSimulatorMain {

    private KoordinatesSimulatorMain() {
    }

    public static void main(String[] args) {
        KoordinatesSimulator simulator;
        try {
            simulator = configure(args).build();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: java -jar camel-koordinates-simulator-<version>-standalone.jar [--port N]"
                    + " [--storage-port N] [--api-key KEY] [--polls N] [--lifetime PT1H]");
            System.exit(2);
            return;
        }
        // the servers' threads keep the process alive; this stops them cleanly on Ctrl-C
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "koordinates-simulator-shutdown"));
        describe(simulator, System.out);
    }

    static KoordinatesSimulator.Builder configure(String[] args) {
        KoordinatesSimulator.Builder builder = KoordinatesSimulator.builder();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("No value for " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--storage-port" -> builder.storagePort(Integer.parseInt(value));
                case "--api-key" -> builder.apiKey(value);
                case "--polls" -> builder.pollsUntilComplete(Integer.parseInt(value));
                case "--lifetime" -> builder.exportLifetime(Duration.parse(value));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        return builder;
    }

    static void describe(KoordinatesSimulator simulator, PrintStream out) {
        out.println("Koordinates simulator running");
        out.println("  base URL:    " + simulator.baseUrl() + "  (API root " + simulator.apiUrl() + ")");
        out.println("  API key:     " + simulator.apiKey() + "  (send 'Authorization: key <API key>')");
        out.println("  storage:     " + simulator.storageUrl());
        for (SeededLayer layer : simulator.layers()) {
            out.println("  " + layer.kind() + " " + layer.id() + ": " + layer.name() + "  " + simulator.itemUrl(layer));
        }
        for (CropLayer cropLayer : simulator.cropLayers()) {
            out.println("  crop layer " + cropLayer.id() + ": " + cropLayer.name() + ", crop features "
                    + cropLayer.features().stream().map(feature -> feature.id() + " " + feature.name())
                            .collect(Collectors.joining(", ")));
        }
        out.println("Point camel-koordinates at it with camel.component.koordinates.base-url=" + simulator.baseUrl()
                + " and camel.component.koordinates.api-key=" + simulator.apiKey());
        out.println("Stop it with Ctrl+C.");
    }
}
