package io.github.goloswitness.monitor.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the daemon polls next: once per block, just after the block is due, aligned to the chain's
 * head time (not to when the daemon started). Pure; the waiting is done by the caller.
 */
public final class Ticker {
  private final Duration interval;
  private final Duration delay;

  /**
   * @param interval the block interval
   * @param delay how long after a block's slot time to poll, so the block has arrived
   */
  public Ticker(Duration interval, Duration delay) {
    this.interval = Objects.requireNonNull(interval, "interval");
    this.delay = Objects.requireNonNull(delay, "delay");
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval <= 0: " + interval);
    }
    if (delay.isNegative() || delay.compareTo(interval) >= 0) {
      throw new IllegalArgumentException("delay not in [0, interval): " + delay);
    }
  }

  /**
   * The first slot time + delay after {@code now}, counting slots from {@code headTime}; when the
   * head is unknown, {@code now + interval}.
   */
  Instant next(Instant headTime, Instant now) {
    if (headTime == null || headTime.isAfter(now.plus(interval))) {
      return now.plus(interval);
    }
    Instant first = headTime.plus(interval).plus(delay);
    if (first.isAfter(now)) {
      return first;
    }
    long behind = Duration.between(first, now).toMillis();
    long slots = behind / interval.toMillis() + 1;
    return first.plus(interval.multipliedBy(slots));
  }
}
