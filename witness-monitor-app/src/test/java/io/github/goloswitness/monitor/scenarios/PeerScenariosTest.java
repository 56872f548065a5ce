package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Rule 9 with peers naming their monitors: a dead server is replaced before its next slot, a
 * backup known down is not waited for, and a server whose monitor alone is down keeps its key.
 */
class PeerScenariosTest extends ScenarioTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Test
  void producersServerDiesRightAfterItsSlotAndNoBlockIsLost() throws Exception {
    start(3, i -> "", TIMEOUT, true);
    assertThat(c.stepThroughOurSlot()).isEqualTo(0);
    long missedBefore = c.net().totalMissed();
    c.crashServer(0); // node and monitor: 20 slots before its next one
    c.stepUntil(2 * ROUND, () -> c.producer() != 0);
    int produced = c.stepThroughOurSlot();
    c.steps(2);
    finish("producer's server dies (node and monitor) right after its slot, peers", 1, () -> {
      assertThat(c.net().totalMissed() - missedBefore).as("blocks lost").isZero();
      assertThat(c.producer()).isEqualTo(1);
      assertThat(produced).as("the next slot is produced by the new server").isEqualTo(1);
      assertThat(c.broadcasts()).extracting(b -> b.node()).containsOnly(1);
      assertThat(c.alertEvents()).contains("peer_down", "switched");
    });
  }

  @Test
  void producersGolosdDiesWhileItsMonitorRunsAndNoBlockIsLost() throws Exception {
    start(3, i -> "", TIMEOUT, true);
    assertThat(c.stepThroughOurSlot()).isEqualTo(0);
    long missedBefore = c.net().totalMissed();
    c.crash(0); // its monitor finds the local golosd refusing connections: not producing
    c.stepUntil(2 * ROUND, () -> c.producer() != 0);
    int produced = c.stepThroughOurSlot();
    finish("producer's golosd dies right after its slot, its monitor runs, peers", 1, () -> {
      assertThat(c.net().totalMissed() - missedBefore).as("blocks lost").isZero();
      assertThat(produced).isEqualTo(1);
      assertThat(c.monitor(0).peerStatus().orElseThrow().producing()).isFalse();
    });
  }

  @Test
  void aBackupRankedAboveThatIsDownIsNotWaitedFor() throws Exception {
    start(4, i -> "", TIMEOUT, true); // quorum 2 must hold with two servers down
    c.crashServer(1);
    c.steps(ROUND);
    assertThat(c.stepThroughOurSlot()).isEqualTo(0);
    long missedBefore = c.net().totalMissed();
    c.crashServer(0);
    c.stepUntil(2 * ROUND, () -> c.producer() != 0);
    int produced = c.stepThroughOurSlot();
    finish("best backup's server down, then the producer's server dies, peers", 1, () -> {
      assertThat(c.net().totalMissed() - missedBefore).as("blocks lost").isZero();
      assertThat(c.producer()).isEqualTo(2);
      assertThat(produced).isEqualTo(2);
      assertThat(c.logText()).as("priority 2 acts as rank 0").contains("rank 0 (priority 2)");
    });
  }

  @Test
  void aPeersMonitorIsDownWhileItsNodeProduces() throws Exception {
    start(3, i -> "", TIMEOUT, true);
    long missedBefore = c.net().totalMissed();
    c.stopMonitor(0); // the producer's monitor process dies; golosd keeps producing
    c.steps(3 * ROUND);
    c.restartMonitor(0);
    c.steps(ROUND);
    finish("producer's monitor down, its node produces, peers", 0, () -> {
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).isEmpty();
      assertThat(c.net().totalMissed() - missedBefore).as("blocks lost").isZero();
      assertThat(c.logText()).contains("[node1] node problem: peer monitor");
    });
  }
}
