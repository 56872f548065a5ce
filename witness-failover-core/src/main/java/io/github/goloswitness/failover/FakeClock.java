package io.github.goloswitness.failover;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link InstantSource} that moves only when told: for tests and for the simulator (which
 * drives every policy with simulated time). Thread-safe.
 */
public final class FakeClock implements InstantSource {

  private final AtomicReference<Instant> now;

  /** A clock standing at {@code start}. */
  public FakeClock(Instant start) {
    now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /** Moves the clock to {@code time} (may move backwards, like a badly set system clock). */
  public void set(Instant time) {
    now.set(Objects.requireNonNull(time, "time"));
  }

  /** Moves the clock forward by {@code step}; returns the new instant. */
  public Instant advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("step < 0: " + step);
    }
    return now.updateAndGet(t -> t.plus(step));
  }
}
