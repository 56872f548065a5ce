package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.client.TransactionJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TxBroadcastCommandTest {

  private final NodeCommandRun runner = new NodeCommandRun();
  private final JsonNode tx = FakeNode.load("error.broadcast_missing_authority").get("request").get("params").get(2).get(0);
  private FakeNode node;

  @BeforeEach
  void setUp() throws Exception {
    node = new FakeNode();
  }

  @AfterEach
  void tearDown() {
    node.close();
  }

  @Test
  void broadcastsStdinSynchronously() throws Exception {
    String id = TransactionJson.readSigned(tx.toString()).id();
    node.result("network_broadcast_api", "broadcast_transaction_synchronous",
        "{\"id\":\"" + id + "\",\"block_num\":100044,\"trx_num\":0,\"expired\":false}");

    NodeCommandRun.Result r = runner.run((env, c) -> new TxBroadcastCommand(env, c), tx.toPrettyString(),
        "--node", node.uri().toString(), "--synchronous");

    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("transaction " + id + " included in block 100044\n");
    assertThat(node.requests().get(0).get("params").get(2).get(0)).isEqualTo(tx);
  }

  @Test
  void rejectionIsOneLine() {
    node.on("network_broadcast_api", "broadcast_transaction", req -> {
      throw new FakeNode.Reject((ObjectNode) FakeNode.load("error.broadcast_missing_authority").get("response"));
    });

    NodeCommandRun.Result r = runner.run((env, c) -> new TxBroadcastCommand(env, c), tx.toString(),
        "--node", node.uri().toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("tx broadcast failed: node said tx_missing_active_auth: Missing Active Authority")
        .hasLineCount(1);
  }

  @Test
  void badInputIsNamedAndNothingIsSent() {
    NodeCommandRun.Result r = runner.run((env, c) -> new TxBroadcastCommand(env, c), "{\"ref_block_num\":1}",
        "--node", node.uri().toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("tx broadcast failed: standard input: ").hasLineCount(1);
    assertThat(node.requests()).isEmpty();
  }
}
