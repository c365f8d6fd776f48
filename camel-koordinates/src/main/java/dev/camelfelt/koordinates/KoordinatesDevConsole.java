package dev.camelfelt.koordinates;

import dev.camelfelt.engine.console.JobsDevConsole;

/**
 * The {@code koordinates} dev console: the exports the koordinates components of the CamelContext wait for and
 * track, with their state, age, polls and last error, and their counts.
 */
public class KoordinatesDevConsole extends JobsDevConsole {

    public KoordinatesDevConsole() {
        super("koordinates", "Koordinates", "The Koordinates exports camel-koordinates waits for and tracks",
                KoordinatesComponent.class);
    }
}
