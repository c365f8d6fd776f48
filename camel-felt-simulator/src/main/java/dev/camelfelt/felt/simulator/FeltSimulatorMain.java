package dev.camelfelt.felt.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own, for pointing an application at it:
 * {@code java -jar camel-felt-simulator-<version>-standalone.jar [--port 18080] [--token T] [--polls N]}.
 * It prints where it listens, its token and the seeded ids, then serves until the JVM is stopped.
 */
public final class FeltSimulatorMain {

    static final String USAGE = "Usage: java -jar camel-felt-simulator-standalone.jar [--port PORT] [--token TOKEN] "
            + "[--polls POLLS_UNTIL_COMPLETE]";

    private FeltSimulatorMain() {
    }

    /** Starts the simulator and blocks until the JVM shuts down; bad arguments print the usage and exit with 2. */
    public static void main(String[] args) throws InterruptedException {
        FeltSimulator simulator;
        try {
            simulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "felt-simulator-shutdown"));
        stopped.await();
    }

    /** Starts a simulator configured by command-line arguments and prints how to reach it. */
    static FeltSimulator start(String[] args, PrintStream out) {
        FeltSimulator.Builder builder = FeltSimulator.builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing a value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(number(option, value));
                case "--token" -> builder.token(value);
                case "--polls" -> builder.pollsUntilComplete(number(option, value));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        FeltSimulator simulator = builder.build();
        print(simulator, out);
        return simulator;
    }

    private static void print(FeltSimulator simulator, PrintStream out) {
        SeededMap map = simulator.templateMap();
        out.println("Felt simulator running (Felt REST API v2 under /api/v2)");
        out.println("  base URL:       " + simulator.baseUrl());
        out.println("  token:          " + simulator.token());
        out.println("  upload storage: " + simulator.storage().baseUrl());
        out.println("  map:            " + map.mapId() + " (" + map.title() + ")");
        out.println("  layer group:    " + map.layerGroupId());
        out.println("  layer:          " + map.layerId() + " (" + map.layerName() + ", " + map.featureCount()
                + " features, export-ready)");
        out.println("  project:        " + SeedData.DEFAULT_PROJECT_ID);
        out.println("  comment:        " + map.commentId());
        out.println("Point camel-felt at it with camel.component.felt.base-url=" + simulator.baseUrl()
                + " and camel.component.felt.api-token=" + simulator.token());
        out.println("Stop it with Ctrl+C.");
        out.flush();
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
        }
    }
}
