package dev.camelfelt.koordinates.model;

/** A format an export can be made in: its mime type, exactly as the server spells it, and its display name. */
public record ExportFormat(String mimetype, String name) {
}
