package dev.camelfelt.felt;

import java.io.Closeable;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 clients of the component's endpoints. Endpoints with the same TLS settings and
 * connect timeout share one pooled connection manager; a client built here never closes it.
 */
final class FeltHttpClients implements Closeable {

    private static final int MAX_CONNECTIONS = 200;
    private static final String USER_AGENT = "camel-felt";

    private final CamelContext camelContext;
    private final Map<PoolKey, PoolingHttpClientConnectionManager> pools = new ConcurrentHashMap<>();

    FeltHttpClients(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** A client for an endpoint's configuration, which the endpoint closes when it stops. */
    CloseableHttpClient create(FeltConfiguration configuration) {
        PoolingHttpClientConnectionManager pool = pools.computeIfAbsent(
                new PoolKey(configuration.getSslContextParameters(), configuration.getConnectTimeout()),
                this::newPool);
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(pool)
                .setConnectionManagerShared(true)
                .setUserAgent(USER_AGENT)
                // retries are FeltClient's: it knows which calls may be repeated
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(configuration.getResponseTimeout()))
                        .build());
        if (configuration.getHttpClientConfigurer() != null) {
            configuration.getHttpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    private PoolingHttpClientConnectionManager newPool(PoolKey key) {
        PoolingHttpClientConnectionManagerBuilder builder = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(key.connectTimeout()))
                        .build());
        if (key.ssl() != null) {
            try {
                SSLContext context = key.ssl().createSSLContext(camelContext);
                builder.setTlsSocketStrategy(new DefaultClientTlsStrategy(context));
            } catch (Exception e) {
                throw new IllegalArgumentException("The sslContextParameters cannot create an SSLContext", e);
            }
        }
        return builder.build();
    }

    @Override
    public void close() {
        pools.values().forEach(pool -> pool.close(CloseMode.GRACEFUL));
        pools.clear();
    }

    private record PoolKey(SSLContextParameters ssl, Duration connectTimeout) {
    }
}
