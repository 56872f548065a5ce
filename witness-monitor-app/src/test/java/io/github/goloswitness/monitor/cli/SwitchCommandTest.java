package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switch} against a fake node: what it signs, what it broadcasts, and what it reads back. */
class SwitchCommandTest {

  private static final PrivateKey ACTIVE = PrivateKey.fromPassword("alpha-wit", "test only", "active");
  private static final PublicKey NEW_KEY = PrivateKey.fromPassword("alpha-wit", "test only", "signing").publicKey();

  @TempDir Path dir;
  private Path keyFile;
  private FakeNode node;
  private final NodeCommandRun runner = new NodeCommandRun();
  private final AtomicReference<ObjectNode> witness = new AtomicReference<>();

  @BeforeEach
  void setUp() throws Exception {
    keyFile = dir.resolve("active.key");
    Files.writeString(keyFile, ACTIVE.toWif() + "\n");
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    witness.set((ObjectNode) FakeNode.load("get_witness_by_account").get("response").get("result").deepCopy());
    String auth = "{\"weight_threshold\":1,\"account_auths\":[],\"key_auths\":[[\"" + ACTIVE.publicKey() + "\",1]]}";
    node = new FakeNode()
        .fixture("get_dynamic_global_properties")
        .fixture("get_config")
        .result("database_api", "get_accounts", "[{\"name\":\"alpha-wit\",\"owner\":" + auth + ",\"active\":" + auth
            + ",\"posting\":" + auth + ",\"memo_key\":\"" + ACTIVE.publicKey() + "\"}]")
        .on("witness_api", "get_witness_by_account", req -> witness.get().toString());
  }

  @AfterEach
  void tearDown() {
    node.close();
  }

  /** The node "includes" the transaction: the witness gets the key the operation sets. */
  private void acceptBroadcasts() {
    node.on("network_broadcast_api", "broadcast_transaction_synchronous", req -> {
      SignedTransaction tx = TransactionJson.readSigned(req.get("params").get(2).get(0).toString());
      WitnessUpdate op = (WitnessUpdate) tx.transaction().operations().get(0);
      witness.get().put("signing_key", op.blockSigningKey().toString());
      return "{\"id\":\"" + tx.id() + "\",\"block_num\":100044,\"trx_num\":0,\"expired\":false}";
    });
  }

  private NodeCommandRun.Result switchTo(String... target) {
    List<String> args = new java.util.ArrayList<>(List.of(
        "--node", node.uri().toString(), "--witness", "alpha-wit", "--key-file", keyFile.toString()));
    args.addAll(List.of(target));
    return runner.run(SwitchCommand::new, "", args.toArray(String[]::new));
  }

