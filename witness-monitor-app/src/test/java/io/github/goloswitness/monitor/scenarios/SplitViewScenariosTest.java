package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Nodes that disagree on the witness, and monitors cut off from part of the network. */
class SplitViewScenariosTest extends ScenarioTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Test
  void nodesDisagreeAboutTheMissesUntilTheLaggingOneCatchesUp() throws Exception {
    start(3);
    // Node 1 serves the chain 30 blocks late: once the producer misses, its total_missed trails
    // node 2's by at least one (a miss every 21 blocks), so no two nodes agree (quorum 2).
    c.lag(1, 30);
    c.crash(0);
    c.steps(4 * ROUND);
    int switchesWhileSplit = c.switches();
    int broadcastsWhileSplit = c.broadcasts().size();
    c.lag(1, 0);
    c.stepUntil(4 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("nodes disagree (one 30 blocks late), producer crashed; then they agree", 1, () -> {
      assertThat(switchesWhileSplit).as("no switch while the nodes disagree").isZero();
      assertThat(broadcastsWhileSplit).isZero();
      assertThat(c.alertEvents()).contains("quorum_lost");
      assertThat(c.producer()).as("rank 1 once its node is synced and the nodes agree").isEqualTo(1);
    });
  }

  @Test
  void aBackupsMonitorCutOffFromTheOtherNodes() throws Exception {
    start(3);
    c.partition(2, 0, 1); // monitor 2 reaches only its own node; the producer is fine
    c.steps(3 * ROUND);
    c.partition(2);
    c.steps(ROUND);
    finish("backup's monitor reaches only its own node, producer fine", 0, () -> {
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).isEmpty();
      assertThat(c.logText()).contains("[node2] node problem: no quorum");
      assertThat(c.alertEvents()).as("the cut-off monitor says so, once, and when it is over")
          .containsExactly("node_problem", "nodes_answer_again");
    });
  }

  @Test
  void aBackupsMonitorWithPeersCutOffFromTheOtherNodes() throws Exception {
    start(3, i -> "", TIMEOUT, true);
    c.partition(2, 0, 1); // rule 9 sees the producer's node unreachable, but no quorum
    c.steps(3 * ROUND);
    c.partition(2);
    c.steps(ROUND);
    finish("same with peers (rule 9) configured", 0, () -> {
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).isEmpty();
      assertThat(c.logText()).contains("[node2] node problem: no quorum");
      // the producer's monitor still answers monitor 2 and vouches for its node: no peer_down
      assertThat(c.alertEvents()).containsOnly("node_problem", "nodes_answer_again");
    });
  }

  /**
   * Rule 9's second opinion: a backup that cannot reach the producer's node but still has a quorum
   * reads the producer's monitor, which says its node is up: no early takeover (this was a false
   * switch before peers named their monitors).
   */
  @Test
  void aBackupsMonitorWithPeersCutOffFromTheProducersNodeOnly() throws Exception {
    start(3, i -> "", TIMEOUT, true);
    long missedBefore = c.net().totalMissed();
    c.partition(1, 0); // monitor 1 still reaches node 2: a quorum, and the producer's node unreachable
    c.steps(3 * ROUND);
    c.partition(1);
    c.steps(ROUND);
    finish("backup's monitor with peers cut off from the producer's node only", 0, () -> {
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).isEmpty();
      assertThat(c.alertEvents()).doesNotContain("peer_down");
      assertThat(c.net().totalMissed() - missedBefore).as("no block lost").isZero();
    });
  }

  /**
   * Cut off from the producer's server as a whole (its node and its monitor), the backup sees it
   * down; but the other backup still reads the producer's node and says so on its /peer: no early
   * takeover.
   */
  @Test
  void aBackupsMonitorWithPeersCutOffFromTheProducersServerWhileTheOtherBackupSeesIt() throws Exception {
    start(3, i -> "", TIMEOUT, true);
    long missedBefore = c.net().totalMissed();
    c.partitionServers(1, 0);
    c.steps(3 * ROUND);
    c.partitionServers(1);
    c.steps(ROUND);
    finish("backup cut off from the producer's node and monitor, the other backup sees it", 0, () -> {
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).isEmpty();
      assertThat(c.alertEvents()).contains("peer_down");
      assertThat(c.logText()).contains("but backup " + c.config(2).witnessPubkey() + " still sees its node");
      assertThat(c.net().totalMissed() - missedBefore).as("no block lost").isZero();
    });
  }

}
