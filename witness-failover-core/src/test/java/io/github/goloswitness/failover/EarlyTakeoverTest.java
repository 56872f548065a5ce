package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.B;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rule 9: the producer's server is down as a whole for peer_grace blocks (default 1): take over
 * before any miss, but only when its own monitor does not vouch for it and no other backup that
 * answers still sees it; backups ranked above that are known down are not waited for.
 */
class EarlyTakeoverTest {

  private static final List<PeerHealth> DOWN = List.of(PeerHealth.unreachable(A));
  private static final List<PeerHealth> UP = List.of(PeerHealth.up(A));

  /** A monitor's report as of {@code block}: its node up or down, not producing, seeing those down. */
  private static PeerReport report(long block, int priority, boolean nodeUp, String... seesDown) {
    return new PeerReport(block, priority, nodeUp, false, Set.of(seesDown));
  }

  private static PeerHealth unreachableNode(String key, PeerMonitor monitor) {
    return PeerHealth.unreachable(key).withMonitor(monitor);
  }

  @Test
  void unreachablePeerIsReplacedAfterTheGraceWithoutAMiss() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99).withPeers(UP));
    Step down = d.see(at(101, A, 0, 99).withPeers(DOWN));
    assertThat(down.has(Kind.PEER_DOWN)).isTrue();
    assertThat(down.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(102, A, 0, 99).withPeers(DOWN)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void aLongerGraceWaitsLonger() {
    Driver d = new Driver(FailoverConfig.defaults().withPeerGrace(3));
    d.see(at(100, A, 0, 99).withPeers(DOWN));
    assertThat(d.see(at(102, A, 0, 99).withPeers(DOWN)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(103, A, 0, 99).withPeers(DOWN)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void stalePeerCountsAsDown() {
    Driver d = new Driver();
    List<PeerHealth> stale = List.of(new PeerHealth(A, true, Duration.ofSeconds(30)));
    d.see(at(100, A, 0, 99).withPeers(stale));
    assertThat(d.see(at(101, A, 0, 99).withPeers(stale)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void peerBackWithinTheGraceResetsIt() {
    Driver d = new Driver(FailoverConfig.defaults().withPeerGrace(2));
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
  void aProducerWhoseMonitorVouchesForItsNodeIsNeverReplacedEarly() {
    // The producer's RPC is broken for us (a proxy answering 502), its monitor reads it fine.
    Driver d = new Driver();
    for (long b = 100; b < 130; b++) {
      Step step = d.see(at(b, A, 0, b - 1).withPeers(List.of(unreachableNode(A, report(b - 1, 0, true)))));
      assertThat(step.decision()).isInstanceOf(Decision.Hold.class);
      assertThat(step.has(Kind.PEER_DOWN)).isFalse();
    }
    assertThat(d.state.phase()).isEqualTo(FailoverState.Phase.WATCHING);
  }

  @Test
  void aProducerWhoseRpcIsHungEvenForItsMonitorButProducesIsNotReplacedEarly() {
    // Its monitor cannot read its node either, but the chain shows no miss since its last block.
    Driver d = new Driver();
    PeerReport producing = new PeerReport(99, 0, false, true, Set.of());
    for (long b = 100; b < 110; b++) {
      PeerReport r = new PeerReport(b - 1, 0, false, true, Set.of());
      assertThat(d.see(at(b, A, 0, 99).withPeers(List.of(unreachableNode(A, r)))).decision())
          .isInstanceOf(Decision.Hold.class);
    }
    assertThat(producing.vouches()).isTrue();
    // Once it misses, its monitor no longer vouches: the early path replaces it after one miss.
    d.see(at(121, A, 1, 99).withPeers(List.of(unreachableNode(A, report(120, 0, false)))));
    assertThat(d.see(at(122, A, 1, 99).withPeers(List.of(unreachableNode(A, report(121, 0, false)))))
        .decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void evidenceOnChainStillSwitchesAwayFromAVouchedProducer() {
    // Its monitor says the node is up, but the chain shows it missing: the ordinary path (rule 1).
    Driver d = new Driver();
    List<PeerHealth> vouched = List.of(unreachableNode(A, report(99, 0, true)));
    d.see(at(100, A, 0, 99).withPeers(vouched));
    d.see(at(121, A, 1, 99).withPeers(vouched));
    assertThat(d.see(at(142, A, 2, 99).withPeers(vouched)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void nodeAndMonitorBothUnreachableIsDownAsAWhole() {
    Driver d = new Driver();
    List<PeerHealth> gone = List.of(unreachableNode(A, PeerMonitor.UNREACHABLE));
    d.see(at(100, A, 0, 99).withPeers(gone));
    assertThat(d.see(at(101, A, 0, 99).withPeers(gone)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void aMonitorReportingItsOwnNodeDownConfirmsIt() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99).withPeers(List.of(unreachableNode(A, report(99, 0, false)))));
    assertThat(d.see(at(101, A, 0, 99).withPeers(List.of(unreachableNode(A, report(100, 0, false)))))
        .decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void anOldReportDoesNotVouch() {
    // The producer's monitor served the same report for 10 blocks: it is frozen, not a witness.
    Driver d = new Driver();
    List<PeerHealth> frozen = List.of(unreachableNode(A, report(90, 0, true)));
    d.see(at(100, A, 0, 99).withPeers(frozen));
    assertThat(d.see(at(101, A, 0, 99).withPeers(frozen)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void aPeerWhoseMonitorIsDownButWhoseNodeAnswersIsUp() {
    Driver d = new Driver();
    List<PeerHealth> monitorDown = List.of(PeerHealth.up(A).withMonitor(PeerMonitor.UNREACHABLE));
    for (long b = 100; b < 110; b++) {
      assertThat(d.see(at(b, A, 0, b - 1).withPeers(monitorDown)).decision()).isInstanceOf(Decision.Hold.class);
    }
    assertThat(d.state.peerDownSinceBlock()).isEqualTo(-1);
  }

  @Test
  void anotherBackupThatStillSeesTheProducerVetoesUntilItAgrees() {
    // We are cut off from A; backup B still reads A's node (its report does not list A as down).
    Driver d = new Driver();
    PeerHealth aGone = unreachableNode(A, PeerMonitor.UNREACHABLE);
    d.see(at(100, A, 0, 99).withPeers(List.of(aGone, PeerHealth.up(B).withMonitor(report(99, 2, true)))));
    Step vetoed = d.see(at(101, A, 0, 99).withPeers(List.of(aGone, PeerHealth.up(B).withMonitor(report(100, 2, true)))));
    assertThat(vetoed.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(((Decision.Hold) vetoed.decision()).reason()).contains("backup " + B + " still sees its node");
    Step agreed = d.see(at(102, A, 0, 99).withPeers(List.of(aGone, PeerHealth.up(B).withMonitor(report(101, 2, true, A)))));
    assertThat(agreed.decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void aBackupThatDoesNotAnswerHasNoSay() {
    Driver d = new Driver();
    List<PeerHealth> peers = List.of(unreachableNode(A, PeerMonitor.UNREACHABLE),
        PeerHealth.up(B).withMonitor(PeerMonitor.UNREACHABLE));
    d.see(at(100, A, 0, 99).withPeers(peers));
    assertThat(d.see(at(101, A, 0, 99).withPeers(peers)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void lowerRankWaitsForALiveBackupRankedAbove() {
    Driver d = new Driver(FailoverConfig.defaults().withPriority(2));
    List<PeerHealth> peers = List.of(unreachableNode(A, PeerMonitor.UNREACHABLE),
        PeerHealth.up(B).withMonitor(report(100, 1, true, A)));
    d.see(at(100, A, 0, 99).withPeers(peers));
    Step scheduled = d.see(at(101, A, 0, 99).withPeers(peers));
    assertThat(scheduled.has(Kind.TAKEOVER_SCHEDULED)).isTrue();
    assertThat(d.state.deadlineBlock()).isEqualTo(103); // one step: one live backup above, not two
    assertThat(d.see(at(102, A, 0, 99).withPeers(peers)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(103, A, 0, 99).withPeers(peers)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void aBackupRankedAboveThatIsKnownDownIsNotWaitedFor() {
    Driver d = new Driver(FailoverConfig.defaults().withPriority(2));
    List<PeerHealth> peers = List.of(unreachableNode(A, PeerMonitor.UNREACHABLE),
        unreachableNode(B, PeerMonitor.UNREACHABLE));
    d.see(at(100, A, 0, 99).withPeers(peers));
    assertThat(d.see(at(101, A, 0, 99).withPeers(peers)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void aBackupWhoseMonitorReportsItsNodeDownIsNotWaitedFor() {
    Driver d = new Driver(FailoverConfig.defaults().withPriority(1));
    List<PeerHealth> peers = List.of(unreachableNode(A, PeerMonitor.UNREACHABLE),
        PeerHealth.up(B).withMonitor(report(100, 0, false, A)));
    d.see(at(100, A, 0, 99).withPeers(peers));
    assertThat(d.see(at(101, A, 0, 99).withPeers(peers)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void aLiveBackupOfUnknownRankKeepsTheConfiguredOrder() {
    // B's node answers but it has no monitor configured: its rank is unknown, priority 2 stands.
    Driver d = new Driver(FailoverConfig.defaults().withPriority(2));
    List<PeerHealth> peers = List.of(PeerHealth.unreachable(A), PeerHealth.up(B));
    d.see(at(100, A, 0, 99).withPeers(peers));
    d.see(at(101, A, 0, 99).withPeers(peers));
    assertThat(d.state.deadlineBlock()).isEqualTo(105);
  }

  @Test
  void priorityAwareWaitingAppliesToMissesToo() {
    // The producer is reachable (no early takeover) but misses; the only backup above is down.
    Driver d = new Driver(FailoverConfig.defaults().withPriority(1));
    List<PeerHealth> peers = List.of(PeerHealth.up(A), unreachableNode(B, PeerMonitor.UNREACHABLE));
    d.see(at(100, A, 0, 99).withPeers(peers));
    d.see(at(121, A, 1, 99).withPeers(peers));
    assertThat(d.see(at(142, A, 2, 99).withPeers(peers)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void withoutPeersThePriorityStands() {
    Driver d = new Driver(FailoverConfig.defaults().withPriority(1));
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    assertThat(d.see(at(142, A, 2, 99)).decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.state.deadlineBlock()).isEqualTo(144);
  }

  @Test
  void peerDownSaysWhatTheProducersMonitorReallySaid() {
    // Issue 18: a frozen report saying "up" was logged as "reports its node down".
    assertThat(peerDownDetail(report(90, 0, true))).contains("its monitor sent a report of block 90, too old to count");
    assertThat(peerDownDetail(report(100, 0, false))).contains("its monitor reports its node down and not producing");
    assertThat(peerDownDetail(PeerMonitor.STALE)).contains("its monitor answers with an old poll");
    assertThat(peerDownDetail(PeerMonitor.UNREACHABLE)).contains("its monitor does not answer");
    assertThat(peerDownDetail(PeerMonitor.NOT_CONFIGURED)).contains("its monitor is not configured");
  }

  @Test
  void aStaleReportHasNoSay() {
    Driver d = new Driver();
    List<PeerHealth> stale = List.of(unreachableNode(A, PeerMonitor.STALE));
    d.see(at(100, A, 0, 99).withPeers(stale));
    assertThat(d.see(at(101, A, 0, 99).withPeers(stale)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  private static String peerDownDetail(PeerMonitor monitor) {
    Step step = new Driver().see(at(101, A, 0, 99).withPeers(List.of(unreachableNode(A, monitor))));
    return step.events().stream().filter(e -> e.kind() == Kind.PEER_DOWN).findFirst().orElseThrow().detail();
  }

  @Test
  void backupsOfEqualPriorityGetDistinctRanksByKey() {
    // Issue 18: two backups of priority 1 both logged "rank 0" at one head and both broadcast.
    // Equal priorities are a misconfiguration (the app refuses and reports them); the rank still
    // stays unique: the lower signing key acts first.
    String before = "GLS_KEY_B";  // sorts before OWN = GLS_KEY_OWN
    String after = "GLS_KEY_Z";   // sorts after it
    assertThat(rankWithAnEqualPeer(before)).isEqualTo(1);
    assertThat(rankWithAnEqualPeer(after)).isEqualTo(0);
  }

  private static int rankWithAnEqualPeer(String peerKey) {
    Driver d = new Driver(FailoverConfig.defaults().withPriority(1));
    List<PeerHealth> peers = List.of(unreachableNode(A, PeerMonitor.UNREACHABLE),
        PeerHealth.up(peerKey).withMonitor(report(100, 1, true, A)));
    d.see(at(100, A, 0, 99).withPeers(peers));
    Step scheduled = d.see(at(101, A, 0, 99).withPeers(peers));
    assertThat(scheduled.has(Kind.TAKEOVER_SCHEDULED)).isTrue();
    return (int) ((d.state.phase() == FailoverState.Phase.SWITCHING ? 101 : d.state.deadlineBlock()) - 101) / 2;
  }
}
