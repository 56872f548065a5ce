package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.RawOperation;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Vote;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * get_ops_in_block / history entries shaped as chain-node's operation_history applied_operation
 * (field order and types from its FC_REFLECT; values synthetic): signed and virtual operations.
 */
class AppliedOperationTest {

  private static final String ZERO_TRX = "0000000000000000000000000000000000000000";

  private static String entry(String trxId, int trxInBlock, int virtualOp, String op) {
    return "{\"trx_id\":\"" + trxId + "\",\"block\":70000001,\"trx_in_block\":" + trxInBlock
        + ",\"op_in_trx\":0,\"virtual_op\":" + virtualOp
        + ",\"timestamp\":\"2026-11-26T04:18:57\",\"op\":" + op + ",\"json_metadata\":\"\"}";
  }

  @Test
  void readsSignedAndVirtualOperationsOfABlock() {
    String json = "[" + String.join(",",
        entry("8ee1b4c0c6e5b1e7a9e1a1e2f0e3d4c5b6a79889", 0, 0,
            "[\"vote\",{\"voter\":\"alice\",\"author\":\"bob\",\"permlink\":\"p\",\"weight\":10000}]"),
        entry(ZERO_TRX, -1 & 0x7FFFFFFF, 1,
            "[\"producer_reward\",{\"producer\":\"carol\",\"vesting_shares\":\"1234.567890 GESTS\"}]"),
        entry(ZERO_TRX, 0, 2, "[\"author_reward\",{\"author\":\"bob\",\"hashlink\":\"18446744073709551615\","
            + "\"permlink\":\"p\",\"sbd_payout\":\"0.000 GBG\",\"steem_payout\":\"1.000 GOLOS\","
            + "\"vesting_payout\":\"2.000000 GESTS\"}]"),
        entry(ZERO_TRX, 0, 3, "[97,{\"delegator\":\"alice\",\"delegatee\":\"bob\","
            + "\"payout_strategy\":\"to_delegator\",\"vesting_shares\":\"1.000000 GESTS\"}]")) + "]";

    List<AppliedOperation> ops = AppliedOperation.listFromJson(json);

    assertThat(ops).hasSize(4);
    assertThat(ops.get(0).operation()).contains(new Vote("alice", "bob", "p", (short) 10000));
    assertThat(ops.get(0).virtualOperation()).isEmpty();
    assertThat(ops.get(0).timestamp()).isEqualTo(TimePointSec.parse("2026-11-26T04:18:57"));
    assertThat(ops.get(1).virtualOperation())
        .contains(new ProducerReward("carol", Asset.parse("1234.567890 GESTS")));
    assertThat(ops.get(1).virtualOperation().get().id()).isEqualTo(96);
    AuthorReward reward = (AuthorReward) ops.get(2).virtualOperation().get();
    assertThat(reward.hashlink()).isEqualTo(new BigInteger("18446744073709551615"));
    assertThat(reward.vestingPayout()).isEqualTo(Asset.parse("2.000000 GESTS"));
    assertThat(ops.get(3).virtualOperation()).contains(new OtherVirtualOperation(97,
        "delegation_reward", "{\"delegator\":\"alice\",\"delegatee\":\"bob\","
            + "\"payout_strategy\":\"to_delegator\",\"vesting_shares\":\"1.000000 GESTS\"}"));
    assertThat(ops.get(3).virtualOperation().get().name()).isEqualTo("delegation_reward");
  }

  @Test
  void aVirtualTagNewerThanThisLibraryIsKeptAsJson() {
    AppliedOperation op = AppliedOperation.fromJson(entry(ZERO_TRX, 0, 1,
        "[122,{\"who\":\"alice\"}]"));

    assertThat(op.virtualOperation())
        .contains(new OtherVirtualOperation(122, "#122", "{\"who\":\"alice\"}"));
  }

  @Test
  void aNameUnknownToBothRegistriesIsARawOperation() {
    AppliedOperation applied = AppliedOperation.fromJson(entry(ZERO_TRX, 0, 1,
        "[\"some_future_op\",{\"a\":1}]"));

    assertThat(applied.operation()).contains(RawOperation.ofJson(-1, "some_future_op", "{\"a\":1}"));
  }

  @Test
  void everyVirtualTagFrom82To121IsNamed() {
    assertThat(VirtualOperationType.values()).hasSize(40);
    assertThat(VirtualOperationType.byId(82).get().wireName()).isEqualTo("fill_convert_request");
    assertThat(VirtualOperationType.byId(96).get().wireName()).isEqualTo("producer_reward");
    assertThat(VirtualOperationType.byId(121).get().wireName()).isEqualTo("referral");
    for (int i = 0; i < VirtualOperationType.values().length; i++) {
      assertThat(VirtualOperationType.values()[i].id()).isEqualTo(82 + i);
    }
  }

  @Test
  void badValuesNameTheirPath() {
    String badAsset = "[" + entry(ZERO_TRX, 0, 1,
        "[\"producer_reward\",{\"producer\":\"carol\",\"vesting_shares\":\"lots\"}]") + "]";
    String missing = entry(ZERO_TRX, 0, 1, "[\"shutdown_witness\",{}]");
    String extra = entry(ZERO_TRX, 0, 1, "[\"hardfork\",{\"hardfork_id\":30,\"x\":1}]");

    assertThatThrownBy(() -> AppliedOperation.listFromJson(badAsset))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("[0].op.producer_reward.vesting_shares: ");
    assertThatThrownBy(() -> AppliedOperation.fromJson(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("op.shutdown_witness.owner: missing");
    assertThatThrownBy(() -> AppliedOperation.fromJson(extra))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("op.hardfork.x: unknown field");
    assertThatThrownBy(() -> AppliedOperation.fromJson(entry(ZERO_TRX, 0, 1, "[\"hardfork\"]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("op: expected [name, {fields}]");
    assertThatThrownBy(() -> AppliedOperation.fromJson("{\"op\":[\"hardfork\",{\"hardfork_id\":1}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trx_id: missing");
  }
}
