package dev.camelfelt.engine.http;

import java.time.Duration;
import java.util.concurrent.ThreadFactory;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** Builds the started async HTTP client a component shares among its endpoints. */
public final class AsyncHttpClients {

    private AsyncHttpClients() {
    }

    /**
     * @param ioThreads     the I/O reactor threads; one or two serve thousands of requests in flight
     * @param maxConnections the pool's limit, in all and per host
     * @param sslContext    null for the JVM's default TLS settings
     * @param threadFactory names the I/O threads
     */
    public static CloseableHttpAsyncClient create(int ioThreads, int maxConnections, Duration connectTimeout,
                                                  SSLContext sslContext, String userAgent, ThreadFactory threadFactory) {
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(connectTimeout))
                        // a server or load balancer may close a pooled connection while it is idle: check before reuse
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        if (sslContext != null) {
            pool.setTlsStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(pool.build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(ioThreads).build())
                .setThreadFactory(threadFactory)
                .setUserAgent(userAgent)
                // retries are AsyncApiClient's: it knows which calls may be repeated
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        client.start();
        return client;
    }
}
