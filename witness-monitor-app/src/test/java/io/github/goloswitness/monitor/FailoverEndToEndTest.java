package io.github.goloswitness.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.sim.SimConfig;
import io.github.goloswitness.monitor.sim.SimEvent;
import io.github.goloswitness.monitor.sim.SimNetwork;
import io.github.goloswitness.monitor.sim.SlotEvent;
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

  @Test
  void theLowestPriorityBackupTakesOverACrashedProducerOnceAndProduces() throws Exception {
    start(i -> "");
    for (int i = 0; i < 42; i++) {
      step();
    }
    assertThat(broadcasts()).isEmpty();
    net.crash(2);
    long thresholdBlock = -1;
    long switchBlock = -1;
    for (int i = 0; i < 4 * 21 && net.signingNode().equals(OptionalInt.of(2)); i++) {
      List<TickReport> reports = step();
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
    // Two more rounds: node 0 produces, nobody switches again.
    List<SlotEvent> produced = new ArrayList<>();
    for (int i = 0; i < 42; i++) {
      step();
    }
    net.events().stream().filter(e -> e instanceof SimEvent.BlockProduced b && b.witness().equals(net.witness()))
        .forEach(e -> produced.add(null));
    assertThat(broadcasts()).hasSize(1);
    assertThat(broadcasts().get(0).node()).isEqualTo(0);
    assertThat(net.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SimEvent.BlockProduced.class,
        b -> assertThat(b.node()).isEqualTo(0)));
    assertThat(cluster.alerts).extracting(Alert::event)
        .contains("switch_requested", "switch_confirmed", "production_confirmed");
    assertThat(cluster.monitor(1).state().phase()).isEqualTo(FailoverState.Phase.WATCHING);
  }
}
