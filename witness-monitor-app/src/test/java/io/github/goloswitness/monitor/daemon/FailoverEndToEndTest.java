package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.LogCapture;
import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.demo.DemoCluster;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimEvent;
import io.github.goloswitness.testkit.SimNetwork;
import io.github.goloswitness.testkit.SlotEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes of one witness on a {@link SimNetwork} over real HTTP, one monitor per node with the
 * real client, signing and policy; node 2 produces first, node {@code i} has priority {@code i}.
 * The chain is stepped slot by slot and every monitor ticks after each slot: no sleeping.
 */
class FailoverEndToEndTest {
  @TempDir Path dir;
  SimNetwork net;
  DemoCluster cluster;

  void start(IntFunction<String> extraYaml) throws Exception {
    net = SimNetwork.start(SimConfig.defaults().withNodes(3).withInitialNode(2).withSeed(7));
    cluster = DemoCluster.start(net, dir, extraYaml);
    cluster.tickAll();
  }

  @AfterEach
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
    if (net != null) {
      net.close();
    }
  }

  /** Advances one slot and ticks every monitor; returns the reports. */
  List<TickReport> step() {
    net.advanceSlot();
    return cluster.tickAll();
  }

  List<SimEvent.BroadcastReceived> broadcasts() {
    return net.events().stream().filter(e -> e instanceof SimEvent.BroadcastReceived)
        .map(e -> (SimEvent.BroadcastReceived) e).toList();
  }

  /** Steps until {@code done} or {@code max} slots; returns the reports of every step. */
  List<List<TickReport>> stepUntil(int max, java.util.function.BooleanSupplier done) {
    List<List<TickReport>> all = new ArrayList<>();
    for (int i = 0; i < max && !done.getAsBoolean(); i++) {
      all.add(step());
    }
    return all;
  }

  void assertNoSecretIn(String text) {
    assertThat(LogCapture.WIF.matcher(text).find()).as("a WIF-shaped string in:%n%s", text).isFalse();
    assertThat(text).doesNotContain(net.activeKey().toWif());
    for (int i = 0; i < net.nodeCount(); i++) {
      assertThat(text).doesNotContain(net.signingKey(i).toWif());
    }
  }

  @Test
  void theLowestPriorityBackupTakesOverACrashedProducerOnceAndProduces() throws Exception {
    try (LogCapture logs = new LogCapture()) {
      start(i -> "");
      stepUntil(21, () -> false);
      assertThat(broadcasts()).isEmpty();
      net.crash(2);
      long thresholdBlock = -1;
      long switchBlock = -1;
      for (List<TickReport> reports : stepUntil(4 * 21, () -> !net.signingNode().equals(OptionalInt.of(2)))) {
        for (TickReport r : reports) {
          if (r.has(Kind.THRESHOLD_REACHED) && thresholdBlock < 0) {
            thresholdBlock = r.observation().orElseThrow().headBlock();
          }
        }
        if (reports.get(0).switched().isPresent()) {
          switchBlock = reports.get(0).observation().orElseThrow().headBlock();
        }
      }
      assertThat(thresholdBlock).isPositive();
      assertThat(switchBlock).isBetween(thresholdBlock, thresholdBlock + 1);
      assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
      stepUntil(42, () -> false); // two more rounds: node 0 produces, nobody switches again
      assertThat(broadcasts()).hasSize(1);
      assertThat(broadcasts().get(0).node()).isEqualTo(0);
      assertThat(net.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.BlockProduced.class,
          b -> assertThat(b.node()).isEqualTo(0)));
      assertThat(cluster.alerts).extracting(Alert::event)
          .contains("missed_blocks", "switch_requested", "switched", "production_confirmed");
      assertThat(cluster.monitor(1).state().phase()).isEqualTo(FailoverState.Phase.WATCHING);
      assertThat(logs.text()).contains("TAKE_OVER", "switch SENT", broadcasts().get(0).txId());
      assertNoSecretIn(logs.text());
      assertNoSecretIn(cluster.alerts.toString());
    }
  }

  @Test
  void nothingSwitchesWhileTheNetworkStalls() throws Exception {
    // Default min_participation (33 %): the 128-slot average stays above it for ~110 slots of a
    // stall, the last round falls below it within one round, before a second miss can be counted.
    start(i -> "");
    stepUntil(21, () -> false);
    net.stall(true);
    stepUntil(5 * 21, () -> false);
    assertThat(net.totalMissed()).isGreaterThanOrEqualTo(3);
    assertThat(broadcasts()).isEmpty();
    assertThat(cluster.alerts).extracting(Alert::event).contains("network_unhealthy");
    net.stall(false);
    stepUntil(3 * 21, () -> false);
    assertThat(broadcasts()).isEmpty();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void aProducerCrashingAsAStallBeginsIsTakenOverOnlyOnceTheNetworkRecovers() throws Exception {
    start(i -> "");
    stepUntil(21, () -> false);
    net.stall(true);
    step();
    net.crash(2);
    int stalledSlots = 0;
    for (List<TickReport> reports : stepUntil(5 * 21, () -> false)) {
      stalledSlots++;
      for (TickReport r : reports) {
        assertThat(r.switched()).as("slot %d of the stall", stalledSlots).isEmpty();
        if (stalledSlots > 21) { // a full stalled round: the last round's 5 of 21 slots drive participation
          r.observation().ifPresent(o -> assertThat(o.participation()).isLessThan(33));
        }
      }
    }
    assertThat(net.totalMissed()).isGreaterThanOrEqualTo(3);
    assertThat(broadcasts()).isEmpty();
    assertThat(cluster.alerts).extracting(Alert::event).contains("network_unhealthy");
    net.stall(false);
    stepUntil(5 * 21, () -> !net.signingNode().equals(OptionalInt.of(2)));
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
    assertThat(broadcasts()).extracting(SimEvent.BroadcastReceived::node).containsExactly(0);
  }

  @Test
  void aBackupWhoseNodeLagsDoesNotSwitchTheNextOneDoes() throws Exception {
    net = SimNetwork.start(SimConfig.defaults().withNodes(4).withInitialNode(3).withSeed(8));
    cluster = DemoCluster.start(net, dir, i -> "");
    cluster.tickAll();
    stepUntil(21, () -> false);
    net.lag(0, 10);
    net.crash(3);
    stepUntil(5 * 21, () -> !net.signingNode().equals(OptionalInt.of(3)));
    assertThat(broadcasts()).extracting(SimEvent.BroadcastReceived::node).containsExactly(1);
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(1));
    assertThat(cluster.alerts).anySatisfy(a -> {
      assertThat(a.event()).isEqualTo("node_unhealthy");
      assertThat(a.node()).isEqualTo(MonitorMetrics.nodeTag(net.uri(0)));
    });
  }

  @Test
  void aMonitorRestartedInTheMiddleOfAnIncidentDoesNotSwitchTwice() throws Exception {
    start(i -> "");
    stepUntil(21, () -> false);
    net.crash(2);
    List<List<TickReport>> steps = stepUntil(4 * 21, () -> !broadcasts().isEmpty());
    assertThat(steps.get(steps.size() - 1).get(0).switched()).isPresent();
    // Both backups restart now: node 0 has just broadcast, node 1 waits for its turn.
    assertThat(cluster.monitor(1).state().phase()).isEqualTo(FailoverState.Phase.WAITING);
    Monitor restarted0 = cluster.restart(0);
    cluster.restart(1);
    assertThat(restarted0.state().phase()).isEqualTo(FailoverState.Phase.SWITCHING);
    List<List<TickReport>> after = stepUntil(3 * 21, () -> false);
    assertThat(broadcasts()).hasSize(1);
    assertThat(after.get(0).get(0).has(Kind.SWITCH_CONFIRMED)).isTrue();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void aRejectedBroadcastIsReportedAndRetriedWithinTheBudget() throws Exception {
    start(i -> "");
    stepUntil(21, () -> false);
    net.rejectBroadcasts(0, "tx_expired");
    net.crash(2);
    Monitor backup = cluster.monitor(0);
    List<TickReport> reports = new ArrayList<>();
    for (int i = 0; i < 4 * 21 && broadcasts().isEmpty(); i++) {
      net.advanceSlot();
      reports.add(backup.tick()); // only the priority-0 backup runs: its retry is what we watch
    }
    TickReport rejected = reports.get(reports.size() - 1);
    assertThat(rejected.switched()).hasValueSatisfying(s -> {
      assertThat(s.kind()).isEqualTo(SwitchOutcome.Kind.REJECTED);
      assertThat(s.detail()).contains("tx_expired");
    });
    assertThat(rejected.has(Kind.SWITCH_FAILED)).isTrue();
    assertThat(cluster.alerts).anySatisfy(a -> {
      assertThat(a.event()).isEqualTo("switch_failed");
      assertThat(a.message()).contains("tx_expired");
    });
    net.acceptBroadcasts(0);
    for (int i = 0; i < 21 && !net.signingNode().equals(OptionalInt.of(0)); i++) {
      net.advanceSlot();
      backup.tick();
    }
    assertThat(broadcasts()).hasSize(2);
    assertThat(broadcasts().get(0).error()).isPresent();
    assertThat(broadcasts().get(1).error()).isEmpty();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
    assertThat(backup.state().switches()).hasSize(2).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void withPeersConfiguredACrashedProducerIsReplacedBeforeItsSlotIsMissed() throws Exception {
    // Rule 9: every monitor watches the other servers; a dead holder of the key is replaced early.
    start(i -> {
      StringBuilder peers = new StringBuilder("peers:\n");
      for (int p = 0; p < 3; p++) {
        if (p != i) {
          peers.append("  - signing_key: ").append(net.signingKey(p).publicKey()).append("\n")
              .append("    node: ").append(net.uri(p)).append("\n");
        }
      }
      return peers.toString();
    });
    net.advanceThroughOurSlot();
    cluster.tickAll();
    long missed = net.totalMissed();
    net.crash(2);
    stepUntil(21, () -> false);
    assertThat(broadcasts()).extracting(SimEvent.BroadcastReceived::node).containsExactly(0);
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
    assertThat(net.totalMissed()).isEqualTo(missed);
    assertThat(cluster.alerts).extracting(Alert::event).contains("switched");
  }
}
