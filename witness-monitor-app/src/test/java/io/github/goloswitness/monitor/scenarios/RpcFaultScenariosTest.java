package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Faults of the nodes a monitor reads: down, old head. */
class RpcFaultScenariosTest extends ScenarioTest {

  @Test
  void aBackupsNodeIsDownThenTheProducerFails() throws Exception {
    start(4); // quorum 2 still holds with two of four nodes down
    c.crash(1);
    c.steps(ROUND);
    long quiet = c.broadcasts().size();
    c.crash(0);
    c.stepUntil(8 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("backup's node down, then producer crashes", 1, () -> {
      assertThat(quiet).as("no broadcast while only a backup's node is down").isZero();
      assertThat(c.producer()).isEqualTo(2);
      assertThat(c.monitor(1).health().up()).isFalse();
    });
  }

  @Test
  void aBackupsNodeServesAnOldHead() throws Exception {
    start(3);
    c.lag(2, 12);
    c.steps(2 * ROUND);
    c.lag(2, 0);
    c.steps(ROUND);
    finish("backup's node serves an old head", 0, () -> {
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).isEmpty();
    });
  }

  @Test
  void everyNodeOfAMonitorIsDownNothingHappens() throws Exception {
    start(3);
    c.crash(1);
    c.crash(2);
    c.steps(2 * ROUND);
    c.restart(1);
    c.restart(2);
    c.steps(ROUND);
    finish("both backups' nodes down (no quorum), producer fine", 0, () -> {
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).isEmpty();
    });
  }
}
