package dev.camelfelt.example;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/** What every logger logs while it is open, as far as log4j2.xml lets it through. */
final class CapturedLog extends AbstractAppender implements AutoCloseable {

    private final List<LogEvent> events = new CopyOnWriteArrayList<>();

    private CapturedLog() {
        super(CapturedLog.class.getSimpleName(), null, null, true, Property.EMPTY_ARRAY);
    }

    static CapturedLog open() {
        CapturedLog log = new CapturedLog();
        log.start();
        LoggerContext context = LoggerContext.getContext(false);
        context.getConfiguration().getRootLogger().addAppender(log, Level.ALL, null);
        context.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        // log4j reuses mutable events
        events.add(event.toImmutable());
    }

    /** The warnings and errors, each as "logger: message". */
    List<String> warningsAndErrors() {
        return events.stream()
                .filter(event -> event.getLevel().isMoreSpecificThan(Level.WARN))
                .map(event -> event.getLoggerName() + ": " + event.getMessage().getFormattedMessage())
                .toList();
    }

    /** Every line, as "logger: message". */
    List<String> lines() {
        return events.stream()
                .map(event -> event.getLoggerName() + ": " + event.getMessage().getFormattedMessage())
                .toList();
    }

    @Override
    public void close() {
        LoggerContext context = LoggerContext.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender(getName());
        context.updateLoggers();
        stop();
    }
}
