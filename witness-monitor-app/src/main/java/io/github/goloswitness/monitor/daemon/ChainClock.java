package io.github.goloswitness.monitor.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The chain's time as this monitor can tell it without trusting its own clock: the monitor's
 * clock minus its offset to the chain's head times, learnt from the polls. A head's age is then
 * how far it is behind the chain now, whatever the server's clock says: a clock 9 s fast (or a
 * chain whose producers stamp blocks 9 s late) no longer makes every node look stale (issue 18).
 *
 * <p>Each poll gives the newest head any node returned. Its offset (monitor clock minus head time)
 * is a sample only when that head moved on since the previous sample at the chain's pace (a node
 * catching up runs faster than the clock and is no measure), or at the first poll. The offset is
 * the smallest of the last {@value #SAMPLES} samples: the poll that came soonest after its block.
 * An offset within one block interval is what a synced clock shows (a poll comes a moment after
 * its block, or just before the next): ages stay those of the clock. Only the part beyond it (a
 * clock ahead) or below zero (a clock behind) is taken off. A head that stops moving gives no
 * sample, so its age grows with the clock as before. Offsets beyond {@link #MAX_OFFSET} either
 * way are not learnt (a clock that far off, or a node that far behind, is not corrected: the
 * start-up line says which to check). Not thread-safe.
 */
final class ChainClock {
  static final int SAMPLES = 20;
  static final Duration MAX_OFFSET = Duration.ofSeconds(60);

  private final Duration blockInterval;
  private final Deque<Duration> samples = new ArrayDeque<>();
  private long lastBlock = -1;
  private Instant lastHead;
  private Instant lastSeenAt;

  ChainClock(Duration blockInterval) {
    this.blockInterval = Objects.requireNonNull(blockInterval, "blockInterval");
  }

  /** Learns from a poll at {@code now} whose newest head is {@code block} at {@code headTime}. */
  void observe(Instant now, long block, Instant headTime) {
    boolean first = lastBlock < 0;
    boolean moved = block > lastBlock;
    boolean atPace = first || Duration.between(lastHead, headTime)
        .compareTo(Duration.between(lastSeenAt, now).plus(blockInterval)) <= 0;
    if (!moved) {
      return;
    }
    Duration offset = Duration.between(headTime, now);
    if (atPace && offset.abs().compareTo(MAX_OFFSET) <= 0) {
      samples.addLast(offset);
      if (samples.size() > SAMPLES) {
        samples.removeFirst();
      }
    }
    lastBlock = block;
    lastHead = headTime;
    lastSeenAt = now;
  }

  /** The monitor clock's offset to the chain (positive: the clock is ahead); zero before a sample. */
  Duration offset() {
    return samples.stream().min(Duration::compareTo).orElse(Duration.ZERO);
  }

  /** What is taken off the clock's ages: the offset beyond one block interval, or below zero. */
  Duration correction() {
    Duration offset = offset();
    if (offset.isNegative()) {
      return offset;
    }
    return offset.compareTo(blockInterval) > 0 ? offset.minus(blockInterval) : Duration.ZERO;
  }

  /** How old {@code headTime} is at {@code now} (the monitor's clock), corrected; not negative. */
  Duration age(Instant headTime, Instant now) {
    Duration age = Duration.between(headTime, now).minus(correction());
    return age.isNegative() ? Duration.ZERO : age;
  }
}
