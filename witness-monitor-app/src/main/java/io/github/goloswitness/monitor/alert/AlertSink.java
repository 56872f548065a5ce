package io.github.goloswitness.monitor.alert;

import java.io.IOException;

/**
 * Somewhere alerts are delivered. Implementations must bound the time one {@link #send} may take
 * (a short timeout) and never put secrets in exception messages. Called from a single thread by
 * {@link AlertDispatcher}.
 */
public interface AlertSink {

  /** A short name for logs, e.g. {@code webhook hooks.example.com}; no secrets. */
  String name();

  /**
   * Delivers one alert, blocking until the receiver accepted it.
   *
   * @throws IOException if the receiver could not be reached, timed out or refused the alert
   */
  void send(Alert alert) throws IOException;
}
