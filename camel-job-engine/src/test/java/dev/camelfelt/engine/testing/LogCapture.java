package dev.camelfelt.engine.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Records, fully rendered with their stack traces, what some loggers log down to DEBUG and, when asked, what all the
 * others log down to INFO.
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final LoggerContext loggerContext = LoggerContext.getContext(false);
    private final List<String> loggers;
    private final AbstractAppender appender;
    private final Level rootLevel;

    private LogCapture(List<String> loggers, boolean everything) {
        this.loggers = loggers;
        Configuration configuration = loggerContext.getConfiguration();
        PatternLayout layout = PatternLayout.newBuilder().withConfiguration(configuration)
                .withPattern("%level %logger - %message%n%throwable").build();
        appender = new AbstractAppender("capture", null, layout, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                events.add(getLayout().toSerializable(event).toString());
            }
        };
        appender.start();
        for (String logger : loggers) {
            // additive, so the console still shows what it shows; its own threshold keeps DEBUG off it
            LoggerConfig config = new LoggerConfig(logger, Level.DEBUG, true);
            if (!everything) {
                config.addAppender(appender, Level.DEBUG, null);
            }
            configuration.addLogger(logger, config);
        }
        LoggerConfig root = configuration.getRootLogger();
        rootLevel = root.getLevel();
        if (everything) {
            // the console's own threshold keeps INFO off it
            root.setLevel(Level.INFO);
            // no threshold of its own: the DEBUG of the loggers above reaches it through the root
            root.addAppender(appender, null, null);
        }
        loggerContext.updateLoggers();
    }

    public static LogCapture start(String... loggers) {
        return new LogCapture(List.of(loggers), false);
    }

    /** Records every logger down to INFO, and {@code debugLoggers} down to DEBUG. */
    public static LogCapture startWithEverything(String... debugLoggers) {
        return new LogCapture(List.of(debugLoggers), true);
    }

    /** Every event recorded so far, each as its text and stack trace. */
    public List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        Configuration configuration = loggerContext.getConfiguration();
        loggers.forEach(configuration::removeLogger);
        configuration.getRootLogger().removeAppender(appender.getName());
        configuration.getRootLogger().setLevel(rootLevel);
        loggerContext.updateLoggers();
        appender.stop();
    }
}
