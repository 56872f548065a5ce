package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bridges: typed chain id, TransactionHeader to Transaction, and prepare -> sign -> broadcast -> confirm. */
class SignAndBroadcastTest {

  private final JsonNode vector = vector();
  private final PrivateKey key = PrivateKey.fromWif(vector.get("signer_wif").asText());
  private final List<Operation> operations =
      TransactionJson.readTransaction(vector.get("tx").toString()).operations();
  private final AtomicReference<SignedTransaction> received = new AtomicReference<>();
  private FakeGolosd node;
  private GolosClient client;

  private static JsonNode vector() {
    try {
      return TransactionJsonTest.load("golos-lib-js.json").get("transactions").get(0);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start().fixture("get_dynamic_global_properties").fixture("get_config");
    node.on("network_broadcast_api", "broadcast_transaction_synchronous", id -> {
      List<String> requests = node.requests();
      JsonNode tx = Fixtures.parse(requests.get(requests.size() - 1)).get("params").get(2).get(0);
      SignedTransaction signed = TransactionJson.readSigned(tx.toString());
      received.set(signed);
      return FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":{\"id\":\"" + signed.id()
          + "\",\"block_num\":100044,\"trx_num\":0,\"expired\":false},\"id\":" + id + "}");
    });
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  @Test
  void chainIdIsTypedAndReadOnce() throws Exception {
    assertThat(client.getChainId()).isEqualTo(ChainId.GOLOS_MAINNET);
    assertThat(client.getChainId()).isEqualTo(ChainId.GOLOS_MAINNET);
    assertThat(node.requests()).hasSize(1);
  }

  @Test
  void headerBecomesATransactionWithoutCopying() {
    TransactionHeader h = TransactionHeader.fromBlockId("000186cb311b6559517229081bce8fc4d7ee0892",
        Instant.parse("2026-11-26T04:19:57Z"));

    Transaction tx = h.toTransaction(operations);

    assertThat(tx.refBlockNum()).isEqualTo(h.refBlockNum());
    assertThat(tx.refBlockPrefix()).isEqualTo(h.refBlockPrefix());
    assertThat(tx.expiration().toInstant()).isEqualTo(h.expiration());
    assertThat(tx.operations()).isEqualTo(operations);
  }

  @Test
  void prepareTakesTaposAndExpirationFromTheHeadBlock() throws Exception {
    Transaction tx = client.prepareTransaction(Duration.ofSeconds(60), operations);

    // head_block_id 000186cb311b6559...: ref_block_num = 0x86cb, ref_block_prefix = LE 0x311b6559
    assertThat(tx.refBlockNum()).isEqualTo(0x86cb);
    assertThat(tx.refBlockPrefix()).isEqualTo(0x59651b31L);
    assertThat(tx.expiration().toInstant()).isEqualTo(Instant.parse("2026-11-26T04:19:57Z"));
  }

  @Test
  void signAndBroadcastSendsATransactionSignedByTheKeyForThisChain() throws Exception {
    TransactionConfirmation c = client.signAndBroadcast(operations, Duration.ofSeconds(60), key);

    SignedTransaction sent = received.get();
    assertThat(sent.signers(ChainId.GOLOS_MAINNET))
        .containsExactly(PublicKey.fromString(vector.get("signer_pub").asText()));
    assertThat(sent.transaction().operations()).isEqualTo(operations);
    assertThat(c.id()).isEqualTo(sent.id());
    assertThat(c.blockNum()).isEqualTo(100044);
  }

  @Test
  void signAndBroadcastNeedsAKey() {
    assertThatThrownBy(() -> client.signAndBroadcast(operations, Duration.ofSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys is empty");
    assertThat(node.requests()).isEmpty();
  }
}
