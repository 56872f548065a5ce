package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.B;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import org.junit.jupiter.api.Test;

/** Rule 5: a cooldown after every key change, and a switch budget per hour. */
class NoFlapTest {

  @Test
  void theOneTransitionMissAfterAKeyChangeIsExpected() {
    Driver d = new Driver(FailoverConfig.defaults().withAllowedMisses(0));
    d.see(at(100, A, 0, 99));
    d.see(at(110, B, 0, 99)); // another backup took over: cooldown until block 152
    Step transition = d.see(at(115, B, 1, 99));
    assertThat(transition.has(Kind.MISS_DETECTED)).isTrue();
    assertThat(d.state.misses()).isEmpty();
    assertThat(transition.decision()).isInstanceOf(Decision.Hold.class);
  }

  @Test
  void noTakeoverDuringTheCooldownEvenWhenTheNewHolderFails() {
    Driver d = new Driver(FailoverConfig.defaults().withAllowedMisses(0));
    d.see(at(100, A, 0, 99));
    d.see(at(109, A, 0, 99));
    d.see(at(110, B, 0, 99)); // seen happen: cooldown until 110 + 42
    d.see(at(115, B, 1, 99)); // expected
    Step inCooldown = d.see(at(136, B, 2, 99));
    assertThat(inCooldown.has(Kind.THRESHOLD_REACHED)).isTrue();
    assertThat(inCooldown.decision()).isEqualTo(new Decision.Hold("cooldown until block 152"));
    assertThat(d.see(at(152, B, 2, 99)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(153, B, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void atMostMaxSwitchesPerHourThenAlertsOnly() {
    Driver d = new Driver(FailoverConfig.defaults().withMaxSwitchesPerHour(2));
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    assertThat(d.see(at(142, A, 2, 99)).decision()).isInstanceOf(Decision.TakeOver.class);
    d.see(at(146, A, 2, 99)); // not confirmed: retry at 149
    assertThat(d.see(at(149, A, 2, 99)).decision()).isInstanceOf(Decision.TakeOver.class);
    d.see(at(153, A, 2, 99)); // not confirmed again: retry at 159
    Step exhausted = d.see(at(159, A, 2, 99));
    assertThat(exhausted.decision()).isEqualTo(new Decision.Hold("switch budget exhausted"));
    assertThat(exhausted.has(Kind.BUDGET_EXHAUSTED)).isTrue();
    // An hour of chain time after the first request the budget is available again.
    assertThat(d.see(at(142 + 1201, A, 2, 99)).decision()).isInstanceOf(Decision.TakeOver.class);
  }

  @Test
  void aKeyChangeNotSeenHappenIsDatedAtTheEarliestAndStartsNoCooldownItNeverHad() {
    // Issue 18: a monitor restarted 100 blocks after a switch dated it at its first poll and sat
    // out the next incident in a cooldown.
    Driver d = new Driver(FailoverConfig.defaults().withAllowedMisses(0));
    d.see(at(100, A, 0, 99));
    d.restart();
    Step back = d.see(at(200, B, 0, 99));
    assertThat(back.events()).extracting(Event::detail)
        .contains(A + " -> " + B + " between blocks 101 and 200 (not seen happen: dated at block 101)");
    assertThat(d.state.cooldownUntilBlock()).isEqualTo(143);
    assertThat(d.state.transitionMissExpected()).isFalse();
    assertThat(d.see(at(221, B, 1, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void aKeyChangeWithinAShortGapKeepsWhatIsLeftOfItsCooldown() {
    Driver d = new Driver(FailoverConfig.defaults().withAllowedMisses(0));
    d.see(at(100, A, 0, 99));
    d.see(at(105, B, 0, 99)); // between 101 and 105
    assertThat(d.state.cooldownUntilBlock()).isEqualTo(143);
    assertThat(d.see(at(121, B, 1, 99)).decision()).isInstanceOf(Decision.Hold.class); // the transition miss
    assertThat(d.see(at(142, B, 2, 99)).decision()).isEqualTo(new Decision.Hold("cooldown until block 143"));
  }
}
