package dev.camelfelt.felt.benchmark;

/** Byte counts as the benchmark prints them. */
final class Bytes {

    static final long MIB = 1024 * 1024;

    private Bytes() {
    }

    static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (double) MIB);
    }
}
