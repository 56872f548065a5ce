package io.github.goloswitness.monitor.bench;

import io.github.goloswitness.failover.Decision;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.sim.SimulatedMonitor;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The original monitor process in the simulator: {@code run_forever} calls {@link
 * OriginalMonitorPolicy#runOnce} and then sleeps 30 s, so polls are 30 s plus the time a poll
 * takes apart and drift against the block slots. State lives in memory only: a restart starts over
 * with {@code miss_count = 0}.
 *
 * <p>A poll's duration (three RPC round trips, one more plus signing when it broadcasts) is drawn
 * from the monitor's own seeded random, so runs are reproducible. Processes start at a random
 * offset within the first 30 s.
 */
final class OriginalMonitor implements SimulatedMonitor {

  /** {@code time.sleep(30)} in {@code run_forever}. */
  static final Duration SLEEP = Duration.ofSeconds(30);

  private final OriginalMonitorPolicy policy;
  private final String ownKey;
  private final InstantSource clock;
  private final SplittableRandom random;
  private OriginalMonitorPolicy.State state;
  private Instant due;

  OriginalMonitor(OriginalMonitorPolicy policy, String ownKey, InstantSource clock, SplittableRandom random) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.ownKey = Objects.requireNonNull(ownKey, "ownKey");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    Instant start = clock.instant().plusMillis(random.nextLong(SLEEP.toMillis()));
    state = OriginalMonitorPolicy.State.started(start);
    due = start;
  }

  /**
   * Monitors with the original's settings: {@code allowed_misses} and {@code miss_window} come
   * from the scenario's config (1 and 3600 s by default), priorities are ignored.
   */
  static SimulatedMonitor.Factory factory(long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    return (config, clock) -> new OriginalMonitor(
        new OriginalMonitorPolicy(config.ownKey(), config.allowedMisses(), config.missWindow()),
        config.ownKey(), clock, seeds.split());
  }

  @Override
  public Decision poll(Observation seen) {
    if (clock.instant().isBefore(due)) {
      return new Decision.Hold("sleeping");
    }
    OriginalMonitorPolicy.Result r = policy.runOnce(state, seen, due);
    state = r.next();
    boolean broadcast = r.action() == OriginalMonitorPolicy.Action.SWITCH;
    long tookMillis = random.nextLong(100, 400) + (broadcast ? random.nextLong(100, 400) : 0);
    due = due.plusMillis(tookMillis).plus(SLEEP);
    return broadcast ? new Decision.TakeOver(ownKey) : new Decision.Hold(r.action().name());
  }

  @Override
  public void restart() {
    state = OriginalMonitorPolicy.State.started(clock.instant());
    due = clock.instant();
  }
}
