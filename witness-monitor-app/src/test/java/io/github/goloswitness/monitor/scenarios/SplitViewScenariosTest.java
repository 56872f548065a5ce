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
      assertThat(c.alertEvents()).containsOnly("peer_down", "node_problem", "nodes_answer_again");
    });
  }

  /**
   * A known limitation of rule 9 (the core's {@code Gates.peerDown}): a backup that cannot reach
   * the producer's node but still has a quorum takes an unreachable peer for a dead one, so it
   * takes over a witness that is producing. The key moves between two working nodes (no block is
   * lost), but it is a false switch. Pinned here so that a fix shows up as a failing test.
   */
  @Test
  void aBackupsMonitorWithPeersCutOffFromTheProducersNodeOnlyTakesOver() throws Exception {
    start(3, i -> "", TIMEOUT, true);
    long missedBefore = c.net().totalMissed();
    c.partition(1, 0); // monitor 1 still reaches node 2: a quorum, and the producer's peer unreachable
    c.steps(3 * ROUND);
    c.partition(1);
    c.steps(ROUND);
    knownLimitation("backup's monitor with peers cut off from the producer's node only",
        "rule 9 takes an unreachable peer for a dead one: a false switch", () -> {
          assertThat(c.switches()).isEqualTo(1);
          assertThat(c.falseSwitches()).isEqualTo(1);
          assertThat(c.producer()).isEqualTo(1);
          assertThat(c.broadcasts()).extracting(b -> b.node()).containsOnly(1);
          assertThat(c.alertEvents()).contains("peer_down", "switched");
          assertThat(c.net().totalMissed() - missedBefore).as("no block lost").isZero();
        });
  }
}
