package dev.camelfelt.felt.benchmark;

import dev.camelfelt.felt.FeltComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** A started CamelContext, its felt component aimed at a stub Felt, and one route: direct, felt:export, receiver. */
final class ExportRoute implements AutoCloseable {

    static final String START = "direct:export";

    private final CamelContext camel = new DefaultCamelContext();
    private final FeltComponent felt = new FeltComponent();
    private final ProducerTemplate template;

    ExportRoute(String feltBaseUrl, String feltExportUri, Processor receiver) throws Exception {
        felt.getConfiguration().setApiToken("benchmark-token");
        felt.getConfiguration().setBaseUrl(feltBaseUrl);
        camel.addComponent("felt", felt);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(START).to(feltExportUri).process(receiver);
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    FeltComponent felt() {
        return felt;
    }

    ProducerTemplate template() {
        return template;
    }

    @Override
    public void close() throws Exception {
        template.close();
        camel.close();
    }
}
