package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The switch's broadcast goes wrong: rejected, never included, included late; the network stalls. */
class BroadcastScenariosTest extends ScenarioTest {

  @ParameterizedTest
  @ValueSource(strings = {"tx_expired", "tx_duplicate_transaction", "tx_missing_active_auth"})
  void broadcastsRejectedForAWhile(String error) throws Exception {
    start(3);
    c.rejectBroadcasts(error);
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> !c.broadcasts().isEmpty());
    c.steps(2);
    int rejected = c.broadcasts().size();
    c.acceptBroadcasts(); // before the switch budget (3 requests per hour) is spent
    c.stepUntil(8 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("broadcast rejected (" + error + ")", 1, () -> {
      assertThat(rejected).isPositive();
      assertThat(c.producer()).isIn(1, 2);
      assertThat(c.alertEvents()).contains("switch_failed");
    });
  }

  @Test
  void broadcastAcceptedButNeverIncluded() throws Exception {
    start(3);
    c.dropBroadcasts();
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> !c.broadcasts().isEmpty());
    c.steps(4); // confirm_within (3 blocks) passes
    c.acceptBroadcasts();
    c.stepUntil(8 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("broadcast accepted, never included", 1, () -> {
      assertThat(c.producer()).isIn(1, 2);
      assertThat(c.alertEvents()).contains("switch_failed");
    });
  }

  @Test
  void broadcastIncludedLate() throws Exception {
    // With the default takeover_step (2 blocks) a transaction that needs 3 blocks to land lets
    // rank 2 act before rank 1's key is visible: both land and the key moves twice (see
    // docs/performance.md). takeover_step must exceed the inclusion delay, as here.
    start(3, i -> "takeover_step: 4\n");
    // the transaction lands in the last block of confirm_within (3 blocks); later it would expire
    c.delayInclusion(2);
    c.crash(0);
    c.stepUntil(8 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("broadcast included 3 blocks after the request (takeover_step 4)", 1, () -> assertThat(c.producer()).isIn(1, 2));
  }

  @Test
  void broadcastWouldBeIncludedOnlyAfterItExpires() throws Exception {
    start(3);
    c.delayInclusion(6); // the switch transaction expires first: never lands
    c.crash(0);
    c.steps(6 * ROUND);
    finish("broadcast included only after expiry: never lands", 0, () -> {
      assertThat(c.producer()).isEqualTo(0);
      assertThat(c.broadcasts()).hasSizeBetween(3, 6); // 3 requests per hour and monitor at most
      assertThat(c.alertEvents()).contains("switch_failed", "switch_limit_reached");
    });
  }

  @Test
  void producerCrashesDuringANetworkStall() throws Exception {
    // Default min_participation (33 %): the last round's participation shows the stall at once.
    start(3);
    c.stall(true);
    c.steps(ROUND);
    c.crash(0);
    c.steps(3 * ROUND);
    int duringStall = c.broadcasts().size();
    c.stall(false);
    c.stepUntil(8 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("network stall, producer crashes in it", 1, () -> {
      assertThat(duringStall).as("broadcasts while stalled").isZero();
      assertThat(c.alertEvents()).contains("network_unhealthy");
      assertThat(c.producer()).isEqualTo(1);
    });
  }
}
