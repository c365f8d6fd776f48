package dev.camelfelt.felt.simulator;

/** One data file of an export archive. */
record ExportFile(String name, byte[] content) {
}
