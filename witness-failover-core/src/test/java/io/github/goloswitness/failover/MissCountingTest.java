package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 1: misses of another key in a sliding window, as the original but without its holes. */
class MissCountingTest {

  @Test
  void counterStartingAtZeroCountsTheFirstMiss() {
    Driver d = new Driver();
    assertThat(d.see(at(100, A, 0, 99)).decision()).isInstanceOf(Decision.Hold.class);
    Step first = d.see(at(121, A, 1, 99));
    assertThat(first.has(Kind.MISS_DETECTED)).isTrue();
    assertThat(first.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.state.misses()).hasSize(1);

    Step second = d.see(at(142, A, 2, 99));
    assertThat(second.has(Kind.THRESHOLD_REACHED)).isTrue();
    assertThat(second.decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void twoMissesInOneObservationCrossTheThreshold() {
    Driver d = new Driver();
    d.see(at(100, A, 7, 99));
    assertThat(d.see(at(150, A, 9, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void missesOutsideTheWindowDoNotCount() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    d.see(at(721, A, 1, 99)); // polled in between: the next miss is not across a gap (rule 1a)
    // 1200 blocks = 3600 s later the first miss has left the window.
    Step late = d.see(at(121 + 1201, A, 2, 99));
    assertThat(late.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.state.misses()).hasSize(1);
  }

  @Test
  void slidingWindowKeepsAMissAcrossTheOriginalsResetPoint() {
    Driver d = new Driver(FailoverConfig.defaults().withMissWindow(Duration.ofSeconds(600)));
    d.see(at(0, A, 0, 0));
    d.see(at(150, A, 1, 0)); // t = 450 s
    // t = 900 s: a tumbling 600 s window would have restarted at 600 s and dropped the miss at 450 s.
    Step step = d.see(at(300, A, 2, 0));
    assertThat(step.decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void allowedMissesIsRespected() {
    Driver d = new Driver(FailoverConfig.defaults().withAllowedMisses(3));
    d.see(at(0, A, 10, 0));
    for (int i = 1; i <= 3; i++) {
      assertThat(d.see(at(21L * i, A, 10 + i, 0)).decision()).isInstanceOf(Decision.Hold.class);
    }
    assertThat(d.see(at(84, A, 14, 0)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void olderObservationIsIgnored() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99));
    FailoverState before = d.state;
    Step step = d.see(at(90, A, 5, 80));
    assertThat(step.has(Kind.STALE_OBSERVATION)).isTrue();
    assertThat(d.state).isEqualTo(before);
  }

  @Test
  void counterGoingBackwardsIsANewBaselineNotAMiss() {
    Driver d = new Driver();
    d.see(at(100, A, 5, 99));
    Step step = d.see(at(101, A, 3, 99));
    assertThat(step.has(Kind.MISS_DETECTED)).isFalse();
    assertThat(d.state.totalMissed()).isEqualTo(3);
    assertThat(d.see(at(122, A, 4, 99)).has(Kind.MISS_DETECTED)).isTrue();
  }
}
