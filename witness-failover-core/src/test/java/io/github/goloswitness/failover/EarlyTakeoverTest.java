package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 9: the peer holding the key is down for peer_grace blocks: take over before any miss. */
class EarlyTakeoverTest {

  private static final List<PeerHealth> DOWN = List.of(PeerHealth.unreachable(A));
  private static final List<PeerHealth> UP = List.of(PeerHealth.up(A));

  @Test
  void unreachablePeerIsReplacedAfterTheGraceWithoutAMiss() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99).withPeers(UP));
    Step down = d.see(at(101, A, 0, 99).withPeers(DOWN));
    assertThat(down.has(Kind.PEER_DOWN)).isTrue();
    assertThat(down.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(102, A, 0, 99).withPeers(DOWN)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(103, A, 0, 99).withPeers(DOWN)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void stalePeerCountsAsDown() {
    Driver d = new Driver();
    List<PeerHealth> stale = List.of(new PeerHealth(A, true, Duration.ofSeconds(30)));
    d.see(at(100, A, 0, 99).withPeers(stale));
    assertThat(d.see(at(102, A, 0, 99).withPeers(stale)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void peerBackWithinTheGraceResetsIt() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99).withPeers(DOWN));
    d.see(at(101, A, 0, 99).withPeers(UP));
    assertThat(d.see(at(102, A, 0, 99).withPeers(DOWN)).decision()).isInstanceOf(Decision.Hold.class);
  }

  @Test
  void noEarlyTakeoverWhileTheNetworkIsStalled() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99).withPeers(DOWN).withParticipation(10));
    assertThat(d.see(at(105, A, 0, 99).withPeers(DOWN).withParticipation(10)).decision())
        .isInstanceOf(Decision.Hold.class);
  }

  @Test
  void lowerRankWaitsItsTurn() {
    Driver d = new Driver(FailoverConfig.defaults().withPriority(1));
    d.see(at(100, A, 0, 99).withPeers(DOWN));
    assertThat(d.see(at(102, A, 0, 99).withPeers(DOWN)).has(Kind.TAKEOVER_SCHEDULED)).isTrue();
    assertThat(d.see(at(104, A, 0, 99).withPeers(DOWN)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }
}
