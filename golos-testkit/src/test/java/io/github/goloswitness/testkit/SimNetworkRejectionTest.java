package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.RpcException;
import io.github.goloswitness.client.TransactionHeader;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.crypto.AccountWitnessVote;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each rejection reaches the client as golosd's error: code and name through RpcException. */
class SimNetworkRejectionTest {

  private final SimNetwork net = SimNetworks.start(SimConfig.defaults());
  private final GolosClient client = SimClients.client(net.uri(0));

  @AfterEach
  void close() {
    client.close();
    net.close();
  }

  @Test
  void expiredAtHeadTime() throws IOException {
    DynamicGlobalProperties head = client.getDynamicGlobalProperties();
    Transaction tx = change(TransactionHeader.fromBlockId(head.headBlockId(), head.time()));

    assertRejected(() -> client.broadcastTransaction(signed(tx)), -32006, "tx_expired");
  }

  @Test
  void expirationMoreThanAnHourAhead() throws IOException {
    DynamicGlobalProperties head = client.getDynamicGlobalProperties();
    Transaction tx = change(TransactionHeader.fromBlockId(head.headBlockId(), head.time().plusSeconds(3601)));

    assertRejected(() -> client.broadcastTransaction(signed(tx)), -32006, "tx_invalid_field");
    Transaction justInTime = change(TransactionHeader.fromBlockId(head.headBlockId(), head.time().plusSeconds(3600)));
    client.broadcastTransaction(signed(justInTime));
  }

  @Test
  void unknownReferenceBlock() throws IOException {
    DynamicGlobalProperties head = client.getDynamicGlobalProperties();
    TransactionHeader h = TransactionHeader.from(head, Duration.ofSeconds(60));
    Transaction tx = change(new TransactionHeader(h.refBlockNum(), h.refBlockPrefix() ^ 1, h.expiration()));

    RpcException e = assertRejected(() -> client.broadcastTransaction(signed(tx)), -32006, "tx_invalid_field");
    assertThat(e.detail()).isEqualTo("Transaction field ref_block_prefix has invalid value");
  }

  @Test
  void olderReferenceBlockWithinTheWindowIsFine() throws IOException {
    String oldId = client.getBlock(6).orElseThrow().header().previous(); // id of block 5
    Transaction tx = change(TransactionHeader.fromBlockId(oldId, net.now().plusSeconds(60)));

    client.broadcastTransaction(signed(tx));
    net.advanceSlot();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void signedWithTheWrongKey() throws IOException {
    Transaction tx = change(TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60)));

