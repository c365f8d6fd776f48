package dev.camelfelt.felt.benchmark;

import dev.camelfelt.felt.FeltComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** The benchmark's CamelContexts: a felt component aimed at a stub on 127.0.0.1, with or without its request budget. */
final class FeltCamel {

    static final String TOKEN = "felt_pat_benchmark";

    /**
     * The component's HTTP connections when its budget is off: 10,000 exports polled every 5 s at 100 ms ask for about
     * 200 requests on the wire, their downloads and the bursts more; the default 200 would make them queue.
     */
    static final int CONNECTIONS_WITHOUT_BUDGET = 1000;

    private FeltCamel() {
    }

    /**
     * An unstarted CamelContext with a felt component. Without a budget, the component's options
     * maxRequestsPerSecond and maxConcurrentRequests are 0 (no limit) and maxConnections is
     * {@link #CONNECTIONS_WITHOUT_BUDGET}, so that neither the budget nor the connections bind.
     */
    static CamelContext create(String baseUrl, boolean budget) {
        CamelContext camel = new DefaultCamelContext();
        FeltComponent felt = new FeltComponent();
        felt.getConfiguration().setBaseUrl(baseUrl);
        felt.getConfiguration().setApiToken(TOKEN);
        if (!budget) {
            felt.setMaxRequestsPerSecond(0);
            felt.setMaxConcurrentRequests(0);
            felt.setMaxConnections(CONNECTIONS_WITHOUT_BUDGET);
        }
        camel.addComponent("felt", felt);
        return camel;
    }

    /** The budget as the run uses it, e.g. "maxRequestsPerSecond=20, maxConcurrentRequests=10, maxConnections=200". */
    static String budget(CamelContext camel) {
        FeltComponent felt = camel.getComponent("felt", FeltComponent.class);
        return "maxRequestsPerSecond=" + felt.getMaxRequestsPerSecond() + ", maxConcurrentRequests="
               + felt.getMaxConcurrentRequests() + (felt.getMaxRequestsPerSecond() == 0 ? " (0: no limit)" : "")
               + ", maxConnections=" + felt.getMaxConnections();
    }
}