  @Test
  void broadcastsTheWitnessUpdateTheNodeExpectsAndReadsTheKeyBack() throws Exception {
    acceptBroadcasts();

    NodeCommandRun.Result r = switchTo("--to-key", NEW_KEY.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    List<JsonNode> sent = node.requests("broadcast_transaction_synchronous");
    assertThat(sent).hasSize(1);
    JsonNode txJson = sent.get(0).get("params").get(2).get(0);
    SignedTransaction tx = TransactionJson.readSigned(txJson.toString());
    // TaPoS from head block 100043 (id 000186cb311b6559…), expiration = head time 04:18:57 + 60 s
    assertThat(tx.transaction().refBlockNum()).isEqualTo(34507);
    assertThat(tx.transaction().refBlockPrefix()).isEqualTo(1499798321L);
    assertThat(tx.transaction().expiration()).isEqualTo(TimePointSec.parse("2026-11-26T04:19:57"));
    assertThat(tx.transaction().operations()).containsExactly(new WitnessUpdate("alpha-wit",
        "https://golos.example/@alpha-wit", NEW_KEY,
        new ChainProperties17(Asset.parse("1.000 GOLOS"), 131072, 0), Asset.parse("0.000 GOLOS")));
    assertThat(tx.signers(ChainId.GOLOS_MAINNET)).containsExactly(ACTIVE.publicKey());
    // Same JSON shape as the fixture transaction golosd accepted, but for the key and signature.
    ObjectNode expected = (ObjectNode) FakeNode.load("error.broadcast_missing_authority")
        .get("request").get("params").get(2).get(0).deepCopy();
    ((ObjectNode) expected.get("operations").get(0).get(1)).put("block_signing_key", NEW_KEY.toString());
    expected.set("signatures", txJson.get("signatures"));
    assertThat(txJson).isEqualTo(expected);
    // read back after the broadcast, and reported
    List<JsonNode> all = node.requests();
    assertThat(all.get(all.size() - 1).get("params").get(1).asText()).isEqualTo("get_witness_by_account");
    assertThat(r.out()).isEqualTo("switched alpha-wit signing_key to " + NEW_KEY + " in transaction " + tx.id()
        + ", block 100044\n");
  }

  @Test
  void disableSetsTheNullKeyAndUrlCanChange() throws Exception {
    acceptBroadcasts();

    NodeCommandRun.Result r = switchTo("--disable", "--url", "https://new.example/", "--json");

    assertThat(r.exit()).isZero();
    WitnessUpdate op = (WitnessUpdate) TransactionJson.readSigned(node.requests("broadcast_transaction_synchronous")
        .get(0).get("params").get(2).get(0).toString()).transaction().operations().get(0);
    assertThat(op.blockSigningKey()).isEqualTo(PublicKey.NULL);
    assertThat(op.url()).isEqualTo("https://new.example/");
    JsonNode out = FakeNode.MAPPER.readTree(r.out());
    assertThat(out.get("signing_key").asText()).isEqualTo("GLS1111111111111111111111111111111114T1Anm");
    assertThat(out.get("block_num").asLong()).isEqualTo(100044);
  }

  @Test
  void rejectedBroadcastSaysWhyAndDoesNothingElse() throws Exception {
    node.on("network_broadcast_api", "broadcast_transaction_synchronous", req -> {
      throw new FakeNode.Reject((ObjectNode) FakeNode.load("error.broadcast_missing_authority").get("response"));
    });

    NodeCommandRun.Result r = switchTo("--to-key", NEW_KEY.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(
        "switch failed: node said tx_missing_active_auth: Missing Active Authority [\"alpha-wit\"] (from ").hasLineCount(1);
    List<JsonNode> all = node.requests();
    assertThat(all.get(all.size() - 1).get("params").get(1).asText()).isEqualTo("broadcast_transaction_synchronous");
    assertThat(runner.pauses).isEmpty();
  }

  @Test
  void keyNotOnChainAfterTheWaitIsAFailure() throws Exception {
    node.on("network_broadcast_api", "broadcast_transaction_synchronous", req -> "{\"id\":\""
        + TransactionJson.readSigned(req.get("params").get(2).get(0).toString()).id()
        + "\",\"block_num\":100044,\"trx_num\":0,\"expired\":false}"); // included, but the key never shows

    NodeCommandRun.Result r = switchTo("--to-key", NEW_KEY.toString(), "--wait", "9");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("switch failed: transaction ").contains("is in block 100044 but alpha-wit does not show");
    assertThat(runner.pauses).hasSize(3); // 9 s / one block of 3 s, without sleeping
  }

  @Test
  void confirmationOfAnotherTransactionIsAFailure() throws Exception {
    node.result("network_broadcast_api", "broadcast_transaction_synchronous",
        "{\"id\":\"0000000000000000000000000000000000000000\",\"block_num\":100044,\"trx_num\":0,\"expired\":false}");

    NodeCommandRun.Result r = switchTo("--to-key", NEW_KEY.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("but we sent").contains("may still be included: run status before retrying");
  }

  @Test
  void broadcastTimeoutSaysTheOutcomeIsUnknown() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    node.on("network_broadcast_api", "broadcast_transaction_synchronous", req -> {
      release.await(30, java.util.concurrent.TimeUnit.SECONDS);
      return "{}";
    });
    try {
      NodeCommandRun.Result r = switchTo("--to-key", NEW_KEY.toString());

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith("switch failed: " + node.uri() + ": no reply within 3000 ms; transaction ")
          .endsWith(" may still be included: run status before retrying\n");
    } finally {
      release.countDown();
    }
  }

  @Test
  void sameKeyAndUrlBroadcastsNothing() {
    NodeCommandRun.Result r = switchTo("--to-key", "GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("alpha-wit already has signing_key GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu; nothing broadcast\n");
    assertThat(node.requests("broadcast_transaction_synchronous")).isEmpty();
  }

  @Test
  void dryRunPrintsTheSignedTransactionAndBroadcastsNothing() throws Exception {
    NodeCommandRun.Result r = switchTo("--to-key", NEW_KEY.toString(), "--dry-run");

    assertThat(r.exit()).isZero();
    SignedTransaction tx = TransactionJson.readSigned(r.out().strip());
    assertThat(tx.signers(ChainId.GOLOS_MAINNET)).containsExactly(ACTIVE.publicKey());
    assertThat(node.requests("broadcast_transaction_synchronous")).isEmpty();
    assertThat(r.out()).doesNotContain(ACTIVE.toWif());
  }

  @Test
  void refusesAKeyThatIsNotTheWitnessActiveKey() throws Exception {
    Files.writeString(keyFile, PrivateKey.fromPassword("mallory", "x", "active").toWif());

    NodeCommandRun.Result r = switchTo("--to-key", NEW_KEY.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("is not an active key of alpha-wit").hasLineCount(1);
    assertThat(node.requests("broadcast_transaction_synchronous")).isEmpty();
  }

  @Test
  void aKeyFileWithABadChecksumIsNamed() throws Exception {
    // Issue 18: "private key WIF has a bad checksum" without saying which file.
    String wif = ACTIVE.toWif();
    char last = wif.charAt(50);
    Files.writeString(keyFile, wif.substring(0, 50) + (last == 'z' ? 'y' : 'z') + "\n");

    NodeCommandRun.Result r = switchTo("--to-key", NEW_KEY.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("switch failed: key file " + keyFile + ": private key WIF has a bad checksum\n");
    assertThat(r.err()).doesNotContain(wif.substring(5, 45));
    assertThat(node.requests()).isEmpty();
  }

  @Test
  void badTargetKeyIsNamed() {
    NodeCommandRun.Result r = switchTo("--to-key", "GLSnot-a-key");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("switch failed: --to-key:").hasLineCount(1);
    assertThat(node.requests()).isEmpty();
  }

  @Test
  void unknownWitnessIsAnError() {
    node.fixture("get_witness_by_account.unknown");

    NodeCommandRun.Result r = switchTo("--disable");

    assertThat(r.err()).isEqualTo("switch failed: witness alpha-wit does not exist\n");
    assertThat(r.exit()).isEqualTo(1);
  }
}
