package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.demo.DemoCluster;
import io.github.goloswitness.monitor.observe.PeerStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * Issue 18 item 3, the stale-peer scenario: each server lists only its own golosd under {@code
   * node}, so the producer's monitor reads no chain at all once its golosd dies. Its {@code /peer}
   * must say so (not repeat its last good poll), and the backups replace it before its next slot.
   */
  @Test
  void producersOnlyGolosdDiesWhileItsMonitorRunsAndNoBlockIsLost() throws Exception {
    start(3, i -> "", new DemoCluster.Options(TIMEOUT, true, true, true));
    assertThat(c.stepThroughOurSlot()).isEqualTo(0);
    long missedBefore = c.net().totalMissed();
    c.crash(0); // its monitor keeps running, with no other node to read the chain from
    c.steps(1);
    PeerStatus seen = c.monitor(0).peerStatus().orElseThrow();
    c.stepUntil(6 * ROUND, () -> c.producer() != 0);
    int produced = c.stepThroughOurSlot();
    long lost = c.net().totalMissed() - missedBefore;
    finish("producer's only golosd dies right after its slot, its monitor runs, peers, single node", 1, () -> {
      assertThat(seen.nodeUp()).as("/peer after the failed poll: nodeUp").isFalse();
      assertThat(seen.producing()).as("/peer after the failed poll: producing").isFalse();
      assertThat(lost).as("blocks lost").isZero();
      assertThat(produced).isEqualTo(1);
      assertThat(c.logText()).contains("PEER_DOWN: peer holding " + c.config(0).witnessPubkey() + " is unreachable"
          + " and its monitor reports its node down and not producing");
    });
  }

  /**
   * The same a few slots before its slot: the backups act on the first poll after the crash (its
   * monitor's /peer says "down" at once), not 3 blocks later when a frozen report goes stale.
   * Measured over crash offsets 1-20 slots before the slot: blocks were lost for offsets 1-5
   * before the fix (0.25 per crash), for 1-2 after it (0.10).
   */
  @ParameterizedTest(name = "{0} slots before its slot")
  @ValueSource(ints = {3, 5})
  void producersOnlyGolosdDiesShortlyBeforeItsSlotAndNoBlockIsLost(int slotsBefore) throws Exception {
    start(3, i -> "", new DemoCluster.Options(TIMEOUT, true, true, true));
    assertThat(c.stepThroughOurSlot()).isEqualTo(0);
    c.steps(ROUND - 1 - slotsBefore);
    long missedBefore = c.net().totalMissed();
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> c.producer() != 0);
    int produced = c.stepThroughOurSlot();
    finish("producer's only golosd dies " + slotsBefore + " slots before its slot, its monitor runs, peers", 1, () -> {
      assertThat(c.net().totalMissed() - missedBefore).as("blocks lost").isZero();
      assertThat(produced).isEqualTo(1);
    });
  }

  /**
   * Issue 18 item 5: two backups configured with the same priority both broadcast into one block.
   * Now each reports the other's equal priority (one ERROR line, a priority_conflict alert) and
   * the lower signing key acts first: one broadcast.
   */
  @Test
  void twoBackupsOfEqualPriorityDoNotBothSwitch() throws Exception {
    start(3, i -> i == 2 ? "priority: 1\n" : "", TIMEOUT, true);
    assertThat(c.stepThroughOurSlot()).isEqualTo(0);
    c.crashServer(0);
    c.stepUntil(2 * ROUND, () -> c.producer() != 0);
    c.stepThroughOurSlot();
    int first = c.net().signingKey(1).publicKey().toString().compareTo(c.net().signingKey(2).publicKey().toString()) < 0
        ? 1 : 2;
    finish("two backups of equal priority, the producer's server dies, peers", 1, () -> {
      assertThat(c.broadcasts()).extracting(b -> b.node()).containsOnly(first);
      assertThat(c.producer()).isEqualTo(first);
      assertThat(c.logText()).contains("[node1] priority conflict: peer(s) " + c.config(2).witnessPubkey()
          + " report priority 1").contains("[node2] priority conflict: peer(s) " + c.config(1).witnessPubkey());
      assertThat(c.logText().lines().filter(l -> l.contains("[node1] priority conflict")).count()).isEqualTo(1);
      assertThat(c.alertEvents()).contains("priority_conflict");
    });
  }

  /** Issue 18 item 6: every cold start sent node_problem "... answered HTTP 503" (peers starting). */
  @Test
  void aColdStartOfEveryServerSendsNoNodeProblem() throws Exception {
    start(3, i -> "", TIMEOUT, true);
    finish("every server starts at once, peers", 0, () -> {
      assertThat(c.alertEvents()).doesNotContain("node_problem", "nodes_answer_again");
      assertThat(c.logText()).doesNotContain("answered HTTP 503").doesNotContain("node problem");
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
