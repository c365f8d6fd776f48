package dev.camelfelt.engine.health;

import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A producer's readiness: whether the API accepts an authenticated call. DOWN, with the call's failure as the reason,
 * when the API refuses the credentials (401, 403), answers with an error or cannot be reached. Never a liveness
 * check: restarting the application does not bring a remote API back.
 */
public final class ApiHealthCheck extends AbstractHealthCheck {

    private final String api;
    private final Callable<?> probe;

    /**
     * @param api   what the API is, for the message (e.g. "Felt at https://felt.com")
     * @param probe one authenticated call that throws when it fails; its exceptions never carry the credentials
     */
    public ApiHealthCheck(String id, String api, Callable<?> probe) {
        super("camel", id);
        this.api = api;
        this.probe = probe;
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
        } catch (Exception e) {
            builder.down().message(api + " failed the health check: " + e.getMessage()).error(e);
        }
    }
}
