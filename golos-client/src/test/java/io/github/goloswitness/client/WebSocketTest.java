package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ws:// transport against a minimal RFC 6455 server in front of the fake node. */
class WebSocketTest {

  private FakeGolosd node;
  private FakeWebSocketServer ws;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    ws = new FakeWebSocketServer(node);
    client = GolosClient.builder(ws.uri()).timeout(Duration.ofSeconds(5)).maxRetries(0)
        .maxResponseBytes(64 * 1024).build();
  }

  @AfterEach
  void tearDown() throws Exception {
    client.close();
    ws.close();
    node.close();
  }

  @Test
  void readsOverWebSocketWithTheSameEnvelope() throws Exception {
    node.fixture("get_dynamic_global_properties").fixture("get_witness_by_account.unknown");

    assertThat(client.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(100043);
    assertThat(client.getWitnessByAccount("nobody-here")).isEmpty();

    assertThat(node.requests()).containsExactly(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"call\",\"params\":[\"database_api\",\"get_dynamic_global_properties\",[]]}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"call\",\"params\":[\"witness_api\",\"get_witness_by_account\",[\"nobody-here\"]]}");
  }

  @Test
  void concurrentCallersGetTheirOwnReplies() throws Exception {
    node.fixture("get_dynamic_global_properties").fixture("get_witness_by_account");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        boolean even = i % 2 == 0;
        results.add(pool.submit(() -> even
            ? client.getDynamicGlobalProperties()
            : client.getWitnessByAccount("alpha-wit").orElseThrow()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(10, TimeUnit.SECONDS))
            .isInstanceOf(i % 2 == 0 ? DynamicGlobalProperties.class : Witness.class);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rpcErrorOverWebSocket() throws Exception {
    node.fixture("error.broadcast_expired");

    assertThatThrownBy(() -> client.broadcastTransaction(Fixtures.firstArg("error.broadcast_expired")))
        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.name()).contains("tx_expired"));
  }

  @Test
  void slowReplyTimesOut() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    node.on("database_api", "get_config", FakeGolosd.after(release, FakeGolosd.raw("{}")));
    node.fixture("get_dynamic_global_properties");
    client.getDynamicGlobalProperties(); // warm up the JDK's WebSocket machinery with a long timeout
    try (GolosClient quick = GolosClient.builder(ws.uri()).timeout(Duration.ofSeconds(1)).maxRetries(0).build()) {
      quick.getDynamicGlobalProperties(); // connected: what follows measures only the reply wait
      assertThatThrownBy(quick::getConfig).isInstanceOf(NodeTimeoutException.class)
          .hasMessage(ws.uri() + ": no reply within 1000 ms");
    } finally {
      release.countDown();
    }
  }

  @Test
  void oversizedMessageIsRefused() throws Exception {
    node.result("database_api", "get_hardfork_version", "\"" + "x".repeat(100_000) + "\"");

    assertThatThrownBy(client::getHardforkVersion).isInstanceOf(ResponseTooLargeException.class);
  }

  @Test
  void reconnectsAfterTheNodeDroppedTheConnection() throws Exception {
    node.fixture("get_dynamic_global_properties");
    try (GolosClient quick = GolosClient.builder(ws.uri()).timeout(Duration.ofSeconds(1)).maxRetries(0).build()) {
      quick.getDynamicGlobalProperties();

      ws.dropConnections();

      // The drop may or may not be noticed (the JDK does not always see it): at most one call fails,
      // by the close or by a timeout, and then the client reconnects.
      try {
        quick.getDynamicGlobalProperties();
      } catch (ConnectionLostException | NodeTimeoutException expected) {
        assertThat(expected.node()).isEqualTo(ws.uri());
      }
      assertThat(quick.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(100043);
    }
  }
}