    RpcException e = assertRejected(
        () -> client.broadcastTransaction(SimClients.signed(net, tx, net.signingKey(0))), -32004,
        "tx_missing_active_auth");
    assertThat(e.detail()).isEqualTo("Missing Active Authority [\"alpha-wit\"]");
    assertRejected(() -> client.broadcastTransaction(TransactionJson.write(new SignedTransaction(tx, List.of()))),
        -32004, "tx_missing_active_auth");
  }

  @Test
  void signedForAnotherChain() throws IOException {
    Transaction tx = change(TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60)));
    SignedTransaction testnet = tx.sign(ChainId.fromHex("11".repeat(32)), net.activeKey());

    assertRejected(() -> client.broadcastTransaction(TransactionJson.write(testnet)), -32004,
        "tx_missing_active_auth");
  }

  @Test
  void extraSignatureIsIrrelevant() throws IOException {
    Transaction tx = change(TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60)));

    assertRejected(() -> client.broadcastTransaction(SimClients.signed(net, tx, net.activeKey(), net.signingKey(1))),
        -32006, "tx_irrelevant_sig");
  }

  @Test
  void nonCanonicalSignatureFailsFcsAssert() throws IOException {
    Transaction tx = change(TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60)));
    byte[] raw = tx.sign(net.chainId(), net.activeKey()).signatures().get(0).bytes();
    raw[1] |= (byte) 0x80; // r's top bit set: not canonical (fc is_canonical)
    SignedTransaction bad = new SignedTransaction(tx, List.of(Signature.of(raw)));

    assertRejected(() -> client.broadcastTransaction(TransactionJson.write(bad)), -32603, "assert_exception");
  }

  @Test
  void duplicateWhilePendingAndAfterInclusion() throws IOException {
    Transaction tx = change(TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60)));
    client.broadcastTransaction(signed(tx));

    assertRejected(() -> client.broadcastTransaction(signed(tx)), -32006, "tx_duplicate_transaction");
    net.advanceSlot();
    assertRejected(() -> client.broadcastTransaction(signed(tx)), -32006, "tx_duplicate_transaction");
  }

  @Test
  void otherOperationsAndBadTransactionsAreInvalidOperations() throws IOException {
    TransactionHeader h = TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60));
    Transaction vote = new Transaction(h.refBlockNum(), h.refBlockPrefix(), TimePointSec.of(h.expiration()),
        List.of(new AccountWitnessVote("alpha-wit", "bravo-wit", true)));

    assertRejected(() -> client.broadcastTransaction(signed(vote)), -32005, "tx_invalid_operation");
    assertRejected(() -> client.callWithJsonArgs("network_broadcast_api", "broadcast_transaction",
        "[{\"ref_block_num\":1,\"operations\":[[\"no_such_op\",{}]]}]"), -32005, "tx_invalid_operation");
  }

  @Test
  void someoneElsesWitnessNeedsTheirKey() throws IOException {
    TransactionHeader h = TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60));
    Transaction tx = SimClients.keyChange("bravo-wit", net.signingKey(1).publicKey(), h);

    assertRejected(() -> client.broadcastTransaction(signed(tx)), -32004, "tx_missing_active_auth");
  }

  @Test
  void injectedRejectionsLookLikeTheRealOnes() throws IOException {
    Transaction tx = change(TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60)));
    net.rejectBroadcasts(0, "tx_expired");
    assertRejected(() -> client.broadcastTransaction(signed(tx)), -32006, "tx_expired");
    net.rejectBroadcasts(0, "tx_duplicate_transaction");
    assertRejected(() -> client.broadcastTransaction(signed(tx)), -32006, "tx_duplicate_transaction");
    net.rejectBroadcasts(0, "tx_missing_active_auth");
    assertRejected(() -> client.broadcastTransaction(signed(tx)), -32004, "tx_missing_active_auth");
    assertThat(net.events()).filteredOn(e -> e instanceof SimEvent.BroadcastReceived).hasSize(3);

    net.acceptBroadcasts(0);
    client.broadcastTransaction(signed(tx));
    net.advanceSlot();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(1));
    assertThatThrownBy(() -> net.rejectBroadcasts(0, "tx_whatever")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tx_whatever");
  }

  @Test
  void staleNodeRefusesWithMaxBlockAge() throws IOException {
    net.advanceSlots(30);
    net.lag(1, 30); // 90 s behind
    try (GolosClient stale = SimClients.client(net.uri(1))) {
      Instant headTime = stale.getDynamicGlobalProperties().time();
      assertThat(headTime).isEqualTo(net.now().minusSeconds(90));
      Transaction tx = change(TransactionHeader.from(stale.getDynamicGlobalProperties(), Duration.ofSeconds(600)));

      assertRejected(() -> stale.broadcastTransactionSynchronous(signed(tx), Duration.ofSeconds(60)), -32002,
          "invalid_value");
      assertThat(client.callWithJsonArgs("network_broadcast_api", "broadcast_transaction",
          "[" + signed(tx) + ", 60]")).isEqualTo("{}");
    }
  }

  private Transaction change(TransactionHeader h) {
    return SimClients.keyChange(net.witness(), net.signingKey(1).publicKey(), h);
  }

  private String signed(Transaction tx) {
    return SimClients.signed(net, tx, net.activeKey());
  }

  private static RpcException assertRejected(ThrowingCallable call, int code, String name) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(RpcException.class);
    RpcException e = (RpcException) t;
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.name()).as(e.getMessage()).contains(name);
    return e;
  }
}
