package dev.camelfelt.felt.benchmark;

import java.io.PrintStream;

/** Prints the benchmark's figures to a stream, one labelled line each, the values lined up. */
final class Report {

    private static final int LABEL_WIDTH = 38;

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void heading(String format, Object... args) {
        out.printf(format + "%n", args);
    }

    void line(String label, String format, Object... args) {
        StringBuilder padded = new StringBuilder("  ").append(label).append(' ');
        while (padded.length() < LABEL_WIDTH) {
            padded.append('.');
        }
        out.printf(padded + " " + format + "%n", args);
    }

    void line(String label, DurationSummary durations, String note) {
        line(label, "median %.1f ms, p99 %.1f ms, largest %.1f ms%s", durations.medianMillis(),
                durations.p99Millis(), durations.maxMillis(), note);
    }

    void blank() {
        out.println();
    }
}
