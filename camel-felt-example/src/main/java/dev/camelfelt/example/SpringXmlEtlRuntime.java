package dev.camelfelt.example;

import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.springframework.context.support.GenericXmlApplicationContext;

/**
 * A plain Spring application context with the ETL route of the Spring XML DSL, spring/felt-etl.xml. The beans and
 * properties of the run are registered before the XML is loaded, so that its camelContext finds them by name.
 */
final class SpringXmlEtlRuntime implements EtlRuntime {

    private static final String ROUTE_FILE = "classpath:spring/felt-etl.xml";
    /** The name spring/felt-etl.xml refers to the run's Camel properties by. */
    private static final String RUN_PROPERTIES = "runProperties";

    private final GenericXmlApplicationContext spring = new GenericXmlApplicationContext();

    /**
     * @param beans      the beans the route uses, by name
     * @param properties Camel properties that override application.properties
     */
    SpringXmlEtlRuntime(Map<String, Object> beans, Map<String, String> properties) {
        beans.forEach(spring.getBeanFactory()::registerSingleton);
        Properties runProperties = new Properties();
        runProperties.putAll(properties);
        spring.getBeanFactory().registerSingleton(RUN_PROPERTIES, runProperties);
    }

    @Override
    public CamelContext start() {
        spring.load(ROUTE_FILE);
        // refreshing starts the camelContext as well
        spring.refresh();
        return spring.getBean(CamelContext.class);
    }

    @Override
    public void close() {
        spring.close();
    }
}
