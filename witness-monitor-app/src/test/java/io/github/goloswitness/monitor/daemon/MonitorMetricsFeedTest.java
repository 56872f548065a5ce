package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gauges and counters the alert rules need, fed by real ticks against fake nodes over HTTP. */
class MonitorMetricsFeedTest {
  private static final PrivateKey ACTIVE = PrivateKey.fromPassword("alpha-wit", "test", "active");

  @TempDir Path dir;
  private FakeChain chain;
  private FakeChain.Node local;
  private FakeChain.Node other;
  private FakeChain.Node third;
  private Wiring wiring;
  private final MonitorMetrics metrics = MonitorMetrics.create();
  private final List<Alert> alerts = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    chain = new FakeChain(MonitorTest.KEY_A, ACTIVE.publicKey().toString());
    local = chain.node();
    other = chain.node();
    third = chain.node();
  }

  @AfterEach
  void stop() {
    if (wiring != null) {
      wiring.close();
    }
    chain.close();
  }

  private Monitor monitor(String extraYaml) throws Exception {
    String yaml = "node: [" + local.uri() + ", " + other.uri() + ", " + third.uri() + "]\n"
        + "witness: alpha-wit\nwitness_pubkey: " + MonitorTest.KEY_B + "\nallowed_misses: 1\n"
        + "state_file: " + dir.resolve("state.json") + "\n" + extraYaml;
    MonitorConfig config = ConfigLoader.parse(yaml, "test.yml", Map.of()).config();
    wiring = Wiring.open(config, Optional.of(ACTIVE), chain.clock(), metrics);
    return wiring.monitor("b", config, FailoverState.initial(), chain.clock(), alerts::add, metrics);
  }

  /** The value of the sample {@code name} (with its labels, as served). */
  private double value(String name) {
    return metrics.scrape().lines().filter(l -> l.startsWith(name + " ")).findFirst()
        .map(l -> Double.parseDouble(l.substring(name.length() + 1)))
        .orElseThrow(() -> new AssertionError("no sample " + name + " in\n" + metrics.scrape()));
  }

  @Test
  void beforeTheFirstPollTheLastPollIsZeroAndTheStateGaugesAreUnknown() throws Exception {
    monitor("");
    assertThat(value("witness_monitor_last_poll_timestamp_seconds")).isZero();
    assertThat(value("witness_monitor_local_node_healthy")).isNaN();
    assertThat(value("witness_monitor_quorum_reached")).isNaN();
    assertThat(value("witness_monitor_switch_budget_remaining")).isNaN();
    assertThat(value("witness_monitor_polls_total{result=\"ok\"}")).isZero();
    assertThat(value("witness_monitor_events_total{kind=\"SWITCH_FAILED\"}")).isZero();
    assertThat(value(rpcErrors(third))).isZero();
  }

  private static String rpcErrors(FakeChain.Node node) {
    return "witness_monitor_rpc_errors_total{node=\"" + MonitorMetrics.nodeTag(node.uri()) + "\"}";
  }

  @Test
  void aHealthyPollRecordsItsTimeFromTheInjectedClockAndWhatItSaw() throws Exception {
    Monitor monitor = monitor("max_switches_per_hour: 5\n");
    monitor.tick();
    chain.ourSlot(false);
    monitor.tick();

    assertThat(value("witness_monitor_polls_total{result=\"ok\"}")).isEqualTo(2);
    assertThat(value("witness_monitor_last_poll_timestamp_seconds"))
        .isEqualTo(chain.clock().instant().toEpochMilli() / 1e3);
    assertThat(value("witness_monitor_local_node_healthy")).isEqualTo(1);
    assertThat(value("witness_monitor_quorum_reached")).isEqualTo(1);
    assertThat(value("witness_monitor_producing")).isZero();
    assertThat(value("witness_monitor_witness_disabled")).isZero();
    assertThat(value("witness_monitor_witness_total_missed")).isEqualTo(chain.totalMissed());
    assertThat(value("witness_monitor_switch_budget_remaining")).isEqualTo(5);
    assertThat(value("witness_monitor_phase{phase=\"WATCHING\"}")).isEqualTo(1);
    assertThat(value("witness_monitor_events_total{kind=\"MISS_DETECTED\"}")).isEqualTo(1);
  }

  @Test
  void aSwitchUsesTheBudgetAndMakesThisServerTheProducer() throws Exception {
    Monitor monitor = monitor("max_switches_per_hour: 2\n");
    monitor.tick();
    chain.ourSlot(false);
    monitor.tick();
    chain.block();
    monitor.tick();
    chain.ourSlot(false);
    monitor.tick(); // takes over
    chain.block();
    monitor.tick(); // sees its key

    assertThat(value("witness_monitor_switches_total{result=\"sent\"}")).isEqualTo(1);
    assertThat(value("witness_monitor_events_total{kind=\"SWITCH_REQUESTED\"}")).isEqualTo(1);
    assertThat(value("witness_monitor_switch_budget_remaining")).isEqualTo(1);
    assertThat(value("witness_monitor_producing")).isEqualTo(1);
    assertThat(value("witness_monitor_phase{phase=\"VERIFYING\"}")).isEqualTo(1);
    assertThat(value("witness_monitor_phase{phase=\"WATCHING\"}")).isZero();
  }

  @Test
  void aDeadLocalNodeIsUnhealthyWhileTheOthersStillGiveAQuorum() throws Exception {
    Monitor monitor = monitor("");
    monitor.tick();
    local.stop();
    chain.block();
    monitor.tick();

    assertThat(value("witness_monitor_polls_total{result=\"ok\"}")).isEqualTo(2);
    assertThat(value("witness_monitor_local_node_healthy")).isZero();
    assertThat(value("witness_monitor_quorum_reached")).isEqualTo(1);
    assertThat(value(rpcErrors(local))).isPositive();
  }

  @Test
  void aFrozenLocalHeadIsUnhealthyOnceOlderThanMaxHeadLag() throws Exception {
    Monitor monitor = monitor("max_head_lag: 3\n");
    monitor.tick();
    local.freeze(true);
    for (int i = 0; i < 5; i++) {
      chain.block();
      monitor.tick();
    }
    assertThat(value("witness_monitor_local_node_healthy")).isZero();
  }

  @Test
  void aPollThatCannotReadTheChainCountsAsFailedAndKeepsTheLastPollTime() throws Exception {
    Monitor monitor = monitor("");
    monitor.tick();
    double lastPoll = value("witness_monitor_last_poll_timestamp_seconds");
    local.stop();
    other.stop();
    third.stop();
    chain.block();
    monitor.tick();

    assertThat(value("witness_monitor_polls_total{result=\"failed\"}")).isEqualTo(1);
    assertThat(value("witness_monitor_last_poll_timestamp_seconds")).isEqualTo(lastPoll);
    assertThat(value("witness_monitor_local_node_healthy")).isZero();
    assertThat(value("witness_monitor_quorum_reached")).isZero();
  }

  @Test
  void nodesThatDisagreeLeaveNoQuorum() throws Exception {
    Monitor monitor = monitor("quorum: 3\n");
    monitor.tick();
    third.garbage(true);
    chain.block();
    monitor.tick();
    assertThat(value("witness_monitor_quorum_reached")).isZero();
  }
}
