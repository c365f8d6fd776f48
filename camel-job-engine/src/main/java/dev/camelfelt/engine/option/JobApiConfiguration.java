package dev.camelfelt.engine.option;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import dev.camelfelt.engine.http.RetryPolicy;
import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.engine.store.JobStore;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options every component on the job engine shares: how it connects to its service and retries, how its producer
 * waits for the jobs it starts, where downloads go, and how its consumer tracks jobs. A component's configuration
 * extends this with its own ids and request options.
 */
@UriParams
public abstract class JobApiConfiguration implements Cloneable {

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
              description = "How long to wait for a connection to the service.")
    private Duration connectTimeout = Duration.ofSeconds(10);

    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "How long to wait for the service's response (socket inactivity) once a request is sent.")
    private Duration responseTimeout = Duration.ofSeconds(60);

    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times a call is repeated after its first attempt when the service throttled it"
                            + " (429) or could not serve it (503), or no connection could be made; 502, 504, resets and"
                            + " read timeouts are repeated only for GET and DELETE, a POST never once it may have"
                            + " arrived. 0 turns retries off.")
    private int maxRetries = 3;

    @UriParam(label = "advanced", defaultValue = "1s", javaType = "java.time.Duration",
              description = "The backoff before the first retry when the service sends no Retry-After; it doubles on"
                            + " each retry, with jitter.")
    private Duration retryInitialDelay = Duration.ofSeconds(1);

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "The longest wait between two tries; a Retry-After that asks for longer ends the retries.")
    private Duration retryMaxDelay = Duration.ofSeconds(30);

    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether the producer waits until the job it starts is done: an export downloaded, an"
                            + " upload or a sync processed. When false it answers the service's first response; an"
                            + " export started so is kept in the jobStore for the consumer.")
    private boolean waitForCompletion = true;

    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Whether the calling thread waits for the operation and then goes on with the route itself,"
                            + " instead of the route going on on one of the component's callback threads: one thread"
                            + " hand-off less per call, for callers that wait anyway, such as a ProducerTemplate"
                            + " request. The caller's thread is held for the whole operation, any wait for a job"
                            + " included.")
    private boolean synchronous;

    @UriParam(label = "producer", defaultValue = "1s", javaType = "java.time.Duration",
              description = "How long the producer waits after starting a job before its first status poll.")
    private Duration waitInitialDelay = Duration.ofSeconds(1);

    @UriParam(label = "producer", defaultValue = "1s", javaType = "java.time.Duration",
              description = "How long the producer waits between its first and second status polls of a job; each"
                            + " later wait is the one before times waitBackoffMultiplier, up to waitMaxDelay.")
    private Duration waitDelay = Duration.ofSeconds(1);

    @UriParam(label = "producer", defaultValue = "2",
              description = "What each wait between two status polls of a job is multiplied by (1 for a fixed delay):"
                            + " a job can take seconds or an hour, so it is polled soon, then ever less often.")
    private double waitBackoffMultiplier = 2;

    @UriParam(label = "producer", defaultValue = "30s", javaType = "java.time.Duration",
              description = "The longest wait between two status polls of a job.")
    private Duration waitMaxDelay = Duration.ofSeconds(30);

    @UriParam(label = "producer", defaultValue = "30m", javaType = "java.time.Duration",
              description = "How long the producer waits for a job before it fails with the component's timeout"
                            + " exception. The component's WaitTimeout header overrides it per exchange.")
    private Duration waitTimeout = Duration.ofMinutes(30);

    @UriParam(description = "The directory downloads are written to; the body is then that java.io.File. When unset,"
                            + " the body is a temporary file deleted when the exchange completes.")
    private String downloadDirectory;

    @UriParam(defaultValue = "false",
              description = "Whether a downloaded ZIP that holds one data file is unpacked, the body becoming that file.")
    private boolean unzip;

    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times a short or broken download is started again before it fails.")
    private int downloadAttempts = 3;

    @UriParam(label = "advanced",
              description = "Where the exports the producer starts without waiting are kept until the consumer has"
                            + " routed them: a dev.camelfelt.engine.store.JobStore such as FileJobStore (survives a"
                            + " restart) or JdbcJobStore (survives a restart and can be shared by several nodes)."
                            + " Defaults to the component's memory. Set it explicitly: a store bean is never picked up"
                            + " on its own.")
    private JobStore jobStore;

    @UriParam(label = "consumer", defaultValue = "5",
              description = "How many times the consumer routes an export whose route fails before it gives up on it,"
                            + " recording it as given-up with a WARN. A redelivery reuses the file already downloaded.")
    private int maxRedeliveries = 5;

    @UriParam(label = "consumer,advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "How long the consumer holds its claim on an export it polls or routes; renewed at every"
                            + " poll. When a node dies, another node sharing its job store takes its exports over once"
                            + " their claims run out: within this, plus one poll delay.")
    private Duration leaseDuration = Duration.ofSeconds(60);

    /** Fails, naming the option, on shared options no exchange could make right. */
    public void checkSharedOptions(String endpoint) {
        OptionChecks.positive(endpoint, "connectTimeout", connectTimeout);
        OptionChecks.positive(endpoint, "responseTimeout", responseTimeout);
        OptionChecks.positive(endpoint, "retryInitialDelay", retryInitialDelay);
        OptionChecks.positive(endpoint, "retryMaxDelay", retryMaxDelay);
        OptionChecks.notNegative(endpoint, "waitInitialDelay", waitInitialDelay);
        OptionChecks.notNegative(endpoint, "waitDelay", waitDelay);
        OptionChecks.positive(endpoint, "waitMaxDelay", waitMaxDelay);
        OptionChecks.positive(endpoint, "waitTimeout", waitTimeout);
        OptionChecks.positive(endpoint, "leaseDuration", leaseDuration);
        OptionChecks.atLeast(endpoint, "maxRetries", maxRetries, 0);
        OptionChecks.atLeast(endpoint, "downloadAttempts", downloadAttempts, 1);
        OptionChecks.atLeast(endpoint, "maxRedeliveries", maxRedeliveries, 1);
        OptionChecks.atLeast(endpoint, "waitBackoffMultiplier", waitBackoffMultiplier, 1);
    }

    /** When a throttled or failed call is tried again: the retry options, with jitter. */
    public RetryPolicy retryPolicy(Clock clock) {
        return new RetryPolicy(maxRetries, retryInitialDelay, retryMaxDelay, clock,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** How the producer polls a job it waits for: the wait options, never the consumer's scheduler options. */
    public WaitPolicy waitPolicy(Clock clock) {
        return new WaitPolicy(waitInitialDelay, waitDelay, waitBackoffMultiplier, waitMaxDelay, waitTimeout, clock);
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public Duration getWaitInitialDelay() {
        return waitInitialDelay;
    }

    public void setWaitInitialDelay(Duration waitInitialDelay) {
        this.waitInitialDelay = waitInitialDelay;
    }

    public Duration getWaitDelay() {
        return waitDelay;
    }

    public void setWaitDelay(Duration waitDelay) {
        this.waitDelay = waitDelay;
    }

    public double getWaitBackoffMultiplier() {
        return waitBackoffMultiplier;
    }

    public void setWaitBackoffMultiplier(double waitBackoffMultiplier) {
        this.waitBackoffMultiplier = waitBackoffMultiplier;
    }

    public Duration getWaitMaxDelay() {
        return waitMaxDelay;
    }

    public void setWaitMaxDelay(Duration waitMaxDelay) {
        this.waitMaxDelay = waitMaxDelay;
    }

    public Duration getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(Duration waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public String getDownloadDirectory() {
        return downloadDirectory;
    }

    public void setDownloadDirectory(String downloadDirectory) {
        this.downloadDirectory = downloadDirectory;
    }

    public boolean isUnzip() {
        return unzip;
    }

    public void setUnzip(boolean unzip) {
        this.unzip = unzip;
    }

    public int getDownloadAttempts() {
        return downloadAttempts;
    }

    public void setDownloadAttempts(int downloadAttempts) {
        this.downloadAttempts = downloadAttempts;
    }

    public JobStore getJobStore() {
        return jobStore;
    }

    public void setJobStore(JobStore jobStore) {
        this.jobStore = jobStore;
    }

    public int getMaxRedeliveries() {
        return maxRedeliveries;
    }

    public void setMaxRedeliveries(int maxRedeliveries) {
        this.maxRedeliveries = maxRedeliveries;
    }

    public Duration getLeaseDuration() {
        return leaseDuration;
    }

    public void setLeaseDuration(Duration leaseDuration) {
        this.leaseDuration = leaseDuration;
    }
}
