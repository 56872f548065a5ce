package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The producer's node crashes: once, coming back, and again during the cooldown; bad backups. */
class ProducerCrashScenariosTest extends ScenarioTest {

  @Test
  void producerCrashes() throws Exception {
    start(3);
    long missedBefore = c.net().totalMissed();
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("producer crashes", 1, () -> {
      assertThat(c.producer()).isEqualTo(1);
      assertThat(c.net().totalMissed() - missedBefore).isEqualTo(2); // allowed_misses + 1
      assertThat(c.broadcasts()).hasSize(1);
      assertThat(c.alertEvents()).contains("switch_requested", "switched", "production_confirmed");
    });
  }

  @Test
  void producerCrashesAndComesBack() throws Exception {
    start(3);
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    c.restart(0);
    c.steps(2 * ROUND);
    finish("producer crashes and comes back", 1, () -> {
      assertThat(c.producer()).as("no switch back to the returning node").isEqualTo(1);
      assertThat(c.broadcasts()).hasSize(1);
    });
  }

  @Test
  void newProducerCrashesDuringTheCooldown() throws Exception {
    start(3);
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> c.producer() != 0);
    c.restart(0);
    c.steps(3);
    c.crash(1); // cooldown: 2 rounds after the key change
    c.stepUntil(8 * ROUND, () -> c.producer() == 0);
    c.steps(ROUND);
    finish("crashes again during the cooldown", 2, () -> {
      assertThat(c.producer()).as("priority 0 is back and takes over after the cooldown").isEqualTo(0);
      assertThat(c.broadcasts()).hasSize(2);
    });
  }

  @Test
  void bestBackupIsStaleWhenTheProducerFails() throws Exception {
    start(4); // with 3 nodes, one crashed and one stale, the quorum of 2 agreeing nodes is lost
    c.lag(1, 10);
    c.crash(0);
    c.stepUntil(8 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("best backup's node stale", 1, () -> {
      assertThat(c.producer()).isEqualTo(2);
      assertThat(c.broadcasts()).extracting(b -> b.node()).containsOnly(2);
      assertThat(c.alertEvents()).contains("node_unhealthy");
    });
  }

  @Test
  void bestBackupRunsAnOldBinary() throws Exception {
    start(3);
    c.oldBinary(1, "0.29.0"); // older than the chain's hardfork 0.30.0: cannot produce
    c.crash(0);
    c.stepUntil(8 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("best backup on an old binary", 1, () -> {
      assertThat(c.producer()).isEqualTo(2);
      assertThat(c.broadcasts()).extracting(b -> b.node()).containsOnly(2);
      assertThat(c.alertEvents()).contains("node_unhealthy");
    });
  }

  @Test
  void producerMissesOneSlotWhileRestarting() throws Exception {
    start(3);
    long before = c.net().totalMissed();
    c.crash(0);
    c.stepUntil(2 * ROUND, () -> c.net().totalMissed() > before);
    c.restart(0); // a quick restart costs one slot: within allowed_misses
    c.steps(2 * ROUND);
    finish("producer restarts, misses one slot", 0, () -> {
      assertThat(c.net().totalMissed() - before).isEqualTo(1);
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).isEmpty();
    });
  }
}
