package io.github.goloswitness.failover;

import java.time.Instant;

/** Drives one policy through observations, keeping its state and a fake clock in step. */
final class Driver {
  static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  static final Version V30 = Version.parse("0.30.0");
  static final String A = "GLS_KEY_A";
  static final String B = "GLS_KEY_B";
  static final String OWN = "GLS_KEY_OWN";

  final FakeClock clock = new FakeClock(GENESIS);
  final FailoverPolicy policy;
  FailoverState state = FailoverState.initial();

  Driver(FailoverConfig config) {
    policy = new FailoverPolicy(config.withOwnKey(OWN), clock);
  }

  Driver() {
    this(FailoverConfig.defaults());
  }

  static Instant time(long block) {
    return GENESIS.plusSeconds(3 * block);
  }

  /** A healthy observation at {@code block} (chain time = block × 3 s after genesis). */
  static Observation at(long block, String key, long totalMissed, long lastConfirmed) {
    return Observation.healthy(block, time(block), key, totalMissed, lastConfirmed, V30);
  }

  Step see(Observation seen) {
    clock.set(seen.headTime().plusMillis(400));
    Step step = policy.evaluate(state, seen);
    state = step.next();
    return step;
  }

  Step broadcast(BroadcastResult result) {
    Step step = policy.onBroadcast(state, result);
    state = step.next();
    return step;
  }

  /** Simulates a monitor restart: the state goes through its persisted form. */
  void restart() {
    state = FailoverState.fromMap(state.toMap());
  }
}
