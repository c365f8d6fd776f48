package dev.camelfelt.felt.simulator;

/** A project: a place for maps, visible to the workspace or private. */
public record FeltProject(String id, String name, String visibility, String maxInheritedPermission) {
}
