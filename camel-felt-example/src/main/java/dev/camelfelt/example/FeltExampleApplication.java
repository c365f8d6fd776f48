package dev.camelfelt.example;

import java.util.Arrays;
import java.util.Map;

import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example's entry point. Without FELT_API_TOKEN it starts the embedded Felt simulator and runs the ETL against
 * it; with the token it runs against felt.com. {@code --dsl=java|yaml|spring} (or {@code -Ddsl=...}) picks the route's
 * DSL; {@code --spring-boot} (or {@code -Dspring-boot}) runs the Java or YAML route in a Spring Boot application
 * configured by the felt starter. {@code --pipeline=koordinates-to-felt} (or {@code -Dpipeline=...}) runs the
 * Koordinates to Felt pipeline instead, on the embedded Koordinates simulator unless KOORDINATES_API_KEY is set. Exits
 * with 0 when the pipeline is done and 1 when it failed.
 */
public final class FeltExampleApplication {

    private static final Logger LOG = LoggerFactory.getLogger(FeltExampleApplication.class);

    private FeltExampleApplication() {
    }

    public static void main(String[] args) {
        int exitCode = run(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run(String[] args) {
        Pipeline pipeline = Pipeline.FELT_ETL;
        try {
            pipeline = Pipeline.select(args, System.getProperty("pipeline"));
            RouteDsl dsl = RouteDsl.select(args, System.getProperty("dsl"));
            boolean springBoot = springBoot(args, System.getProperty("spring-boot"));
            if (pipeline == Pipeline.KOORDINATES_TO_FELT) {
                if (dsl != RouteDsl.JAVA || springBoot) {
                    throw new IllegalArgumentException("koordinates-to-felt is written in the Java DSL and runs on"
                                                       + " Camel Main: leave out --dsl and --spring-boot");
                }
                runKoordinatesToFelt();
                return 0;
            }
            String token = System.getenv(FeltTarget.TOKEN_VARIABLE);
            if (token == null || token.isBlank()) {
                try (FeltSimulator simulator = FeltSimulator.start()) {
                    LOG.info("No {} set: running against the embedded Felt simulator at {}", FeltTarget.TOKEN_VARIABLE,
                            simulator.baseUrl());
                    runEtl(FeltTarget.simulator(simulator), dsl, springBoot);
                    return 0;
                }
            }
            FeltTarget target = FeltTarget.feltCom(System::getenv, System::getProperty);
            LOG.info("{} set: running against {}", FeltTarget.TOKEN_VARIABLE, target);
            runEtl(target, dsl, springBoot);
            return 0;
        } catch (Exception e) {
            LOG.error("The {} failed: {}", pipeline.description(),
                    e.getMessage() != null ? e.getMessage() : e.toString());
            LOG.debug("The {} failed", pipeline.description(), e);
            return 1;
        }
    }

    /** Whether {@code --spring-boot} is given, or the {@code spring-boot} system property is set and not false. */
    static boolean springBoot(String[] args, String property) {
        return Arrays.asList(args).contains("--spring-boot") || property != null && !"false".equalsIgnoreCase(property);
    }

    /** Runs koordinates-to-felt, on the embedded simulators of the services whose key or token is not set. */
    private static void runKoordinatesToFelt() throws Exception {
        String key = System.getenv(KoordinatesSource.KEY_VARIABLE);
        String token = System.getenv(FeltTarget.TOKEN_VARIABLE);
        try (KoordinatesSimulator koordinates = isBlank(key) ? KoordinatesSimulator.start() : null;
             FeltSimulator felt = isBlank(token) ? FeltSimulator.start() : null) {
            KoordinatesSource source = koordinates != null
                    ? KoordinatesSource.simulator(koordinates) : KoordinatesSource.site(System::getenv);
            FeltTarget target = felt != null ? FeltTarget.simulator(felt) : FeltTarget.feltCom();
            LOG.info("Running koordinates-to-felt from {} to {}", source, target);
            new KoordinatesToFeltJob(source, target, Map.of()).run();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void runEtl(FeltTarget target, RouteDsl dsl, boolean springBoot) throws Exception {
        LOG.info("Running the Felt ETL route written in {}{}", dsl, springBoot ? " in a Spring Boot application" : "");
        new FeltEtlJob(target, dsl, springBoot, Map.of()).run();
    }
}
