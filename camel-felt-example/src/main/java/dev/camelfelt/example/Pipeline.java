package dev.camelfelt.example;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The pipelines the example runs. */
public enum Pipeline {
    /** Copy a template map, export its layer, keep the file, publish the layer. */
    FELT_ETL("felt-etl", "Felt ETL"),
    /** Export a layer from Koordinates cropped to an extent, upload it to a new Felt map and publish it. */
    KOORDINATES_TO_FELT("koordinates-to-felt", "Koordinates to Felt pipeline");

    private final String flag;
    private final String description;

    Pipeline(String flag, String description) {
        this.flag = flag;
        this.description = description;
    }

    /** What the pipeline is called in a sentence, e.g. "Felt ETL". */
    String description() {
        return description;
    }

    /** The pipeline named by {@code --pipeline=NAME}, else by the {@code pipeline} system property; felt-etl by default. */
    public static Pipeline select(String[] args, String property) {
        String name = ExampleFlags.value(args, "pipeline", property);
        if (name == null || name.isBlank()) {
            return FELT_ETL;
        }
        return Arrays.stream(values()).filter(pipeline -> pipeline.flag.equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown pipeline '" + name + "': use "
                        + Arrays.stream(values()).map(Pipeline::toString).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return flag;
    }
}
