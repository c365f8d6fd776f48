package dev.camelfelt.example;

import java.util.Map;

/** Runs koordinates-to-felt once: starts Camel Main with its route, sends it one message, and stops. */
public final class KoordinatesToFeltJob {

    private final KoordinatesSource source;
    private final FeltTarget target;
    private final Map<String, String> properties;

    /** @param properties Camel properties that override application.properties, e.g. the layer or the extent */
    public KoordinatesToFeltJob(KoordinatesSource source, FeltTarget target, Map<String, String> properties) {
        this.source = source;
        this.target = target;
        this.properties = Map.copyOf(properties);
    }

    /** Runs the pipeline; throws the exception that stopped it, such as a KoordinatesExportFailedException. */
    public KoordinatesToFeltSummary run() throws Exception {
        EtlRuntime runtime = new CamelMainEtlRuntime(routes -> routes.addRoutesBuilder(new KoordinatesToFeltRoutes()),
                Map.of("koordinates", source.component(), "felt", target.component()), properties);
        return runtime.runOnce(KoordinatesToFeltRoutes.ENDPOINT, KoordinatesToFeltSummary.class);
    }
}
