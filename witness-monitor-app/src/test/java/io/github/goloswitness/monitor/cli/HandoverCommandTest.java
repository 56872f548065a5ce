package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.Handover;
import io.github.goloswitness.monitor.daemon.Wiring;
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

/**
 * A planned handover on a 2-node SimNetwork while both daemons keep ticking; the servers name
 * each other as peers with their monitors, whose /peer the handover asks about its target.
 */
class HandoverCommandTest {
  @TempDir Path dir;
  SimNetwork net;
  DemoCluster cluster;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    start(2);
  }

  void start(int nodes) throws Exception {
    net = SimNetwork.start(SimConfig.defaults().withNodes(nodes).withSeed(11));
    cluster = DemoCluster.start(net, dir, i -> "", new DemoCluster.Options(Wiring.CALL_TIMEOUT, false, true));
    cluster.tickAll();
  }

  @AfterEach
  void stop() {
    cluster.close();
    net.close();
  }

  int handover(String... args) {
    return handover(() -> { }, args);
  }

  /** As {@link #handover(String...)}, running {@code afterEachSlot} after each slot the handover waits. */
  int handover(Runnable afterEachSlot, String... args) {
    Environment env = new Environment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
        new PrintStream(err, true), Map.of(), net.clock());
    Handover.Waiter oneSlot = () -> {
      net.advanceSlot();
      afterEachSlot.run();
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
  void dryRunChecksTheTargetPrintsTheSignedTransactionAndNeitherWaitsNorSends() {
    net.advanceThroughOurSlot();
    net.advanceSlots(19); // our next slot is 2 slots away: a real handover would wait
    cluster.tickAll();
    long head = net.headBlockNumber();
    int code = handover("--config", config(0), "--to-key", net.signingKey(1).publicKey().toString(), "--dry-run");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text + err).isZero();
    assertThat(text).contains("target ready: its monitor").contains("node up and in sync")
        .containsPattern("dry run: signed, not broadcast, not waiting for a safe moment; tx [0-9a-f]{40}:")
        .contains("[\"witness_update\",{\"owner\":\"alpha-wit\"")
        .contains("\"block_signing_key\":\"" + net.signingKey(1).publicKey() + "\"").contains("\"signatures\":[\"")
        .doesNotContain("waiting:");
    assertThat(net.headBlockNumber()).as("no slot waited").isEqualTo(head);
    assertThat(broadcasts()).isZero();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void refusesATargetWhoseMonitorReportsItsNodeBehind() {
    // Issue 18: --to-key naming a server that cannot produce switched anyway, then lost 12 blocks.
    net.lag(1, 10);
    for (int i = 0; i < 2; i++) {
      net.advanceSlot();
      cluster.tickAll();
    }
    int code = handover("--config", config(0), "--to-key", net.signingKey(1).publicKey().toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("witness-monitor handover: refused: "
        + net.signingKey(1).publicKey() + ": its monitor http://").contains("reports its node down or behind");
    assertThat(broadcasts()).isZero();
  }

  @Test
  void refusesAKeyOfNoConfiguredServer() {
    String stranger = io.github.goloswitness.crypto.PrivateKey.fromPassword("x", "y", "signing").publicKey().toString();
    assertThat(handover("--config", config(0), "--to-key", stranger)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is neither this server's witness_pubkey nor a"
        + " configured peer's signing_key");
    assertThat(broadcasts()).isZero();
  }

  @Test
  void aTargetThatMissesItsFirstSlotIsRolledBack() throws Exception {
    // The target looks ready, then its golosd dies right after the switch: it misses its slot.
    stop();
    start(3); // quorum 2 of 3 still holds with the target's node dead
    long missed = net.totalMissed();
    boolean[] crashed = {false};
    int code = handover(() -> {
      if (!crashed[0] && net.signingNode().equals(OptionalInt.of(1))) {
        net.crash(1);
        crashed[0] = true;
      }
    }, "--config", config(0), "--to-key", net.signingKey(1).publicKey().toString());
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text + err).isEqualTo(1);
    assertThat(text).contains("missed its first slot").contains("rolling back to " + net.signingKey(0).publicKey())
        .contains("ROLLED BACK: " + net.signingKey(0).publicKey() + " is on chain again");
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
    assertThat(broadcasts()).isEqualTo(2);
    assertThat(net.totalMissed() - missed).as("one block lost, not a dozen").isEqualTo(1);
  }

  @Test
  void refusesABadKey() {
    assertThat(handover("--config", config(0), "--to-key", "GLSnot-a-key")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("witness-monitor handover: --to-key").contains("GLSnot-a-key");
    assertThat(broadcasts()).isZero();
  }
}
