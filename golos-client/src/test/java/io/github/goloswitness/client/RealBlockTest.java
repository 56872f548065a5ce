package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.crypto.BlockHeaderExtension;
import io.github.goloswitness.crypto.ProtocolVersion;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transfer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Block ids and signing keys computed by the library against what the real golosd 0.30 says about
 * the same blocks: {@code operation_history.get_block_with_virtual_ops} sends the node's own
 * {@code block_id}, {@code signing_key} and {@code transaction_ids}; the next block's
 * {@code previous} is the id again; the witness's {@code signing_key} is the key. Blocks 2 and 3
 * carry header extensions (version, hardfork votes), 290-298 transactions with long asset symbols.
 */
class RealBlockTest {

  private static final int[] BLOCKS = {2, 3, 290, 291, 296, 297, 298, 299};

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 290, 291, 296, 297, 298, 299})
  void idSigningKeyAndTransactionIdsAreTheNodes(int n) throws Exception {
    String file = "database_api.get_block." + n + ".json";
    Block block = Recorded.parser(file).block(Recorded.text(file)).orElseThrow();
    JsonNode node = Recorded.result("operation_history.get_block_with_virtual_ops." + n + ".json");

    assertThat(block.number()).isEqualTo(n);
    assertThat(block.id()).isEqualTo(node.get("block_id").asText());
    assertThat(block.signingKey()).isEqualTo(PublicKey.fromString(node.get("signing_key").asText()));
    List<Optional<String>> ids = new ArrayList<>();
    node.get("transaction_ids").forEach(id -> ids.add(Optional.of(id.asText())));
    assertThat(block.transactionIds()).isEqualTo(ids);
  }

  @Test
  void eachIdIsTheNextBlocksPreviousAndTheKeyIsTheWitnesss() throws Exception {
    PublicKey witnessKey = Recorded.parser("witness_api.get_witness_by_account.cyberfounder.json").witness(
        Recorded.text("witness_api.get_witness_by_account.cyberfounder.json")).orElseThrow().signingKey();
    int pairs = 0;
    for (int n : BLOCKS) {
      Block block = block(n);
      assertThat(block.signingKey()).isEqualTo(witnessKey);
      if (contains(n + 1)) {
        assertThat(block.id()).isEqualTo(block(n + 1).header().previous());
        pairs++;
      }
    }
    assertThat(pairs).isEqualTo(5);
  }

  @Test
  void headerExtensionsAreTyped() throws Exception {
    Block two = block(2);

    assertThat(two.extensions()).containsExactly("[1,\"0.30.0\"]",
        "[2,{\"hf_version\":\"0.6.0\",\"hf_time\":\"2016-10-18T11:02:00\"}]");
    assertThat(two.signedHeader().extensions()).containsExactly(
        new BlockHeaderExtension.RunningVersion(ProtocolVersion.parse("0.30.0")),
        new BlockHeaderExtension.HardforkVote(ProtocolVersion.parse("0.6.0"),
            TimePointSec.parse("2016-10-18T11:02:00")));
  }

  @Test
  void theClientReadsTheSameOverHttp() throws Exception {
    try (FakeGolosd node = FakeGolosd.start();
        GolosClient client = GolosClient.builder(node.uri()).timeout(Duration.ofSeconds(5)).maxRetries(0).build()) {
      Recorded.serve(node, "database_api", "get_block", "database_api.get_block.296.json");

      Block b = client.getBlock(296).orElseThrow();

      assertThat(b.id()).isEqualTo("0000012860657844cff78652e131128b3dd4a897");
      BlockTransaction tx = b.readTransactions().get(0);
      assertThat(tx.id()).contains("ffc12a9db37e2e4874dcbba497672e9b3b58622d");
      assertThat(tx.operations()).containsExactly("[\"transfer\",{\"from\":\"cyberfounder\",\"to\":\"reader\","
          + "\"amount\":\"12.345 YMSTEEM\",\"memo\":\"long symbol\"}]");
      Transfer transfer = (Transfer) tx.typed().orElseThrow().transaction().operations().get(0);
      assertThat(transfer.amount().toString()).isEqualTo("12.345 YMSTEEM");
    }
  }

  private static Block block(int n) throws Exception {
    String file = "database_api.get_block." + n + ".json";
    return Recorded.parser(file).block(Recorded.text(file)).orElseThrow();
  }

  private static boolean contains(int n) {
    for (int b : BLOCKS) {
      if (b == n) {
        return true;
      }
    }
    return false;
  }
}
