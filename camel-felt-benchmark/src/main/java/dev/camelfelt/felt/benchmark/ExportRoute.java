package dev.camelfelt.felt.benchmark;

import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/** A started CamelContext, its felt component aimed at a stub Felt, and one route: direct, felt:export, receiver. */
final class ExportRoute implements AutoCloseable {

    static final String START = "direct:export";

    private final CamelContext camel;
    private final ProducerTemplate template;

    /** @param budget whether the component's request budget applies (see {@link FeltCamel#create}) */
    ExportRoute(String feltBaseUrl, String feltExportUri, Processor receiver, boolean budget) throws Exception {
        camel = FeltCamel.create(feltBaseUrl, budget);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(START).to(feltExportUri).process(receiver);
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    CamelContext camel() {
        return camel;
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
