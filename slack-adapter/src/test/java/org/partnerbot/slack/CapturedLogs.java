package org.partnerbot.slack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Every log event of the process while open, at every level (the check is what reaches a log, whatever its level). */
final class CapturedLogs implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level before = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLogs() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.ALL);
    }

    /** Each event as it would print: the formatted message, its arguments' text and any exception's messages. */
    List<String> lines() {
        synchronized (appender.list) {
            return appender.list.stream().map(CapturedLogs::text).collect(Collectors.toList());
        }
    }

    private static String text(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
        for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(before);
    }
}
