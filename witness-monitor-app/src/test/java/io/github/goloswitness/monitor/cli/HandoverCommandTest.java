package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.Handover;
import io.github.goloswitness.monitor.demo.DemoCluster;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimEvent;
import io.github.goloswitness.testkit.SimNetwork;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A planned handover on a 2-node SimNetwork while both daemons keep ticking. */
class HandoverCommandTest {
  @TempDir Path dir;
  SimNetwork net;
  DemoCluster cluster;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    net = SimNetwork.start(SimConfig.defaults().withNodes(2).withSeed(11));
    cluster = DemoCluster.start(net, dir, i -> "");
    cluster.tickAll();
  }

  @AfterEach
  void stop() {
    cluster.close();
    net.close();
  }

  int handover(String... args) {
    Environment env = new Environment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
        new PrintStream(err, true), Map.of(), net.clock());
    Handover.Waiter oneSlot = () -> {
      net.advanceSlot();
      cluster.tickAll(); // the daemons keep running during the handover
    };
    return new CommandLine(new HandoverCommand(env, oneSlot)).execute(args);
  }

  String config(int node) {
    return dir.resolve("node" + node).resolve("witness_monitor.yml").toString();
  }

  long broadcasts() {
    return net.events().stream().filter(e -> e instanceof SimEvent.BroadcastReceived).count();
  }

  @Test
  void handsOverRightBeforeTheOwnSlotWithoutAMiss() {
    net.advanceThroughOurSlot();
    net.advanceSlots(19); // our next slot is now 2 slots away: unsafe
    cluster.tickAll();
    long missed = net.totalMissed();
    int code = handover("--config", config(1), "--to-self");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text + err).isZero();
    assertThat(text).containsPattern("waiting: alpha-wit produces in [0-9]+ slot").contains("confirmed: block");
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(1));
    assertThat(net.totalMissed()).isEqualTo(missed);
    assertThat(broadcasts()).isEqualTo(1);
    // The daemons saw an expected key change: a few more rounds, still one switch, no miss.
    for (int i = 0; i < 63; i++) {
      net.advanceSlot();
      cluster.tickAll();
    }
    assertThat(broadcasts()).isEqualTo(1);
    assertThat(net.totalMissed()).isEqualTo(missed);
    assertThat(cluster.alerts).extracting(Alert::event).doesNotContain("switch_requested", "this_node_failing");
  }

  @Test
  void dryRunSignsButDoesNotBroadcast() {
    int code = handover("--config", config(0), "--to-key", net.signingKey(1).publicKey().toString(), "--dry-run");
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("switch DRY_RUN at block [0-9]+: tx [0-9a-f]{40}");
    assertThat(broadcasts()).isZero();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void refusesABadKey() {
    assertThat(handover("--config", config(0), "--to-key", "GLSnot-a-key")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("witness-monitor handover: --to-key").contains("GLSnot-a-key");
    assertThat(broadcasts()).isZero();
  }
}
