package io.github.goloswitness.monitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Decision;
import io.github.goloswitness.failover.FakeClock;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The original's process: a poll every 30 s plus the poll's own duration, memory-only state. */
class OriginalMonitorTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final FakeClock clock = new FakeClock(T0);
  private final OriginalMonitor monitor = new OriginalMonitor(
      new OriginalMonitorPolicy("GLS_OURS", 1, Duration.ofSeconds(3600)), "GLS_OURS", clock, new SplittableRandom(3));

  private Decision tick(long missed) {
    clock.advance(Duration.ofSeconds(3));
    Observation seen = Observation.healthy(1, clock.instant().minusMillis(500), "GLS_OTHER", missed, 0,
        Version.parse("0.30.0"));
    return monitor.poll(seen);
  }

  private static boolean polled(Decision d) {
    return !(d instanceof Decision.Hold h) || !h.reason().equals("sleeping");
  }

  @Test
  void pollsAboutEveryThirtySecondsAndDrifts() {
    int polls = 0;
    for (int i = 0; i < 200; i++) { // 600 s of slots
      polls += polled(tick(40)) ? 1 : 0;
    }
    assertThat(polls).isBetween(19, 20); // 600 s / (30 s + 0.1..0.4 s)
  }

  @Test
  void switchesOnItsPollAfterTheSecondMissAndRepeats() {
    int switches = 0;
    for (int i = 0; i < 40; i++) {
      Decision d = tick(i < 15 ? 40 : 42);
      switches += d instanceof Decision.TakeOver t && t.newKey().equals("GLS_OURS") ? 1 : 0;
    }
    // misses at slot 15; polls every 10-11 slots after that, each one a broadcast
    assertThat(switches).isBetween(2, 3);
  }

  @Test
  void aRestartForgetsTheBaselineAndPollsAtOnce() {
    for (int i = 0; i < 20; i++) {
      tick(40);
    }
    monitor.restart();
    // the misses that happened before the restart are absorbed into the new baseline
    assertThat(tick(42)).isEqualTo(new Decision.Hold("BASELINE"));
    for (int i = 0; i < 20; i++) {
      assertThat(tick(42)).isNotInstanceOf(Decision.TakeOver.class);
    }
  }
}
