package dev.camelfelt.felt;

import dev.camelfelt.felt.model.FeltMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ClassPathXmlApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static dev.camelfelt.felt.FeltJson.COPY_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The same duplication from each DSL; the routes take the Felt URL and token from property placeholders. */
class DslRoutesTest extends FeltTestSupport {

    private static final String DUPLICATE = "/api/v2/maps/" + MAP_ID + "/duplicate";
    private static final String EXPECTED_BODY = """
            {"title": "Wildfires (archive)", "destination": {"project_id": "%s"}}
            """.formatted(OTHER_PROJECT_ID);

    /** Unconfigured, so that only the routes' placeholders can point it at the fake Felt. */
    @Override
    protected FeltComponent feltComponent() {
        return new FeltComponent();
    }

    @Test
    void javaDsl() throws Exception {
        stubDuplicate();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:java")
                        .to("felt:maps/duplicate?baseUrl={{felt.baseUrl}}&apiToken={{felt.apiToken}}&mapId=" + MAP_ID
                            + "&title=Wildfires (archive)&projectId=" + OTHER_PROJECT_ID)
                        .to("mock:java");
            }
        });

        assertDuplicated(context, "direct:java", "mock:java");
    }

    @Test
    void yamlDsl() throws Exception {
        stubDuplicate();
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/duplicate-map.yaml"));

        assertThat(context.getRoute("duplicate-map-yaml")).isNotNull();
        assertDuplicated(context, "direct:yaml", "mock:yaml");
    }

    @Test
    void springXmlDsl() throws Exception {
        stubDuplicate();
        System.setProperty("felt.baseUrl", baseUrl());
        System.setProperty("felt.apiToken", TOKEN);
        try (ClassPathXmlApplicationContext spring =
                new ClassPathXmlApplicationContext("routes/duplicate-map-spring.xml")) {
            CamelContext camel = spring.getBean("felt-xml", CamelContext.class);

            assertThat(camel.getRoute("duplicate-map-xml")).isNotNull();
            assertDuplicated(camel, "direct:xml", "mock:xml");
        } finally {
            System.clearProperty("felt.baseUrl");
            System.clearProperty("felt.apiToken");
        }
    }

    private static void stubDuplicate() {
        felt.stubFor(post(urlEqualTo(DUPLICATE)).willReturn(okJson(
                FeltJson.map(COPY_ID, "Wildfires (archive)", OTHER_PROJECT_ID, null, "private"))));
    }

    private static void assertDuplicated(CamelContext camel, String from, String to) throws Exception {
        MockEndpoint mock = camel.getEndpoint(to, MockEndpoint.class);
        mock.expectedMessageCount(1);
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            Exchange exchange = producer.send(from, e -> { });
            assertThat(exchange.getException()).isNull();
        }

        mock.assertIsSatisfied();
        assertOnlyRequest(jsonRequest(POST, DUPLICATE, EXPECTED_BODY));
        FeltMap copy = mock.getReceivedExchanges().get(0).getMessage().getBody(FeltMap.class);
        assertThat(copy.id()).isEqualTo(COPY_ID);
        assertThat(copy.projectId()).isEqualTo(OTHER_PROJECT_ID);
    }
}
