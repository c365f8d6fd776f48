package dev.camelfelt.example;

import java.util.Map;

import dev.camelfelt.felt.simulator.FeltSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example's entry point. Without FELT_API_TOKEN it starts the embedded Felt simulator and runs the ETL against
 * it; with the token it runs against felt.com. {@code --dsl=java|yaml|spring} (or {@code -Ddsl=...}) picks the route's
 * DSL. Exits with 0 when the ETL is done and 1 when it failed.
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
        try {
            RouteDsl dsl = RouteDsl.select(args, System.getProperty("dsl"));
            String token = System.getenv(FeltTarget.TOKEN_VARIABLE);
            if (token == null || token.isBlank()) {
                try (FeltSimulator simulator = FeltSimulator.start()) {
                    LOG.info("No {} set: running against the embedded Felt simulator at {}", FeltTarget.TOKEN_VARIABLE,
                            simulator.baseUrl());
                    runEtl(FeltTarget.simulator(simulator), dsl);
                    return 0;
                }
            }
            FeltTarget target = FeltTarget.feltCom(System::getenv, System::getProperty);
            LOG.info("{} set: running against {}", FeltTarget.TOKEN_VARIABLE, target);
            runEtl(target, dsl);
            return 0;
        } catch (Exception e) {
            LOG.error("The Felt ETL failed: {}", e.getMessage() != null ? e.getMessage() : e.toString());
            LOG.debug("The Felt ETL failed", e);
            return 1;
        }
    }

    private static void runEtl(FeltTarget target, RouteDsl dsl) throws Exception {
        LOG.info("Running the Felt ETL route written in {}", dsl);
        new FeltEtlJob(target, dsl, Map.of()).run();
    }
}
