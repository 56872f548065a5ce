package io.github.goloswitness.monitor.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.OutputStream;
import java.io.PrintStream;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Sets up the daemon's log once the config is known: text lines (the same layout as the packaged
 * {@code logback.xml}) or JSON lines (Logback's {@code JsonEncoder}, one object per event), always
 * to standard error and always behind {@link WifMaskingFilter}. Done in code rather than by picking
 * a config file so the shaded jar needs nothing extra. Call from the daemon's start, before work begins.
 */
public final class Logging {
  /** The text layout, shared with {@code logback.xml}. */
  static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} %-5level [%thread] %logger{0} - %msg%n";

  private Logging() {}

  /**
   * Replaces the process's Logback configuration: {@code format} lines on {@code err}, level INFO
   * (DEBUG when {@code debug}). Does nothing if SLF4J is not bound to Logback.
   */
  public static void configure(LogFormat format, boolean debug, PrintStream err) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      configure(context, format, debug ? Level.DEBUG : Level.INFO, err);
    }
  }

  static void configure(LoggerContext context, LogFormat format, Level level, OutputStream out) {
    context.reset();
    WifMaskingFilter mask = new WifMaskingFilter();
    mask.setContext(context);
    mask.start();
    context.addTurboFilter(mask);

    Encoder<ILoggingEvent> encoder = format == LogFormat.JSON ? jsonEncoder() : textEncoder();
    encoder.setContext(context);
    encoder.start();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setName("main");
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(out);
    appender.setImmediateFlush(true);
    appender.start();

    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(level);
    root.addAppender(appender);
  }

  /** One object per line with the formatted message (not the template and its arguments). */
  private static JsonEncoder jsonEncoder() {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setWithFormattedMessage(true);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithContext(false);
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    return encoder;
  }

  private static PatternLayoutEncoder textEncoder() {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setPattern(TEXT_PATTERN);
    return encoder;
  }
}
