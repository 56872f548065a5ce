package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.B;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import org.junit.jupiter.api.Test;

/** Rule 2: backups act in priority order and re-check the chain before acting. */
class OrderedTakeoverTest {

  private static Driver rank(int priority) {
    Driver d = new Driver(FailoverConfig.defaults().withPriority(priority));
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    return d;
  }

  @Test
  void rankOneWaitsTwoBlocksThenActsOnAFreshObservation() {
    Driver d = rank(1);
    Step threshold = d.see(at(142, A, 2, 99));
    assertThat(threshold.has(Kind.TAKEOVER_SCHEDULED)).isTrue();
    assertThat(threshold.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(143, A, 2, 99)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(144, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void rankTwoWaitsFourBlocks() {
    Driver d = rank(2);
    d.see(at(142, A, 2, 99));
    assertThat(d.see(at(145, A, 2, 99)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(146, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void anotherKeyAppearingCancelsAndStartsAFreshBaseline() {
    Driver d = rank(1);
    d.see(at(142, A, 2, 99));
    Step cancelled = d.see(at(144, B, 2, 99));
    assertThat(cancelled.has(Kind.TAKEOVER_CANCELLED)).isTrue();
    assertThat(cancelled.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.state.phase()).isEqualTo(FailoverState.Phase.WATCHING);
    assertThat(d.state.misses()).isEmpty();
    // B's own single miss after the cooldown is one miss, not three.
    assertThat(d.see(at(200, B, 3, 190)).decision()).isInstanceOf(Decision.Hold.class);
  }

  @Test
  void equalPrioritiesRaceLikeTheOriginal() {
    Driver one = rank(0);
    Driver two = rank(0);
    assertThat(one.see(at(142, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
    assertThat(two.see(at(142, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void equalPrioritiesStillReCheckBeforeARetry() {
    Driver d = rank(0);
    d.see(at(142, A, 2, 99));
    d.see(at(146, A, 2, 99)); // not confirmed within 3 blocks: retry scheduled
    assertThat(d.state.phase()).isEqualTo(FailoverState.Phase.WAITING);
    Step step = d.see(at(149, B, 2, 99)); // the other backup won meanwhile
    assertThat(step.has(Kind.TAKEOVER_CANCELLED)).isTrue();
    assertThat(step.decision()).isInstanceOf(Decision.Hold.class);
  }

  @Test
  void ranksKeepTheirOrderWhenAStallEnds() {
    Driver first = new Driver(FailoverConfig.defaults().withPriority(0));
    Driver second = new Driver(FailoverConfig.defaults().withPriority(1));
    for (Driver d : new Driver[] {first, second}) {
      d.see(at(100, A, 0, 99).withParticipation(20));
      d.see(at(121, A, 1, 99).withParticipation(20));
      d.see(at(142, A, 2, 99).withParticipation(20));
      d.see(at(160, A, 2, 99).withParticipation(20)); // both waits long over, still stalled
    }
    assertThat(first.see(at(161, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
    assertThat(second.see(at(161, A, 2, 99)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(second.see(at(162, OWN, 2, 99)).has(Kind.TAKEOVER_CANCELLED)).isTrue();
  }
}
