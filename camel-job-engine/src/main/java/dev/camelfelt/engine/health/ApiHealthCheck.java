package dev.camelfelt.engine.health;

import java.util.Map;
import java.util.concurrent.Callable;

import dev.camelfelt.engine.job.JobWaiter;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * A producer's readiness: whether the API accepts an authenticated call. DOWN, with the call's failure as the reason,
 * when the API refuses the credentials (401, 403), answers with an error or cannot be reached. Never a liveness
 * check: restarting the application does not bring a remote API back.
 */
public final class ApiHealthCheck extends AbstractHealthCheck {

    private final String api;
    private final Callable<?> probe;
    private WritableHealthCheckRepository repository;

    /**
     * @param api   what the API is, for the message (e.g. "Felt at https://felt.com")
     * @param probe one authenticated call that throws when it fails (a future's wrappers are taken off); its
     *              exceptions never carry the credentials
     */
    public ApiHealthCheck(String id, String api, Callable<?> probe) {
        super("camel", id);
        this.api = api;
        this.probe = probe;
    }

    /** The check of a producer's endpoint, under Camel's id for producer checks, {@code producer:<sanitized uri>}. */
    public static ApiHealthCheck forProducer(Endpoint endpoint, String api, Callable<?> probe) {
        return new ApiHealthCheck("producer:" + URISupport.sanitizeUri(endpoint.getEndpointUri()), api, probe);
    }

    /**
     * Adds this check to the context's producer checks, enabled as the component's {@code healthCheckProducerEnabled}
     * says. Nothing happens when the context has no health-check registry.
     */
    public synchronized void register(CamelContext camel, boolean enabled) {
        repository = HealthCheckHelper.getHealthCheckRepository(camel, "producers", WritableHealthCheckRepository.class);
        if (repository != null) {
            setEnabled(enabled);
            repository.addHealthCheck(this);
        }
    }

    /** Takes this check out of the producer checks again, when its producer stops. */
    public synchronized void unregister() {
        if (repository != null) {
            repository.removeHealthCheck(this);
            repository = null;
        }
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("api", api);
        try {
            probe.call();
            builder.up();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.down().message(api + " was not checked: interrupted").error(e);
        } catch (Exception e) {
            Throwable failure = JobWaiter.unwrap(e);
            builder.down().message(api + " failed the health check: " + failure.getMessage()).error(failure);
        }
    }
}
