package io.github.goloswitness.monitor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Captures everything the app logs (DEBUG and up) while open, without printing it. For checking
 * that no private key ever reaches a log line.
 */
public final class LogCapture implements AutoCloseable {
  /** A WIF private key's shape. */
  public static final Pattern WIF = Pattern.compile("5[HJK][1-9A-HJ-NP-Za-km-z]{49}");

  private final Logger logger = (Logger) LoggerFactory.getLogger("io.github.goloswitness");
  private final Level previousLevel = logger.getLevel();
  private final boolean previousAdditive = logger.isAdditive();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public LogCapture() {
    appender.setContext(logger.getLoggerContext());
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
    logger.setAdditive(false);
  }

  /** Every captured line: level, logger, formatted message and any exception text. */
  public String text() {
    return appender.list.stream()
        .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage()
            + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
        .collect(Collectors.joining("\n"));
  }

  public List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previousLevel);
    logger.setAdditive(previousAdditive);
  }
}
