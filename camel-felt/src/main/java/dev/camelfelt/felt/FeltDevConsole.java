package dev.camelfelt.felt;

import dev.camelfelt.engine.console.JobsDevConsole;

/**
 * The {@code felt} dev console: the exports, uploads and syncs the felt components of the CamelContext wait for and
 * track, with their state, age, polls and last error, and their counts.
 */
public class FeltDevConsole extends JobsDevConsole {

    public FeltDevConsole() {
        super("felt", "Felt", "The Felt exports, uploads and syncs camel-felt waits for and tracks", FeltComponent.class);
    }
}
