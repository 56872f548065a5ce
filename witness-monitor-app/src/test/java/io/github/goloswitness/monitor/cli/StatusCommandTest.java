package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.monitor.Main;
import io.github.goloswitness.monitor.RealReplies;
import io.github.goloswitness.monitor.config.Environment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

  private final NodeCommandRun runner = new NodeCommandRun();
  private FakeNode a;
  private FakeNode b;

  @BeforeEach
  void setUp() throws Exception {
    a = fixtureNode();
    b = fixtureNode();
  }

  @AfterEach
  void tearDown() {
    a.close();
    b.close();
  }

  private static FakeNode fixtureNode() throws Exception {
    return new FakeNode()
        .fixture("get_dynamic_global_properties")
        .fixture("get_witness_by_account")
        .result("witness_api", "get_active_witnesses", "[\"alpha-wit\",\"bravo-wit\",\"charlie-wit\"]");
  }

  @Test
  void printsTheWitnessAsTheChainSeesIt() {
    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "",
        "--node", a.uri().toString(), "--witness", "alpha-wit");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(
        "head block         100043 at 2026-11-26T04:18:57 (by charlie-wit, irreversible 100041)",
        "participation      100.0%",
        "signing_key        GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu\n",
        "total_missed       0",
        "last_confirmed     100041",
        "running_version    0.30.0",
        "url                https://golos.example/@alpha-wit",
        "in schedule        yes");
    assertThat(r.out()).doesNotContain("nodes agree");
  }

  /** The key the fixture's witness has on chain. */
  private static final String ON_CHAIN = "GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu";
  private static final String OWN =
      io.github.goloswitness.crypto.PrivateKey.fromPassword("alpha-wit", "status", "signing").publicKey().toString();

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  private String config(String peerKey) throws Exception {
    java.nio.file.Path file = dir.resolve("witness_monitor.yml");
    java.nio.file.Files.writeString(file, "node: " + a.uri() + "\nwitness: alpha-wit\nwitness_pubkey: " + OWN
        + "\npeers:\n  - {signing_key: " + peerKey + ", node: \"" + b.uri() + "\"}\n");
    return file.toString();
  }

  @Test
  void withAConfigItNamesTheConfiguredServerThatHoldsTheKey() throws Exception {
    // Issue 18: which of my servers produces? status showed the key, not whose it is.
    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "", "--config", config(ON_CHAIN));

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("signing_key        " + ON_CHAIN + "\n")
        .contains("server this server " + OWN + "  node " + tag(a) + "\n")
        .contains("server peers[0]    " + ON_CHAIN + "  node " + tag(b) + "  <- holds the key on chain\n")
        .contains("key held by        peers[0]\n");

    NodeCommandRun.Result json = runner.run((env, c) -> new StatusCommand(env, c), "", "--config", config(ON_CHAIN),
        "--json");
    JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(root.get("key_held_by").asText()).isEqualTo("peers[0]");
    assertThat(root.get("servers").get(0).get("holds_key").asBoolean()).isFalse();
    assertThat(root.get("servers").get(1).get("holds_key").asBoolean()).isTrue();
  }

  private static String tag(FakeNode node) {
    return io.github.goloswitness.monitor.observe.MonitorMetrics.nodeTag(node.uri());
  }

  @Test
  void withAConfigAKeyOfNoConfiguredServerIsSaid() throws Exception {
    String stranger =
        io.github.goloswitness.crypto.PrivateKey.fromPassword("alpha-wit", "other", "signing").publicKey().toString();
    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "", "--config", config(stranger));

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("key held by        none of the configured servers (" + ON_CHAIN);
  }

  @Test
  void configAndNodeTogetherAreAUsageError() throws Exception {
    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "", "--config", config(ON_CHAIN),
        "--node", a.uri().toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no --node or --witness with it");
  }

  @Test
  void jsonUsesTheNodesFieldNamesAndReportsAgreement() throws Exception {
    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "",
        "--node", a.uri().toString(), "--node", b.uri().toString(), "--witness", "alpha-wit", "--json");

    assertThat(r.exit()).isZero();
    JsonNode out = FakeNode.MAPPER.readTree(r.out());
    assertThat(out.get("head_block_number").asLong()).isEqualTo(100043);
    assertThat(out.get("time").asText()).isEqualTo("2026-11-26T04:18:57");
    assertThat(out.get("participation").asDouble()).isEqualTo(100.0);
    assertThat(out.get("witness").get("signing_key").asText()).isEqualTo("GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu");
    assertThat(out.get("witness").get("signing_key_is_null").asBoolean()).isFalse();
    assertThat(out.get("witness").get("total_missed").asLong()).isZero();
    assertThat(out.get("in_active_witnesses").asBoolean()).isTrue();
    assertThat(out.get("nodes")).hasSize(2);
    assertThat(out.get("nodes_agree").asBoolean()).isTrue();
  }

  @Test
  void disagreeingNodesAreReported() throws Exception {
    String missed = FakeNode.load("get_witness_by_account").get("response").get("result").toString()
        .replace("\"total_missed\":0", "\"total_missed\":7");
    b.result("witness_api", "get_witness_by_account", missed);

    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "",
        "--node", a.uri().toString(), "--node", b.uri().toString(), "--witness", "alpha-wit");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("node " + b.uri() + ": head 100043, signing_key GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu, total_missed 7")
        .contains("nodes agree        NO");
  }

  @Test
  void aDeadNodeIsShownAndTheOtherAnswers() throws Exception {
    String down;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      down = "http://127.0.0.1:" + s.getLocalPort() + "/";
    }

    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "",
        "--node", down, "--node", a.uri().toString(), "--witness", "alpha-wit");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("total_missed       0")
        .contains("node " + down + ": error: " + down + ": unreachable")
        .contains("nodes agree        NO");
  }

  @Test
  void nullKeyIsShownAsDisabled() {
    a.result("witness_api", "get_witness_by_account", FakeNode.load("get_witness_by_account").get("response")
        .get("result").toString().replace("GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu",
            "GLS1111111111111111111111111111111114T1Anm"));

    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "",
        "--node", a.uri().toString(), "--witness", "alpha-wit");

    assertThat(r.out()).contains("GLS1111111111111111111111111111111114T1Anm (null key: witness disabled)");
  }

  @Test
  void unknownWitnessIsOneLineOnStderr() {
    a.fixture("get_witness_by_account.unknown");

    NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "",
        "--node", a.uri().toString(), "--witness", "nobody-here");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("status failed: witness nobody-here does not exist (get_witness_by_account returned null)\n");
  }

  @Test
  void readsTheRealGolosd030() throws Exception {
    // failed before: the real node's get_dynamic_global_properties has transit_witnesses as hex
    try (FakeNode real = new FakeNode()
        .result("database_api", "get_dynamic_global_properties",
            RealReplies.result("database_api.get_dynamic_global_properties.json"))
        .result("witness_api", "get_witness_by_account",
            RealReplies.result("witness_api.get_witness_by_account.cyberfounder.json"))
        .result("witness_api", "get_active_witnesses", RealReplies.result("witness_api.get_active_witnesses.json"))) {

      NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "",
          "--node", real.uri().toString(), "--witness", "cyberfounder");

      assertThat(r.err()).isEmpty();
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("head block         332 at 2026-12-06T22:50:24",
          "signing_key        GLS58g5rWYS3XFTuGDSxLVwiBiPLoAyCZgn6aB9Ueh8Hj5qwQA3r6\n", "running_version    0.30.0",
          "in schedule        yes");
    }
  }

  @Test
  void readsOlderNodes() throws Exception {
    // failed before: 0.18's get_dynamic_global_properties has no sbd_debt_percent (0.22) and more
    try (FakeNode old = new FakeNode()
        .result("database_api", "get_dynamic_global_properties", RealReplies.result("older/0.18-testnet.cli_wallet_info.json"))
        .result("witness_api", "get_witness_by_account",
            RealReplies.result("older/0.16-mainnet.get_witness_by_account.primus.json"))
        .result("witness_api", "get_active_witnesses", "[\"primus\"]")) {

      NodeCommandRun.Result r = runner.run((env, c) -> new StatusCommand(env, c), "",
          "--node", old.uri().toString(), "--witness", "primus");

      assertThat(r.err()).isEmpty();
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("head block         522 at 2018-05-24T14:19:48",
          "signing_key        GLS6m778dFs9fH2DLWEXYym7PuMa3DkhMyfkPjeRVL8ymBguunfoq\n", "total_missed       19",
          "running_version    0.16.3");
    }
  }

  @Test
  void isRegisteredInMain() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Environment env = new Environment(java.io.InputStream.nullInputStream(), new java.io.PrintStream(out, true),
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), java.util.Map.of(),
        java.time.InstantSource.fixed(java.time.Instant.EPOCH));

    assertThat(Main.run(env, "status", "--help")).isZero();
    assertThat(Main.run(env, "switch", "--help")).isZero();
    assertThat(out.toString()).contains("--witness=NAME").contains("--key-file=FILE").contains("--dry-run");
  }
}
