package io.github.goloswitness.monitor.bench;

import io.github.goloswitness.failover.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A faithful model of one poll ({@code run_once}) of the original Python monitor, {@code
 * golosscripts/monitor.py: Monitor} as run by {@code witness_monitor.py} (protocol doc §7), for
 * benchmarks only. Its quirks are kept on purpose:
 *
 * <ul>
 *   <li>{@code miss_count == 0} means "not started": while it is 0 every poll re-baselines, so a
 *       witness whose {@code total_missed} is 0 never switches and its first miss is absorbed;
 *   <li>tumbling window: the baseline is reset only when a window of {@code miss_window} local
 *       seconds has ended and the threshold was not exceeded at that poll;
 *   <li>switch when {@code total_missed − miss_count > allowed_misses}; the baseline is not reset by
 *       a switch, so the monitor keeps broadcasting at every poll until it sees its own key on chain;
 *   <li>no priorities, no confirmation, no participation or version check: the only gate is that the
 *       head block is at most 6 s older than the local clock ({@code check_node_sync}).
 * </ul>
 *
 * <p>Pure and immutable; the caller keeps the {@link State}.
 */
final class OriginalMonitorPolicy {

  /** {@code check_node_sync}: the head may lag the local clock by this much. */
  static final Duration SYNC_TOLERANCE = Duration.ofSeconds(6);

  /**
   * The Python object's two fields.
   *
   * @param missCount {@code miss_count}, 0 meaning "not monitoring"
   * @param windowStart {@code miss_window_start_time}, local time
   */
  record State(long missCount, Instant windowStart) {
    State {
      Objects.requireNonNull(windowStart, "windowStart");
    }

    /** As {@code __init__}: count 0, window starting at process start. */
    static State started(Instant now) {
      return new State(0, now);
    }
  }

  /** What one poll did. */
  enum Action {
    /** Head older than 6 s: poll skipped. */
    OUT_OF_SYNC,
    /** Our key is on chain: count reset to 0. */
    PRODUCING_LOCALLY,
    /** Count was 0: new baseline, nothing else. */
    BASELINE,
    /** Threshold exceeded: broadcast {@code witness_update} with our key. */
    SWITCH,
    /** Window ended below the threshold: new baseline. */
    WINDOW_RESET,
    /** Below the threshold inside the window. */
    WATCH
  }

  /** The next state and what the poll did. */
  record Result(State next, Action action) {}

  private final String witnessPubkey;
  private final int allowedMisses;
  private final Duration missWindow;

  /**
   * @param witnessPubkey {@code witness_pubkey}: the key whose private half is on this node
   * @param allowedMisses {@code allowed_misses} (the original's default is 1)
   * @param missWindow {@code miss_window} (default 3600 s)
   */
  OriginalMonitorPolicy(String witnessPubkey, int allowedMisses, Duration missWindow) {
    this.witnessPubkey = Objects.requireNonNull(witnessPubkey, "witnessPubkey");
    if (allowedMisses < 0) {
      throw new IllegalArgumentException("allowedMisses < 0: " + allowedMisses);
    }
    this.allowedMisses = allowedMisses;
    this.missWindow = Objects.requireNonNull(missWindow, "missWindow");
  }

  /** One {@code run_once} at local time {@code now}. */
  Result runOnce(State state, Observation seen, Instant now) {
    if (Duration.between(seen.headTime(), now).compareTo(SYNC_TOLERANCE) > 0) {
      return new Result(state, Action.OUT_OF_SYNC);
    }
    if (seen.signingKey().equals(witnessPubkey)) {
      return new Result(new State(0, state.windowStart()), Action.PRODUCING_LOCALLY);
    }
    if (state.missCount() == 0) {
      return new Result(new State(seen.totalMissed(), now), Action.BASELINE);
    }
    long missDiff = seen.totalMissed() - state.missCount();
    if (missDiff > allowedMisses) {
      return new Result(state, Action.SWITCH);
    }
    // check_miss_window_end: strictly more than miss_window seconds
    if (Duration.between(state.windowStart(), now).compareTo(missWindow) > 0) {
      return new Result(new State(seen.totalMissed(), now), Action.WINDOW_RESET);
    }
    return new Result(state, Action.WATCH);
  }
}
