package dev.camelfelt.felt.simulator;

import com.github.tomakehurst.wiremock.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends WireMock's own messages to SLF4J (WireMock's bundled logging is shaded and would go nowhere). */
final class WireMockLogNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger("dev.camelfelt.felt.simulator.WireMock");

    @Override
    public void info(String message) {
        LOG.debug(message);
    }

    @Override
    public void error(String message) {
        LOG.error(message);
    }

    @Override
    public void error(String message, Throwable t) {
        LOG.error(message, t);
    }
}
