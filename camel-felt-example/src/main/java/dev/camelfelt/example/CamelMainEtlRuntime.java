package dev.camelfelt.example;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainConfigurationProperties;

/** Camel Main with the ETL route of the Java or the YAML DSL; application.properties comes with Camel Main. */
final class CamelMainEtlRuntime implements EtlRuntime {

    private final Main main = new Main();

    /**
     * @param routes     adds the ETL route of one DSL, and only that one
     * @param beans      the beans the route uses, by name
     * @param properties Camel properties that override application.properties
     */
    CamelMainEtlRuntime(Consumer<MainConfigurationProperties> routes, Map<String, Object> beans,
                        Map<String, String> properties) {
        beans.forEach(main::bind);
        main.configure().addRoutesBuilder(new EtlErrorHandling());
        routes.accept(main.configure());
        properties.forEach(main::addOverrideProperty);
    }

    @Override
    public CamelContext start() throws Exception {
        main.start();
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        main.stop();
    }
}
