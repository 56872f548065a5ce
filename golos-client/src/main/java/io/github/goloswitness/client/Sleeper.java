package io.github.goloswitness.client;

import java.time.Duration;

/**
 * Waits between retries. Injected so that tests never sleep: a test passes a recording fake.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

  /** Blocks for {@code duration}; may return early only by throwing InterruptedException. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real one, {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis());
  }
}
