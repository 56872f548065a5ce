package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.WitnessUpdate;
import io.github.goloswitness.failover.Decision;
import io.github.goloswitness.failover.Event.Kind;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.LogCapture;
import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class MonitorTest {
  static final PrivateKey ACTIVE = PrivateKey.fromPassword("alpha-wit", "test", "active");
  public static final String KEY_A = PrivateKey.fromPassword("alpha-wit", "node-a", "signing").publicKey().toString();
  static final String KEY_B = PrivateKey.fromPassword("alpha-wit", "node-b", "signing").publicKey().toString();

  @TempDir Path dir;
  FakeChain chain;
  FakeChain.Node local;
  FakeChain.Node other;
  FakeChain.Node third;
  final List<Alert> alerts = new CopyOnWriteArrayList<>();
  Wiring wiring;
  MonitorMetrics metrics;

  @BeforeEach
  void start() throws Exception {
    chain = new FakeChain(KEY_A, ACTIVE.publicKey().toString());
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

  Monitor monitor(String extraYaml) throws Exception {
    return monitor(extraYaml, chain.clock());
  }

  Monitor monitor(String extraYaml, java.time.InstantSource clock) throws Exception {
    String yaml = "node: [" + local.uri() + ", " + other.uri() + ", " + third.uri() + "]\n"
        + "witness: alpha-wit\nwitness_pubkey: " + KEY_B + "\nallowed_misses: 1\n"
        + "state_file: " + dir.resolve("state.json") + "\n" + extraYaml;
    MonitorConfig config = ConfigLoader.parse(yaml, "test.yml", Map.of()).config();
    metrics = MonitorMetrics.create();
    wiring = Wiring.open(config, Optional.of(ACTIVE), clock, metrics);
    StateStore.LoadResult loaded = new StateStore(config.stateFile()).load();
    FailoverState initial = loaded.state().isEmpty() ? FailoverState.initial() : FailoverState.fromMap(loaded.state());
    return wiring.monitor("b", config, initial, clock, alerts::add, metrics);
  }

  @Test
  void takesOverAfterMoreThanAllowedMissesAndSeesItsKeyOnChain() throws Exception {
    Monitor monitor = monitor("");
    assertThat(monitor.tick().decision()).containsInstanceOf(Decision.Hold.class);
    chain.ourSlot(false);
    TickReport first = monitor.tick();
    assertThat(first.has(Kind.MISS_DETECTED)).isTrue();
    assertThat(first.switched()).isEmpty();
    chain.block();
    monitor.tick();
    chain.ourSlot(false);
    TickReport second = monitor.tick();

    assertThat(second.decision()).contains(new Decision.TakeOver(KEY_B));
    assertThat(second.switched()).hasValueSatisfying(s -> {
      assertThat(s.kind()).isEqualTo(SwitchOutcome.Kind.SENT);
      assertThat(s.transactionId()).matches("[0-9a-f]{40}");
    });
    assertThat(chain.broadcasts).hasSize(1);
    WitnessUpdate op = (WitnessUpdate) chain.broadcasts.get(0).transaction().operations().get(0);
    assertThat(op.owner()).isEqualTo("alpha-wit");
    assertThat(op.url()).isEqualTo(FakeChain.URL);
    assertThat(op.blockSigningKey().toString()).isEqualTo(KEY_B);
    assertThat(op.fee().toString()).isEqualTo("0.000 GOLOS");
    assertThat(op.props().maximumBlockSize()).isEqualTo(131072);
    assertThat(chain.broadcasts.get(0).signers(ChainId.GOLOS_MAINNET)).containsExactly(ACTIVE.publicKey());
    assertThat(chain.broadcasts.get(0).transaction().expiration().toInstant()).isAfter(chain.now());

    chain.block();
    TickReport confirmed = monitor.tick();
    assertThat(confirmed.has(Kind.SWITCH_CONFIRMED)).isTrue();
    assertThat(chain.signingKey()).isEqualTo(KEY_B);
    assertThat(alerts).extracting(Alert::event).contains("missed_blocks", "switch_requested", "switched");
    assertThat(Files.readString(dir.resolve("state.json"))).contains("VERIFYING").contains(KEY_B);
    for (int i = 0; i < 10; i++) {
      chain.block();
      assertThat(monitor.tick().switched()).isEmpty();
    }
    assertThat(chain.broadcasts).hasSize(1);
    assertThat(metrics.scrape())
        .contains("witness_monitor_switches_total{result=\"sent\"} 1.0")
        .contains("witness_monitor_switches_total{result=\"confirmed\"} 1.0")
        .contains("witness_monitor_missed_blocks_total 2.0")
        .contains("witness_monitor_decisions_total{kind=\"take_over\"} 1.0");
  }

  @Test
  void aClockNineSecondsFastDoesNotMakeTheNodeLookStaleAndTheTakeoverHappens() throws Exception {
    // Issue 18: with the chain's time 9 s behind the monitor's clock every monitor judged its node
    // DOWN ("local head 9 s old") and nobody took over.
    java.time.InstantSource fast = () -> chain.clock().instant().plusSeconds(9);
    Monitor monitor = monitor("", fast);
    monitor.tick();
    chain.block();
    monitor.tick();
    assertThat(monitor.health().up()).as(monitor.health().reason()).isTrue();
    chain.ourSlot(false);
    monitor.tick();
    chain.block();
    monitor.tick();
    chain.ourSlot(false);
    TickReport second = monitor.tick();
    assertThat(second.has(Kind.NODE_UNHEALTHY)).isFalse();
    assertThat(second.decision()).contains(new Decision.TakeOver(KEY_B));
    assertThat(metrics.scrape()).contains("witness_monitor_head_lag_seconds 3.0"); // 10 s by the clock, less 7
  }

  @Test
  void nodesStillStartingAtAColdStartAreLoggedButNotAlerted() throws Exception {
    // Issue 18: every cold start sent node_problem (golosd still opening its RPC).
    local.garbage(true);
    other.garbage(true);
    third.garbage(true);
    Monitor monitor = monitor("");
    assertThat(monitor.tick().observation()).isEmpty();
    chain.block();
    monitor.tick();
    local.garbage(false);
    other.garbage(false);
    third.garbage(false);
    chain.block();
    assertThat(monitor.tick().observation()).isPresent();
    assertThat(alerts).extracting(Alert::event).doesNotContain("node_problem", "nodes_answer_again");
    // After the first poll that read the chain, a problem is alerted at once.
    local.garbage(true);
    chain.block();
    monitor.tick();
    assertThat(alerts).extracting(Alert::event).containsOnlyOnce("node_problem");
  }

  @Test
  void aProblemOutlastingTheStartupGraceIsAlertedOnce() throws Exception {
    local.garbage(true);
    other.garbage(true);
    third.garbage(true);
    Monitor monitor = monitor("");
    for (int i = 0; i < 41; i++) { // 41 blocks = 123 s > the 2 min grace
      monitor.tick();
      chain.block();
    }
    monitor.tick();
    assertThat(alerts).extracting(Alert::event).containsOnlyOnce("node_problem");
  }

  @Test
  void deadNodesGiveNoObservationAndNoSwitch() throws Exception {
    Monitor monitor = monitor("");
    monitor.tick();
    chain.ourSlot(false);
    monitor.tick();
    local.stop();
    other.stop();
    third.stop();
    chain.ourSlot(false);
    TickReport report = monitor.tick();
    assertThat(report.observation()).isEmpty();
    assertThat(report.problems()).isNotEmpty();
    assertThat(monitor.health().up()).isFalse();
    assertThat(chain.broadcasts).isEmpty();
  }

  @Test
  void aFrozenLocalNodeIsUnhealthyAndDoesNotSwitch() throws Exception {
    Monitor monitor = monitor("");
    monitor.tick();
    local.freeze(true);
    for (int i = 0; i < 3; i++) {
      chain.ourSlot(false);
      chain.block();
      chain.block();
      monitor.tick();
    }
    assertThat(chain.broadcasts).isEmpty();
    assertThat(alerts).extracting(Alert::event).contains("node_unhealthy");
  }

  @Test
  void healthIsDownWhileTheOnlyNodesHeadIsOlderThanMaxHeadLag() throws Exception {
    // Issue 10, defect 3: one node behind a proxy replaying old answers; its head stops moving.
    String yaml = "node: " + local.uri() + "\nwitness: alpha-wit\nwitness_pubkey: " + KEY_B
        + "\nstate_file: " + dir.resolve("state.json") + "\n";
    MonitorConfig config = ConfigLoader.parse(yaml, "test.yml", Map.of()).config();
    wiring = Wiring.open(config, Optional.of(ACTIVE), chain.clock(), MonitorMetrics.create());
    Monitor monitor = wiring.monitor("b", config, FailoverState.initial(), chain.clock(), alerts::add,
        MonitorMetrics.create());
    monitor.tick();
    assertThat(monitor.health().up()).isTrue();
    local.freeze(true);
    chain.block();
    chain.block();
    monitor.tick();
    assertThat(monitor.health().up()).as("head 7 s old, max_head_lag 3 blocks = 9 s").isTrue();
    chain.block();
    monitor.tick();
    assertThat(monitor.health().up()).isFalse();
    assertThat(monitor.health().reason()).isEqualTo("local head 10 s old");
    // Measured when asked, by the monitor's clock, even between ticks.
    chain.block();
    assertThat(monitor.health().reason()).isEqualTo("local head 13 s old");
    local.freeze(false);
    monitor.tick();
    assertThat(monitor.health().up()).isTrue();
  }

  @Test
  void theSwitchReChecksThatTheFailingKeyIsStillOnChain() throws Exception {
    // Issue 10: the switch re-read the witness before signing but did not compare its key.
    monitor("");
    SwitchOutcome outcome = wiring.switcher.execute(io.github.goloswitness.crypto.PublicKey.fromString(KEY_B),
        Optional.of(KEY_B)); // as if the policy had judged KEY_B failing: KEY_A is on chain
    assertThat(outcome.kind()).isEqualTo(SwitchOutcome.Kind.REJECTED);
    assertThat(outcome.detail()).contains("the key on chain is now " + KEY_A);
    assertThat(chain.broadcasts).isEmpty();
    SwitchOutcome stillThere = wiring.switcher.execute(io.github.goloswitness.crypto.PublicKey.fromString(KEY_B),
        Optional.of(KEY_A));
    assertThat(stillThere.kind()).isEqualTo(SwitchOutcome.Kind.SENT);
  }

  @Test
  void aRejectedBroadcastIsReportedAndRetried() throws Exception {
    Monitor monitor = monitor("");
    chain.rejectBroadcasts("tx_missing_active_auth");
    monitor.tick();
    chain.ourSlot(false);
    monitor.tick();
    chain.ourSlot(false);
    TickReport rejected = monitor.tick();
    assertThat(rejected.switched()).hasValueSatisfying(s -> {
      assertThat(s.kind()).isEqualTo(SwitchOutcome.Kind.REJECTED);
      assertThat(s.detail()).contains("tx_missing_active_auth");
    });
    assertThat(rejected.has(Kind.SWITCH_FAILED)).isTrue();
    assertThat(alerts).extracting(Alert::event).contains("switch_failed");
    chain.rejectBroadcasts(null);
    int ticks = 0;
    while (chain.broadcasts.isEmpty() && ticks++ < 20) {
      chain.block();
      monitor.tick();
    }
    assertThat(chain.broadcasts).hasSize(1);
    chain.block();
    assertThat(monitor.tick().has(Kind.SWITCH_CONFIRMED)).isTrue();
  }

  @Test
  void malformedRepliesAreLoggedOnceCountedAndNeverSwitch() throws Exception {
    Monitor monitor = monitor("");
    monitor.tick();
    chain.ourSlot(false);
    monitor.tick();
    try (LogCapture logs = new LogCapture()) {
      local.garbage(true);
      other.garbage(true);
      third.garbage(true);
      for (int i = 0; i < 5; i++) {
        chain.ourSlot(false);
        TickReport report = monitor.tick();
        assertThat(report.observation()).isEmpty();
        assertThat(report.problems()).isNotEmpty();
      }
      assertThat(chain.broadcasts).isEmpty();
      assertThat(logs.events()).filteredOn(e -> e.getFormattedMessage().contains("node problem")).hasSize(1);
      assertThat(alerts).extracting(Alert::event).containsOnlyOnce("node_problem");
      assertThat(metrics.scrape()).containsPattern("witness_monitor_rpc_errors_total\\{node=\"http://127.0.0.1:[0-9]+\"\\} [1-9]");
      local.garbage(false);
      other.garbage(false);
      third.garbage(false);
      chain.block();
      TickReport back = monitor.tick();
      assertThat(back.observation()).isPresent();
      assertThat(logs.text()).contains("nodes answer again");
      assertThat(alerts).extracting(Alert::event).containsOnlyOnce("nodes_answer_again");
    }
  }
}
