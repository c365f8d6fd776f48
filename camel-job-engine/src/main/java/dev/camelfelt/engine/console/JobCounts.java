package dev.camelfelt.engine.console;

/** How many jobs are pending (waited for or tracked), have completed or failed, and how many polls failed. */
public record JobCounts(long pending, long completed, long failed, long pollErrors) {
}
