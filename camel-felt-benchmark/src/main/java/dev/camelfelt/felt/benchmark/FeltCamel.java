package dev.camelfelt.felt.benchmark;

import dev.camelfelt.felt.FeltComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** The benchmark's CamelContexts: a felt component aimed at a stub on 127.0.0.1, with or without its request budget. */
final class FeltCamel {

    static final String TOKEN = "felt_pat_benchmark";

    private FeltCamel() {
    }

    /**
     * An unstarted CamelContext with a felt component. Without a budget, the component's options
     * maxRequestsPerSecond and maxConcurrentRequests are 0 (no limit), so that the budget does not bind: requests then
     * queue only for one of the HTTP client's 200 connections.
     */
    static CamelContext create(String baseUrl, boolean budget) {
        CamelContext camel = new DefaultCamelContext();
        FeltComponent felt = new FeltComponent();
        felt.getConfiguration().setBaseUrl(baseUrl);
        felt.getConfiguration().setApiToken(TOKEN);
        if (!budget) {
            felt.setMaxRequestsPerSecond(0);
            felt.setMaxConcurrentRequests(0);
        }
        camel.addComponent("felt", felt);
        return camel;
    }

    /** The budget as the run uses it, e.g. "maxRequestsPerSecond=20, maxConcurrentRequests=10". */
    static String budget(CamelContext camel) {
        FeltComponent felt = camel.getComponent("felt", FeltComponent.class);
        return "maxRequestsPerSecond=" + felt.getMaxRequestsPerSecond() + ", maxConcurrentRequests="
               + felt.getMaxConcurrentRequests() + (felt.getMaxRequestsPerSecond() == 0 ? " (0: no limit)" : "");
    }
}
