package dev.camelfelt.example;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A Spring Boot application with the ETL route of the Java or the YAML DSL. camel-felt-spring-boot-starter configures
 * the felt component from the {@code camel.component.felt.*} properties; application.properties comes with Spring
 * Boot, and the run's properties override it.
 */
final class SpringBootEtlRuntime implements EtlRuntime {

    private final SpringApplicationBuilder application;
    private ConfigurableApplicationContext context;

    /**
     * @param dsl        the Java or the YAML DSL; Spring XML has a Spring context of its own
     * @param beans      the beans the route uses, by name
     * @param properties properties that override application.properties, the felt component's among them
     */
    SpringBootEtlRuntime(RouteDsl dsl, Map<String, Object> beans, Map<String, String> properties) {
        Map<String, Object> runProperties = new LinkedHashMap<>(properties);
        Map<String, Object> runBeans = new LinkedHashMap<>(beans);
        runBeans.put("etlErrorHandling", new EtlErrorHandling());
        switch (dsl) {
            case JAVA -> runBeans.put("etlRoutes", new EtlRoutes());
            case YAML -> runProperties.put("camel.main.routes-include-pattern", "classpath:routes/felt-etl.yaml");
            case SPRING -> throw new IllegalArgumentException(
                    "The Spring XML route runs in a Spring context of its own: with --spring-boot use --dsl=java or --dsl=yaml");
        }
        // log4j2.xml configures the example's logging in every variant: Spring Boot leaves it as it is
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        application = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> {
                    context.getEnvironment().getPropertySources()
                            .addFirst(new MapPropertySource("felt-etl-run", runProperties));
                    runBeans.forEach(context.getBeanFactory()::registerSingleton);
                });
    }

    @Override
    public CamelContext start() {
        context = application.run();
        return context.getBean(CamelContext.class);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    /** Spring Boot's auto-configuration only: the beans come from the run, not from scanning the example's classes. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
