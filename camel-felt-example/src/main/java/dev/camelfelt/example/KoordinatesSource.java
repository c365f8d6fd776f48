package dev.camelfelt.example;

import java.util.function.UnaryOperator;

import dev.camelfelt.koordinates.KoordinatesComponent;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulator;

/**
 * The Koordinates site the koordinates-to-felt pipeline exports from. A null base URL leaves the host; a null key
 * leaves the component's default, the KOORDINATES_API_KEY environment variable.
 */
public record KoordinatesSource(String description, String baseUrl, String host, String apiKey) {

    static final String KEY_VARIABLE = "KOORDINATES_API_KEY";
    static final String HOST_VARIABLE = "KOORDINATES_HOST";

    /** The embedded simulator. */
    public static KoordinatesSource simulator(KoordinatesSimulator simulator) {
        return new KoordinatesSource("the embedded Koordinates simulator at " + simulator.baseUrl(),
                simulator.baseUrl(), null, simulator.apiKey());
    }

    /** The site named by KOORDINATES_HOST, e.g. data.linz.govt.nz, with the key of KOORDINATES_API_KEY. */
    public static KoordinatesSource site(UnaryOperator<String> environment) {
        String host = environment.apply(HOST_VARIABLE);
        if (host == null || host.isBlank()) {
            throw new IllegalStateException(KEY_VARIABLE + " is set, so the pipeline exports from a Koordinates site"
                    + " and needs its host: set " + HOST_VARIABLE + " (e.g. data.linz.govt.nz), or unset "
                    + KEY_VARIABLE + " to export from the embedded simulator");
        }
        return new KoordinatesSource("Koordinates at " + host.trim(), null, host.trim(), null);
    }

    /** The koordinates component, pointed at this site. */
    KoordinatesComponent component() {
        KoordinatesComponent component = new KoordinatesComponent();
        if (baseUrl != null) {
            component.getConfiguration().setBaseUrl(baseUrl);
        }
        if (host != null) {
            component.getConfiguration().setHost(host);
        }
        if (apiKey != null) {
            component.getConfiguration().setApiKey(apiKey);
        }
        return component;
    }

    @Override
    public String toString() {
        // the key never reaches a log
        return description;
    }
}
