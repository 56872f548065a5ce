package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static io.github.goloswitness.failover.FailoverPolicy.NULL_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import org.junit.jupiter.api.Test;

/** Rule 7: the null key is reported; re-enabled only when configured. */
class DisabledWitnessTest {

  @Test
  void nullKeyIsReportedAndNotReplacedByDefault() {
    Driver d = new Driver();
    d.see(at(100, A, 5, 99));
    Step disabled = d.see(at(101, NULL_KEY, 5, 99));
    assertThat(disabled.has(Kind.WITNESS_DISABLED)).isTrue();
    assertThat(disabled.events()).filteredOn(Event::alert).isNotEmpty();
    // Misses left over in the current round are reported, never acted upon.
    assertThat(d.see(at(120, NULL_KEY, 6, 99)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(500, NULL_KEY, 6, 99)).decision())
        .isEqualTo(new Decision.Hold("witness disabled; reenable_disabled is false"));
  }

  @Test
  void nullKeyAtStartIsReported() {
    Driver d = new Driver();
    assertThat(d.see(at(100, NULL_KEY, 5, 99)).has(Kind.WITNESS_DISABLED)).isTrue();
  }

  @Test
  void reenableDisabledPutsOurKeyBackAfterTheCooldown() {
    Driver d = new Driver(FailoverConfig.defaults().withReenableDisabled(true));
    d.see(at(100, A, 5, 99));
    d.see(at(101, NULL_KEY, 5, 99)); // cooldown until 143
    assertThat(d.see(at(120, NULL_KEY, 5, 99)).decision()).isEqualTo(new Decision.Hold("cooldown until block 143"));
    assertThat(d.see(at(144, NULL_KEY, 5, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }
}
