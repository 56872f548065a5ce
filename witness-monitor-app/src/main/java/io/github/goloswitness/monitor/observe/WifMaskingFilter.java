package io.github.goloswitness.monitor.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.github.goloswitness.monitor.config.KeyFiles;
import org.slf4j.Marker;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MessageFormatter;

/**
 * Last line of defence against a private key in the log: a Logback turbo filter that, when a log
 * call's message, arguments or exception messages contain something shaped like a WIF key
 * ({@code 5[HJK]} + 49 base58 characters), drops the call and logs the same event again with every
 * such string replaced by {@code [redacted-wif]} (the exception becomes a {@link Redacted} copy
 * with the same stack trace). Calls without one pass untouched. Works with any encoder (text or
 * JSON). Stateless and thread-safe. Code must still never log keys; this only limits the damage.
 */
public final class WifMaskingFilter extends TurboFilter {
  static final String MASK = "[redacted-wif]";
  private static final String FQCN = Logger.class.getName();

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (format == null || !containsWif(format, params, t)) {
      return FilterReply.NEUTRAL;
    }
    // Without an explicit throwable SLF4J treats a trailing Throwable argument as the exception.
    FormattingTuple tuple = t == null ? MessageFormatter.arrayFormat(format, params) : MessageFormatter.arrayFormat(format, params, t);
    Throwable thrown = t != null ? t : tuple.getThrowable();
    logger.log(marker, FQCN, Level.toLocationAwareLoggerInteger(level), mask(tuple.getMessage()), null, redact(thrown));
    return FilterReply.DENY;
  }

  /** {@code text} with every WIF-shaped string replaced by {@value #MASK}. */
  static String mask(String text) {
    return text == null ? null : KeyFiles.WIF.matcher(text).replaceAll(MASK);
  }

  private static boolean containsWif(String format, Object[] params, Throwable t) {
    if (KeyFiles.WIF.matcher(format).find()) {
      return true;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable thrown ? throwableHasWif(thrown) : param != null && KeyFiles.WIF.matcher(String.valueOf(param)).find()) {
          return true;
        }
      }
    }
    return throwableHasWif(t);
  }

  private static boolean throwableHasWif(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause.getMessage() != null && KeyFiles.WIF.matcher(cause.getMessage()).find()) {
        return true;
      }
    }
    return false;
  }

  private static Throwable redact(Throwable t) {
    if (t == null) {
      return null;
    }
    Redacted copy = new Redacted(t.getClass().getName() + ": " + mask(t.getMessage()),
        t.getCause() == t ? null : redact(t.getCause()));
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  /** A copy of a logged exception whose message had a WIF in it; the message starts with the original class. */
  static final class Redacted extends Exception {
    private static final long serialVersionUID = 1L;

    Redacted(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
