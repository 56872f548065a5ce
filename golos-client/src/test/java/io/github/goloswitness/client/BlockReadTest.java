package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** get_block with transactions: typed transactions and their ids, checked against golos-lib-js's ids. */
class BlockReadTest {

  private FakeGolosd node;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  @Test
  void transactionsAreTypedAndTheirIdsAreGolosLibJss() throws Exception {
    ObjectNode block = (ObjectNode) Fixtures.response("get_block").get("result").deepCopy();
    ArrayNode txs = block.putArray("transactions");
    List<String> ids = new ArrayList<>();
    for (JsonNode v : TransactionJsonTest.load("golos-lib-js.json").get("transactions")) {
      ObjectNode tx = (ObjectNode) v.get("tx").deepCopy();
      tx.set("signatures", v.get("signatures"));
      txs.add(tx);
      ids.add(v.get("tx_id").asText());
    }
    block.putArray("extensions").addArray().add(1).add("0.30.0");
    node.result("database_api", "get_block", block.toString());

    Block b = client.getBlock(100043).orElseThrow();

    assertThat(b.transactionIds()).containsExactlyElementsOf(ids.stream().map(Optional::of).toList());
    assertThat(b.signedTransactions()).hasSize(ids.size());
    assertThat(b.signedTransactions().get(0).transaction().operations().get(0)).isInstanceOf(WitnessUpdate.class);
    assertThat(b.extensions()).containsExactly("[1,\"0.30.0\"]");
    assertThat(b.witnessSignature()).hasSize(130);
  }

  @Test
  void aTransactionThatCannotBeReadIsNamedByBlockAndIndex() throws Exception {
    ObjectNode block = (ObjectNode) Fixtures.response("get_block").get("result").deepCopy();
    block.putArray("transactions").addObject().put("ref_block_num", "nope");
    node.result("database_api", "get_block", block.toString());

    Block b = client.getBlock(100043).orElseThrow(); // the block itself reads

    assertThatThrownBy(b::signedTransactions)
        .isInstanceOf(UnsupportedContentException.class)
        .hasMessageStartingWith("block 100043 transactions[0]: ");
    assertThat(b.transactionIds()).containsExactly(Optional.empty());
    assertThat(b.readTransactions().get(0).problem().orElseThrow())
        .startsWith("block 100043 transactions[0]: ref_block_num");
  }
}
