package io.github.goloswitness.monitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.Version;
import io.github.goloswitness.monitor.bench.OriginalMonitorPolicy.Action;
import io.github.goloswitness.monitor.bench.OriginalMonitorPolicy.Result;
import io.github.goloswitness.monitor.bench.OriginalMonitorPolicy.State;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The model of golosscripts/monitor.py behaves as documented in protocol doc §7, bugs included. */
class OriginalMonitorPolicyTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String OURS = "GLS_OURS";
  private static final String OTHER = "GLS_OTHER";

  private final OriginalMonitorPolicy policy = new OriginalMonitorPolicy(OURS, 1, Duration.ofSeconds(3600));
  private State state = State.started(T0);

  /** One poll at T0 + {@code seconds}, the head block fresh, {@code key} on chain. */
  private Action poll(long seconds, String key, long totalMissed) {
    Instant now = T0.plusSeconds(seconds);
    Observation seen = Observation.healthy(1000 + seconds / 3, now.minusMillis(500), key, totalMissed, 990,
        Version.parse("0.30.0"));
    Result r = policy.runOnce(state, seen, now);
    state = r.next();
    return r.action();
  }

  @Test
  void aCounterAtZeroIsRebaselinedOnEveryPollAndAbsorbsTheFirstMiss() {
    assertThat(poll(0, OTHER, 0)).isEqualTo(Action.BASELINE);
    assertThat(poll(30, OTHER, 0)).isEqualTo(Action.BASELINE);
    assertThat(poll(60, OTHER, 1)).isEqualTo(Action.BASELINE); // the first miss becomes the baseline
    assertThat(state.missCount()).isEqualTo(1);
    assertThat(poll(90, OTHER, 2)).isEqualTo(Action.WATCH);
    assertThat(poll(120, OTHER, 3)).isEqualTo(Action.SWITCH); // three misses where two would do
  }

  @Test
  void aNonZeroBaselineSwitchesWhenMoreThanAllowedMissesAreSeen() {
    assertThat(poll(0, OTHER, 40)).isEqualTo(Action.BASELINE);
    assertThat(poll(30, OTHER, 41)).isEqualTo(Action.WATCH);
    assertThat(poll(60, OTHER, 42)).isEqualTo(Action.SWITCH);
  }

  @Test
  void theWindowTumblesAndForgetsAMissJustBeforeItsEnd() {
    poll(0, OTHER, 40);
    assertThat(poll(3590, OTHER, 41)).isEqualTo(Action.WATCH);
    assertThat(poll(3600, OTHER, 41)).isEqualTo(Action.WATCH); // not yet: strictly more than miss_window
    assertThat(poll(3630, OTHER, 41)).isEqualTo(Action.WINDOW_RESET);
    assertThat(state).isEqualTo(new State(41, T0.plusSeconds(3630)));
    // a second miss 60 s after the first is within an hour, but the first was forgotten
    assertThat(poll(3660, OTHER, 42)).isEqualTo(Action.WATCH);
    assertThat(poll(3690, OTHER, 43)).isEqualTo(Action.SWITCH);
  }

  @Test
  void exceedingTheThresholdWinsOverTheWindowEnd() {
    poll(0, OTHER, 40);
    assertThat(poll(4000, OTHER, 42)).isEqualTo(Action.SWITCH);
  }

  @Test
  void aSwitchKeepsTheBaselineSoItRepeatsUntilOurKeyIsSeen() {
    poll(0, OTHER, 40);
    assertThat(poll(30, OTHER, 42)).isEqualTo(Action.SWITCH);
    // another backup's key landed last: we broadcast again, and again (last writer wins)
    assertThat(poll(60, "GLS_BACKUP_2", 42)).isEqualTo(Action.SWITCH);
    assertThat(poll(90, "GLS_BACKUP_2", 42)).isEqualTo(Action.SWITCH);
    assertThat(poll(120, OURS, 42)).isEqualTo(Action.PRODUCING_LOCALLY);
    assertThat(state.missCount()).isZero();
    assertThat(poll(150, "GLS_BACKUP_2", 42)).isEqualTo(Action.BASELINE);
  }

  @Test
  void aStaleHeadSkipsThePollAndKeepsTheState() {
    poll(0, OTHER, 40);
    State before = state;
    Observation stale = Observation.healthy(1000, T0.plusSeconds(23), OTHER, 45, 990, Version.parse("0.30.0"));
    Result r = policy.runOnce(state, stale, T0.plusSeconds(30));
    assertThat(r.action()).isEqualTo(Action.OUT_OF_SYNC);
    assertThat(r.next()).isEqualTo(before);
  }

  @Test
  void noPriorityNoParticipationCheck() {
    poll(0, OTHER, 40);
    Instant now = T0.plusSeconds(30);
    Observation stalled = Observation.healthy(1010, now.minusSeconds(3), OTHER, 42, 990, Version.parse("0.30.0"))
        .withParticipation(10);
    assertThat(policy.runOnce(state, stalled, now).action()).isEqualTo(Action.SWITCH);
  }
}
