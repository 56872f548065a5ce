package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.RawOperation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A block the library cannot fully type still gives its header, its id, the ids it can compute
 * and every transaction's raw operations. The block is the real golosd 0.30 block 296
 * (recorded/) with three transactions added by this test after its one real transaction: a
 * mining-era {@code pow2} (chain-node's pow2_operation JSON shape), an operation newer than the
 * library, and a known operation with a field newer than the library. Before, {@code
 * transactionIds()} threw IllegalArgumentException for the whole block.
 */
class UntypedBlockTest {

  private static final String POW2 = "[\"pow2\",{\"work\":[0,{\"input\":{\"worker_account\":\"miner-1\","
      + "\"prev_block\":\"00000002506ae2952bf6c6d4f0ca606cf6089fea\",\"nonce\":9},\"pow_summary\":4219531556}],"
      + "\"new_owner_key\":\"GLS58g5rWYS3XFTuGDSxLVwiBiPLoAyCZgn6aB9Ueh8Hj5qwQA3r6\",\"props\":{"
      + "\"account_creation_fee\":\"1.000 GOLOS\",\"maximum_block_size\":131072,\"sbd_interest_rate\":1000}}]";
  private static final String FUTURE = "[\"hf31_thing\",{\"who\":\"alice\"}]";
  private static final String NEW_FIELD = "[\"transfer\",{\"from\":\"alice\",\"to\":\"bob\",\"amount\":\"1.000 GOLOS\","
      + "\"memo\":\"\",\"hf31_field\":1}]";

  private static Block block() throws Exception {
    ObjectNode reply = (ObjectNode) Recorded.json("database_api.get_block.296.json");
    ArrayNode txs = (ArrayNode) reply.get("result").get("transactions");
    for (String op : List.of(POW2, FUTURE, NEW_FIELD)) {
      ObjectNode tx = txs.get(0).deepCopy();
      tx.set("operations", Fixtures.parse("[" + op + "]"));
      txs.add(tx);
    }
    return Recorded.parser("database_api.get_block.296.json").block(reply.toString()).orElseThrow();
  }

  @Test
  void headerIdsAndRawOperationsSurvive() throws Exception {
    Block b = block();

    assertThat(b.id()).isEqualTo("0000012860657844cff78652e131128b3dd4a897");
    assertThat(b.transactionIds()).containsExactly(Optional.of("ffc12a9db37e2e4874dcbba497672e9b3b58622d"),
        Optional.empty(), Optional.empty(), Optional.empty());
    List<BlockTransaction> txs = b.readTransactions();
    assertThat(txs).extracting(BlockTransaction::index).containsExactly(0, 1, 2, 3);
    assertThat(txs.get(1).operations()).containsExactly(POW2);
    assertThat(txs.get(1).typed().orElseThrow().transaction().operations().get(0))
        .isInstanceOf(RawOperation.class);
    assertThat(txs.get(1).problem().orElseThrow())
        .startsWith("block 296 transactions[1]: no id: operation pow2 is not known to this library");
    assertThat(txs.get(2).operations()).containsExactly(FUTURE);
    assertThat(txs.get(2).problem().orElseThrow()).contains("hf31_thing");
    assertThat(txs.get(3).typed()).isEmpty();
    assertThat(txs.get(3).operations()).containsExactly(NEW_FIELD);
    assertThat(txs.get(3).problem()).contains(
        "block 296 transactions[3]: operations[0].transfer.hf31_field: unknown field");
  }

  @Test
  void onlyTheFullyTypedListThrowsAndItsExceptionIsChecked() throws Exception {
    Block b = block();

    assertThatThrownBy(b::signedTransactions)
        .isInstanceOf(UnsupportedContentException.class)
        .hasMessage("block 296 transactions[3]: operations[0].transfer.hf31_field: unknown field");
  }

  @Test
  void aHeaderExtensionThisLibraryDoesNotKnowIsNamed() throws Exception {
    ObjectNode reply = (ObjectNode) Recorded.json("database_api.get_block.2.json");
    ((ArrayNode) reply.get("result").get("extensions")).add(Fixtures.parse("[3,{}]"));
    Block b = Recorded.parser("database_api.get_block.2.json").block(reply.get("result").toString()).orElseThrow();

    assertThat(b.number()).isEqualTo(2);
    assertThatThrownBy(b::id).isInstanceOf(UnsupportedContentException.class)
        .hasMessage("block 2 header: extensions[2][0]: unknown BlockHeaderExtension tag 3");
  }
}
