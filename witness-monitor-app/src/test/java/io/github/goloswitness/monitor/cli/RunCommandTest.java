package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.daemon.StateIdentity;
import io.github.goloswitness.monitor.daemon.StateStore;
import io.github.goloswitness.monitor.Main;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.FakeChain;
import io.github.goloswitness.monitor.daemon.MonitorTest;
import io.github.goloswitness.monitor.observe.Health;
import io.github.goloswitness.monitor.observe.MetricsServer;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import io.github.goloswitness.monitor.observe.PeerStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's startup checks, run in-process with {@code run --check} (no loop). */
class RunCommandTest {
  static final PrivateKey ACTIVE = PrivateKey.fromPassword("alpha-wit", "run", "active");
  static final PrivateKey SIGNING = PrivateKey.fromPassword("alpha-wit", "run", "signing");
  static final PrivateKey OTHER = PrivateKey.fromPassword("alpha-wit", "run", "other");

  @TempDir Path dir;
  FakeChain chain;
  FakeChain.Node node;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    chain = new FakeChain(MonitorTest.KEY_A, ACTIVE.publicKey().toString());
    node = chain.node();
  }

  @AfterEach
  void stop() {
    chain.close();
  }

  int run(String... args) {
    return runAt(Instant.parse("2026-11-26T04:00:01Z"), args);
  }

  int runAt(Instant now, String... args) {
    Environment env = new Environment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
        new PrintStream(err, true), Map.of(), () -> now);
    String[] all = new String[args.length + 1];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.run(env, all);
  }

  Path keyFile(String name, PrivateKey key, String mode) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, key.toWif() + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    return file;
  }

  Path config(String extra) throws Exception {
    Path file = dir.resolve("monitor.yml");
    Files.writeString(file, "node: " + node.uri() + "\nwitness: alpha-wit\nwitness_pubkey: "
        + SIGNING.publicKey() + "\nstate_file: " + dir.resolve("state.json") + "\n" + extra);
    return file;
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  void assertRefused(int code, String... fragments) {
    assertThat(code).isEqualTo(2);
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).startsWith("witness-monitor: cannot start: ").contains(fragments);
    assertThat(out.size()).isZero();
    assertThat(err()).doesNotContain(ACTIVE.toWif()).doesNotContain(SIGNING.toWif()).doesNotContain(OTHER.toWif());
  }

  @Test
  void startsWithAGoodConfig() throws Exception {
    Path key = keyFile("active.key", ACTIVE, "rw-------");
    Path signing = keyFile("signing.key", SIGNING, "r--------");
    int code = run("--config", config("key_file: " + key + "\nsigning_key_files: [" + signing + "]\n").toString(),
        "--check");
    assertThat(err()).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("active key verified on chain");
  }

  @Test
  void aClockNineSecondsOffTheChainIsOneWarningLine() throws Exception {
    Path key = keyFile("active.key", ACTIVE, "rw-------");
    String config = config("key_file: " + key + "\n").toString();
    assertThat(runAt(Instant.parse("2026-11-26T04:00:09Z"), "--config", config, "--check")).isZero();
    assertThat(err().lines()).singleElement().asString().isEqualTo("warning: clock: this server's clock is 9 s ahead"
        + " of the chain's head (block " + 1000 + " stamped 2026-11-26T04:00:00Z): if the node is synced, sync this"
        + " clock (timedatectl status; chrony or ntpd) - head ages are judged by the chain's pace meanwhile, but alert"
        + " and log times use this clock");
    err.reset();
    assertThat(runAt(Instant.parse("2026-11-26T04:00:05Z"), "--config", config, "--check")).isZero();
    assertThat(err()).isEmpty();
  }

  @Test
  void refusesABadConfig() throws Exception {
    assertRefused(run("--config", config("allowed_misses: -1\n").toString(), "--check"), "allowed_misses");
  }

  @Test
  void refusesAKeyFileReadableByOthers() throws Exception {
    Path key = keyFile("active.key", ACTIVE, "rw-r--r--");
    assertRefused(run("--config", config("key_file: " + key + "\n").toString(), "--check"),
        "active.key", "chmod 600");
  }

  @Test
  void refusesAnActiveKeyThatIsNotTheAccountsActiveKey() throws Exception {
    Path key = keyFile("active.key", OTHER, "rw-------");
    assertRefused(run("--config", config("key_file: " + key + "\n").toString(), "--check"),
        "is not an active key of account \"alpha-wit\"", OTHER.publicKey().toString());
  }

  @Test
  void refusesAWitnessPubkeyWithoutItsPrivateKey() throws Exception {
    Path signing = keyFile("signing.key", OTHER, "rw-------");
    assertRefused(run("--config", config("signing_key_files: [" + signing + "]\n").toString(), "--check"),
        "witness_pubkey " + SIGNING.publicKey() + " matches none of the private keys in signing_key_files: "
            + signing + " holds the key of " + OTHER.publicKey() + ";");
  }

  @Test
  void aSigningKeyFileWithABadChecksumAndABadPeerKeyAreNamed() throws Exception {
    String wif = OTHER.toWif();
    Path signing = dir.resolve("signing.key");
    Files.writeString(signing, wif.substring(0, 50) + (wif.charAt(50) == 'z' ? 'y' : 'z') + "\n");
    Files.setPosixFilePermissions(signing, PosixFilePermissions.fromString("rw-------"));
    assertRefused(run("--config", config("signing_key_files: [" + signing + "]\n").toString(), "--check"),
        "signing_key_files: key file " + signing + ": private key WIF has a bad checksum");
    err.reset();
    String key = OTHER.publicKey().toString();
    String bad = key.substring(0, key.length() - 1) + (key.endsWith("z") ? "y" : "z");
    assertRefused(run("--config", config("peers:\n  - {signing_key: " + bad + ", node: \"" + node.uri() + "\"}\n")
        .toString(), "--check"), "peers[0].signing_key: " + bad + " is not a valid public key");
  }

  @Test
  void refusesAnUnknownWitness() throws Exception {
    Path file = config("");
    Files.writeString(file, Files.readString(file).replace("witness: alpha-wit", "witness: nobody-here"));
    assertRefused(run("--config", file.toString(), "--check"), "\"nobody-here\" is not a witness");
  }

  @Test
  void refusesTheStateFileOfAnotherWitness() throws Exception {
    // Issue 10, defect 2: two monitors on one host sharing a state file.
    new StateStore(dir.resolve("state.json"), new StateIdentity("beta-wit", OTHER.publicKey().toString(),
        ChainId.GOLOS_MAINNET.toHex())).save(FailoverState.initial().toMap());
    assertRefused(run("--config", config("").toString(), "--check"), "state_file", "belongs to witness beta-wit",
        "not to this monitor (witness alpha-wit", "give each monitor its own state_file");
  }

  @Test
  void refusesAStateFileOfAnotherChain() throws Exception {
    new StateStore(dir.resolve("state.json"), new StateIdentity("alpha-wit", SIGNING.publicKey().toString(),
        "00".repeat(32))).save(FailoverState.initial().toMap());
    assertRefused(run("--config", config("").toString(), "--check"), "belongs to witness alpha-wit", "chain 000000");
  }

  @Test
  void refusesAStateWhoseHeadIsAheadOfTheChain() throws Exception {
    Map<String, String> state = new java.util.LinkedHashMap<>(FailoverState.initial().toMap());
    state.put("head_block", "999999");
    state.put("head_time", "2026-11-26T03:00:00Z"); // before the chain's head time: not a node behind
    state.put("watched_key", MonitorTest.KEY_A);
    new StateStore(dir.resolve("state.json")).save(state);
    assertRefused(run("--config", config("").toString(), "--check"), "head block 999999 is ahead of the chain's head");
  }

  @Test
  void refusesAStateFromTheFutureButNotAClockSkew() throws Exception {
    Map<String, String> state = new java.util.LinkedHashMap<>(FailoverState.initial().toMap());
    state.put("head_block", "999");
    state.put("head_time", "2026-11-26T06:00:00Z"); // two hours after the monitor's clock
    state.put("watched_key", MonitorTest.KEY_A);
    new StateStore(dir.resolve("state.json")).save(state);
    assertRefused(run("--config", config("").toString(), "--check"), "head time 2026-11-26T06:00:00Z is in the future");
    state.put("head_time", "2026-11-26T04:02:00Z"); // two minutes: a skewed clock, accepted
    new StateStore(dir.resolve("state.json")).save(state);
    assertThat(run("--config", config("").toString(), "--check")).isZero();
  }

  @Test
  void aStateFileWithoutIdentityIsTakenWithAWarningAndSavedWithOne() throws Exception {
    Map<String, String> state = new java.util.LinkedHashMap<>(FailoverState.initial().toMap());
    state.put("head_block", "999");
    state.put("head_time", "2026-11-26T03:59:00Z");
    state.put("watched_key", MonitorTest.KEY_A);
    new StateStore(dir.resolve("state.json")).save(state);
    assertThat(run("--config", config("").toString(), "--check")).isZero();
    assertThat(err()).startsWith("warning: state_file ").contains("has no identity").contains("witness alpha-wit");
  }

  @Test
  void aStateRecoveredFromTheBackupIsReported() throws Exception {
    StateStore store = new StateStore(dir.resolve("state.json"), new StateIdentity("alpha-wit",
        SIGNING.publicKey().toString(), ChainId.GOLOS_MAINNET.toHex()));
    store.save(FailoverState.initial().toMap());
    store.save(FailoverState.initial().toMap()); // now there is a .bak
    Files.writeString(dir.resolve("state.json"), "{truncated");
    assertThat(run("--config", config("").toString(), "--check")).isZero();
    assertThat(err()).startsWith("warning: state file ").contains("recovered the previous state from");
  }

  @Test
  void refusesNodesOfDifferentChains() throws Exception {
    FakeChain.Node other = chain.node();
    other.chainId(ChainId.fromHex("00".repeat(32)));
    Path file = config("quorum_nodes: [" + other.uri() + "]\n");
    assertRefused(run("--config", file.toString(), "--check"), "the nodes are on different chains",
        "chain_id " + "00".repeat(32));
  }

  @Test
  void configWarningsArePrintedByCheck() throws Exception {
    Path file = config("keys: " + ACTIVE.toWif() + "\n");
    assertThat(run("--config", file.toString(), "--check")).isZero();
    assertThat(err()).startsWith("warning: config: ").doesNotContain(ACTIVE.toWif());
  }

  @Test
  void refusesACorruptStateFile() throws Exception {
    Files.writeString(dir.resolve("state.json"), "{not json");
    assertRefused(run("--config", config("").toString(), "--check"), "state_file", "move it away");
  }

  @Test
  void refusesAPriorityAPeersMonitorAlsoReports() throws Exception {
    // Issue 18: two servers of priority 1 both broadcast witness_update into one block.
    try (MetricsServer peer = peerMonitor(1)) {
      String peers = "priority: 1\npeers:\n  - {signing_key: " + OTHER.publicKey() + ", node: \"" + node.uri()
          + "\", monitor: \"http://127.0.0.1:" + peer.address().getPort() + "\"}\n";
      assertRefused(run("--config", config(peers).toString(), "--check"), "priority: 1 is also the priority of peer "
          + OTHER.publicKey() + " (its monitor http://127.0.0.1:" + peer.address().getPort() + "/peer says so)",
          "give every server of the witness a different priority");
    }
  }

  @Test
  void aDistinctPriorityStartsAndASilentPeerMonitorIsAWarning() throws Exception {
    try (MetricsServer peer = peerMonitor(0)) {
      String peers = "priority: 1\npeers:\n  - {signing_key: " + OTHER.publicKey() + ", node: \"" + node.uri()
          + "\", monitor: \"http://127.0.0.1:" + peer.address().getPort() + "\"}\n"
          + "  - {signing_key: " + MonitorTest.KEY_A + ", node: \"" + node.uri() + "\", monitor: \"http://127.0.0.1:1\"}\n";
      assertThat(run("--config", config(peers).toString(), "--check")).isZero();
      assertThat(err()).contains("warning: priority: cannot compare with peer " + MonitorTest.KEY_A);
    }
  }

  private MetricsServer peerMonitor(int priority) throws Exception {
    PeerStatus status = new PeerStatus("alpha-wit", OTHER.publicKey().toString(), priority, 1, 0, true, true, false,
        List.of(), Instant.parse("2026-11-26T04:00:00Z"), 1, true);
    return MetricsServer.start(new InetSocketAddress("127.0.0.1", 0), MonitorMetrics.create(),
        () -> Health.up(Map.of()), () -> Optional.of(status));
  }
}
