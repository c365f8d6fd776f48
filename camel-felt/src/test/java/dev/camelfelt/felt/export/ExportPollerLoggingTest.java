package dev.camelfelt.felt.export;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelfelt.felt.FeltEndpoint;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A waited export's status changes are logged once each, at INFO, however often Felt repeats a status. */
class ExportPollerLoggingTest extends FeltExportTestSupport {

    private static final String LOGGER = ExportPoller.class.getName();

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final LoggerContext logging = LoggerContext.getContext(false);
    private final AbstractAppender appender = new AbstractAppender("export-poller-capture", null, null, true,
            Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            logged.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
        }
    };

    @BeforeEach
    void captureThePollerLog() {
        appender.start();
        Configuration configuration = logging.getConfiguration();
        // the test configuration shows only warnings; this logger alone goes down to DEBUG, into the capture
        LoggerConfig poller = new LoggerConfig(LOGGER, Level.DEBUG, false);
        poller.addAppender(appender, Level.DEBUG, null);
        configuration.addLogger(LOGGER, poller);
        logging.updateLoggers();
    }

    @AfterEach
    void releaseThePollerLog() {
        logging.getConfiguration().removeLogger(LOGGER);
        logging.updateLoggers();
        appender.stop();
    }

    @Test
    void logsEachStatusChangeOnce() {
        stubExport(EXPORT, EXPORT_ZIP,
                inProgress(EXPORT), inProgress(EXPORT), inProgress(EXPORT), completed(EXPORT));
        clock.advanceOnEachPoll(Duration.ofMinutes(1));
        FeltEndpoint endpoint = context.getEndpoint(exportUri(""), FeltEndpoint.class);
        endpoint.setClock(clock);

        Exchange exchange = template.send(endpoint, e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(statusPolls(EXPORT)).hasSize(4);
        assertThat(logged).containsExactly(
                "INFO Felt export " + EXPORT + " is in_progress after 60000 ms",
                "INFO Felt export " + EXPORT + " is completed after 240000 ms");
    }
}
