package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import org.junit.jupiter.api.Test;

/** Rule 8: our key on chain and misses growing means this node is the failing one. */
class OwnFailureTest {

  @Test
  void missesWithOurKeyAreReportedAndNeverTriggerATakeover() {
    Driver d = new Driver();
    d.see(at(100, OWN, 0, 99));
    Step first = d.see(at(121, OWN, 1, 99));
    Step second = d.see(at(142, OWN, 2, 99));
    assertThat(first.has(Kind.THIS_NODE_FAILING)).isTrue();
    assertThat(second.has(Kind.THIS_NODE_FAILING)).isTrue();
    assertThat(second.decision()).isEqualTo(new Decision.Hold("our key is on chain"));
  }

  @Test
  void disableOnOwnFailureSetsTheNullKey() {
    Driver d = new Driver(FailoverConfig.defaults().withDisableOnOwnFailure(true));
    d.see(at(100, OWN, 0, 99));
    assertThat(d.see(at(121, OWN, 1, 99)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(142, OWN, 2, 99)).decision()).isEqualTo(new Decision.Disable());
    // Requested once: the next miss does not ask again.
    assertThat(d.see(at(143, OWN, 3, 99)).decision()).isInstanceOf(Decision.Hold.class);
  }
}
