package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.V30;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rules 3 and 4: never hand production to a node that cannot produce, nor during a stall. */
class HealthGateTest {

  private static Driver atThreshold() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    return d;
  }

  @Test
  void staleLocalNodeAlertsInsteadOfTakingOver() {
    Driver d = atThreshold();
    Step step = d.see(at(142, A, 2, 99).withLocal(new NodeHealth(Duration.ofSeconds(10), V30, true)));
    assertThat(step.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(step.has(Kind.NODE_UNHEALTHY)).isTrue();
    assertThat(step.events()).filteredOn(Event::alert).isNotEmpty();
    // Healthy again while the failing key is still on chain: act now.
    assertThat(d.see(at(143, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void headExactlyAtMaxLagIsStillFresh() {
    Driver d = atThreshold();
    Step step = d.see(at(142, A, 2, 99).withLocal(new NodeHealth(Duration.ofSeconds(9), V30, true)));
    assertThat(step.decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void unsyncedLocalNodeDoesNotTakeOver() {
    Driver d = atThreshold();
    Step step = d.see(at(142, A, 2, 99).withLocal(new NodeHealth(Duration.ZERO, V30, false)));
    assertThat(step.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(step.has(Kind.NODE_UNHEALTHY)).isTrue();
  }

  @Test
  void nodeOlderThanTheHardforkDoesNotTakeOver() {
    Driver d = atThreshold();
    Step step = d.see(at(142, A, 2, 99).withLocal(NodeHealth.healthy(Version.parse("0.29.4"))));
    assertThat(step.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(step.events()).filteredOn(e -> e.kind() == Kind.NODE_UNHEALTHY)
        .singleElement().extracting(Event::detail).asString().contains("0.29.4");
  }

  @Test
  void noQuorumNoTakeover() {
    Driver d = atThreshold();
    Step step = d.see(at(142, A, 2, 99).withQuorumOk(false));
    assertThat(step.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(step.has(Kind.QUORUM_LOST)).isTrue();
  }

  @Test
  void stalledNetworkCountsMissesButDoesNotTakeOver() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99).withParticipation(20));
    d.see(at(121, A, 1, 99).withParticipation(20));
    Step step = d.see(at(142, A, 2, 99).withParticipation(20));
    assertThat(d.state.misses()).hasSize(2);
    assertThat(step.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(step.has(Kind.NETWORK_STALLED)).isTrue();
    // The network recovers and the producer is still silent: take over.
    assertThat(d.see(at(150, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void producerThatRecoversAfterAStallIsNotReplaced() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99).withParticipation(20));
    d.see(at(121, A, 1, 99).withParticipation(20));
    d.see(at(142, A, 2, 99).withParticipation(20));
    Step step = d.see(at(163, A, 2, 163));
    assertThat(step.has(Kind.RECOVERED)).isTrue();
    assertThat(step.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.state.phase()).isEqualTo(FailoverState.Phase.WATCHING);
  }

  @Test
  void participationExactlyAtTheMinimumIsHealthy() {
    Driver d = atThreshold();
    assertThat(d.see(at(142, A, 2, 99).withParticipation(33)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }
}
