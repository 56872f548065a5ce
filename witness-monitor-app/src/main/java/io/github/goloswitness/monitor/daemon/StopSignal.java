package io.github.goloswitness.monitor.daemon;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The daemon's stop flag: set by the shutdown hook (SIGTERM, Ctrl-C), checked between ticks, and
 * waking the loop's wait at once. Thread-safe.
 */
public final class StopSignal {
  private boolean stopped;

  /** Asks the loop to stop after the current tick. */
  public synchronized void stop() {
    stopped = true;
    notifyAll();
  }

  synchronized boolean stopped() {
    return stopped;
  }

  /**
   * Waits until {@code clock} reaches {@code deadline} or {@link #stop()} is called. This is the
   * daemon's only real wait; tests stop the signal instead of waiting.
   */
  public synchronized void awaitUntil(Instant deadline, InstantSource clock) throws InterruptedException {
    while (!stopped) {
      long millis = Duration.between(clock.instant(), deadline).toMillis();
      if (millis <= 0) {
        return;
      }
      wait(millis);
    }
  }
}
