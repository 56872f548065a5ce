package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.crypto.SignedTransaction;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broadcasting golos-crypto transactions: the wire form and the confirmation check. */
class SignedBroadcastTest {

  private FakeGolosd node;
  private GolosClient client;
  private final SignedTransaction tx = TransactionJson.readSigned(Fixtures.firstArg("broadcast_transaction"));

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    client = GolosClient.builder(node.uri()).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  @Test
  void sendsTheTransactionAsGolosdJson() throws Exception {
    node.fixture("broadcast_transaction");

    client.broadcastTransaction(tx);

    assertThat(Fixtures.parse(node.requests().get(0)).get("params"))
        .isEqualTo(Fixtures.request("broadcast_transaction").get("params"));
  }

  @Test
  void synchronousBroadcastChecksTheConfirmedId() throws Exception {
    node.result("network_broadcast_api", "broadcast_transaction_synchronous",
        "{\"id\":\"" + tx.id() + "\",\"block_num\":100044,\"trx_num\":0,\"expired\":false}");

    assertThat(client.broadcastTransactionSynchronous(tx, null).blockNum()).isEqualTo(100044);
    assertThat(Fixtures.parse(node.requests().get(0)).get("params").get(2).size()).isEqualTo(1);
  }

  @Test
  void confirmationOfAnotherTransactionIsNotAFact() throws Exception {
    node.result("network_broadcast_api", "broadcast_transaction_synchronous",
        "{\"id\":\"0000000000000000000000000000000000000000\",\"block_num\":100044,\"trx_num\":0,\"expired\":false}");

    assertThatThrownBy(() -> client.broadcastTransactionSynchronous(tx, Duration.ofSeconds(9)))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("but we sent " + tx.id());
  }

  @Test
  void transactionHexSendsTheUnsignedTransaction() throws Exception {
    node.result("database_api", "get_transaction_hex", "\"00\"");

    client.getTransactionHex(tx.transaction());

    assertThat(Fixtures.parse(node.requests().get(0)).get("params").get(2).get(0).has("signatures")).isFalse();
  }
}
