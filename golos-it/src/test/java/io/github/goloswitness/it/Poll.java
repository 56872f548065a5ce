package io.github.goloswitness.it;

import io.github.goloswitness.client.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Waits for something a real process does in real time (a block, a key on chain, a log line),
 * polling under a deadline. The clock and the pause are injected by the suite's one entry point
 * ({@link Testnet}); nothing here reads the system clock. A read that fails (a node being
 * restarted) counts as "not yet".
 */
final class Poll {
  /** One check; empty means not yet. */
  @FunctionalInterface
  interface Check<T> {
    Optional<T> get() throws IOException;
  }

  private final InstantSource clock;
  private final Sleeper sleeper;
  private final Duration every;

  Poll(InstantSource clock, Sleeper sleeper, Duration every) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.every = every;
  }

  InstantSource clock() {
    return clock;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * The first value {@code check} yields within {@code timeout}.
   *
   * @throws AssertionError naming {@code what} (and the last read failure) on timeout
   */
  <T> T until(String what, Duration timeout, Check<T> check) {
    Instant deadline = clock.instant().plus(timeout);
    IOException last = null;
    while (true) {
      try {
        Optional<T> v = check.get();
        if (v.isPresent()) {
          return v.get();
        }
      } catch (IOException e) {
        last = e;
      }
      if (clock.instant().isAfter(deadline)) {
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
            + (last == null ? "" : "; last read failed: " + last.getMessage()));
      }
      pause(every);
    }
  }

  /** A condition; false means not yet. */
  @FunctionalInterface
  interface Condition {
    boolean holds() throws IOException;
  }

  /** As {@link #until}, for a condition. */
  void untilTrue(String what, Duration timeout, Condition condition) {
    until(what, timeout, () -> condition.holds() ? Optional.of(Boolean.TRUE) : Optional.empty());
  }

  /** Pauses for {@code d} (between polls of a real process). */
  void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while waiting"));
    }
  }
}
