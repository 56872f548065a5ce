package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several endpoints: read failover, the broadcast rule, quorum reads. */
class FailoverTest {

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RecordingListener listener = new RecordingListener();
  private FakeGolosd a;
  private FakeGolosd b;

  @BeforeEach
  void setUp() throws Exception {
    a = FakeGolosd.start();
    b = FakeGolosd.start();
  }

  @AfterEach
  void tearDown() {
    a.close();
    b.close();
  }

  private GolosClient client(URI... nodes) {
    return GolosClient.builder(nodes).timeout(Duration.ofSeconds(5)).maxRetries(1)
        .sleeper(sleeper).listener(listener).build();
  }

  @Test
  void readFailsOverToTheNextEndpointAndPrefersItAfterwards() throws Exception {
    a.on("database_api", "get_dynamic_global_properties", FakeGolosd.status(502, "bad gateway"));
    b.fixture("get_dynamic_global_properties");

    try (GolosClient client = client(a.uri(), b.uri())) {
      assertThat(client.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(100043);
      assertThat(client.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(100043);
    }

    assertThat(a.requests()).hasSize(1); // the second read went straight to the healthy node
    assertThat(b.requests()).hasSize(2);
    assertThat(sleeper.pauses).isEmpty();
    assertThat(listener.events).containsExactly(
        "HttpStatusException " + a.uri() + " database_api.get_dynamic_global_properties",
        "ok " + b.uri() + " database_api.get_dynamic_global_properties",
        "ok " + b.uri() + " database_api.get_dynamic_global_properties");
  }

  @Test
  void readFailsOverFromADeadNode() throws Exception {
    b.fixture("get_witness_by_account");
    try (GolosClient client = client(Nodes.down(), b.uri())) {
      assertThat(client.getWitnessByAccount("alpha-wit")).isPresent();
    }
  }

  @Test
  void rpcErrorIsAnAnswerNotAFailover() throws Exception {
    a.fixture("error.wrong_arg_count");
    b.fixture("get_witness_by_account");
    try (GolosClient client = client(a.uri(), b.uri())) {
      assertThatThrownBy(() -> client.getWitnessByAccount("alpha-wit")).isInstanceOf(RpcException.class);
    }
    assertThat(b.requests()).isEmpty();
  }

  @Test
  void allEndpointsFailingThrowsTheLastWithTheOthersSuppressed() throws Exception {
    a.on("database_api", "get_config", FakeGolosd.raw("not json"));
    b.on("database_api", "get_config", FakeGolosd.status(503, ""));
    try (GolosClient client = client(a.uri(), b.uri())) {
      assertThatThrownBy(client::getConfig)
          .isInstanceOf(HttpStatusException.class)
          .satisfies(e -> assertThat(e.getSuppressed()).hasSize(3));
    }
    assertThat(sleeper.pauses).containsExactly(Duration.ofMillis(500));
    assertThat(a.requests()).hasSize(2);
  }

  @Test
  void broadcastIsNotResentElsewhereAfterATimeout() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    a.on("network_broadcast_api", "broadcast_transaction", FakeGolosd.after(release, FakeGolosd.raw("{}")));
    b.fixture("broadcast_transaction");
    try (GolosClient client = GolosClient.builder(a.uri(), b.uri()).broadcastTimeout(Duration.ofMillis(300))
        .sleeper(sleeper).build()) {
      assertThatThrownBy(() -> client.broadcastTransaction(Fixtures.firstArg("broadcast_transaction")))
          .isInstanceOf(NodeTimeoutException.class)
          .satisfies(e -> assertThat(((NodeException) e).requestMayHaveArrived()).isTrue());
    } finally {
      release.countDown();
    }
    assertThat(b.requests()).isEmpty();
    assertThat(sleeper.pauses).isEmpty();
  }

  @Test
  void broadcastMovesOnWhenTheNodeWasNeverReached() throws Exception {
    b.fixture("broadcast_transaction");
    URI down = Nodes.down();
    try (GolosClient client = client(down, b.uri())) {
      client.broadcastTransaction(Fixtures.firstArg("broadcast_transaction"));
    }
    assertThat(Fixtures.parse(b.requests().get(0)).get("params"))
        .isEqualTo(Fixtures.request("broadcast_transaction").get("params"));
    assertThat(listener.events).containsExactly(
        "NodeUnreachableException " + down + " network_broadcast_api.broadcast_transaction",
        "ok " + b.uri() + " network_broadcast_api.broadcast_transaction");
  }

  @Test
  void synchronousBroadcastReturnsTheBlockAndPassesMaxBlockAge() throws Exception {
    a.result("network_broadcast_api", "broadcast_transaction_synchronous",
        "{\"id\":\"e73fb7660e28d90026d9ebe55861ccf51729b48d\",\"block_num\":100044,\"trx_num\":0,\"expired\":false}");
    try (GolosClient client = client(a.uri())) {
      TransactionConfirmation c = client.broadcastTransactionSynchronous(
          Fixtures.firstArg("broadcast_transaction"), Duration.ofSeconds(30));
      assertThat(c).isEqualTo(new TransactionConfirmation("e73fb7660e28d90026d9ebe55861ccf51729b48d", 100044, 0, false));
    }
    assertThat(Fixtures.parse(a.requests().get(0)).get("params").get(2).get(1).asInt()).isEqualTo(30);
  }

  @Test
  void quorumReturnsTheAgreedValue() throws Exception {
    a.fixture("get_dynamic_global_properties");
    b.fixture("get_dynamic_global_properties");
    try (GolosClient client = client(a.uri(), b.uri())) {
      long head = client.readQuorum(2, c -> c.getDynamicGlobalProperties().headBlockNumber());
      assertThat(head).isEqualTo(100043);
    }
  }

  @Test
  void quorumSaysWhoSawWhat() throws Exception {
    a.fixture("get_dynamic_global_properties");
    b.result("database_api", "get_dynamic_global_properties",
        Fixtures.response("get_dynamic_global_properties").get("result").toString()
            .replace("\"head_block_number\":100043", "\"head_block_number\":99000"));
    try (GolosClient client = client(a.uri(), b.uri())) {
      assertThatThrownBy(() -> client.readQuorum(2, c -> c.getDynamicGlobalProperties().headBlockNumber()))
          .isInstanceOfSatisfying(DisagreementException.class, e -> {
            assertThat(e.disagreement().required()).isEqualTo(2);
            assertThat(e.disagreement().seen()).containsExactly(
                java.util.Map.entry(a.uri(), "100043"), java.util.Map.entry(b.uri(), "99000"));
          })
          .hasMessage("no 2 nodes agree: " + a.uri() + " saw 100043; " + b.uri() + " saw 99000");
    }
  }

  @Test
  void quorumCountsAFailedNodeAsNoVote() throws Exception {
    a.fixture("get_witness_by_account");
    b.on("witness_api", "get_witness_by_account", FakeGolosd.status(502, ""));
    try (GolosClient client = client(a.uri(), b.uri())) {
      long missed = client.readQuorum(1, c -> c.getWitnessByAccount("alpha-wit").orElseThrow().totalMissed());
      assertThat(missed).isZero();
      assertThatThrownBy(() -> client.readQuorum(2, c -> c.getWitnessByAccount("alpha-wit").orElseThrow().signingKey()))
          .isInstanceOfSatisfying(DisagreementException.class, e -> assertThat(e.disagreement().seen().get(b.uri()))
              .startsWith("error: " + b.uri() + ": HTTP 502"));
    }
  }

  @Test
  void quorumRejectsAnImpossibleCount() throws Exception {
    try (GolosClient client = client(a.uri(), b.uri())) {
      assertThatThrownBy(() -> client.readQuorum(3, GolosClient::getDynamicGlobalProperties))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("required not in 1..2: 3");
    }
  }
}
