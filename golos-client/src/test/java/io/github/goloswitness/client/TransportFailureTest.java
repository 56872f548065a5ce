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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One bad node, no failover target: each failure surfaces as its own exception naming the node. */
class TransportFailureTest {

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RecordingListener listener = new RecordingListener();
  private FakeGolosd node;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
  }

  @AfterEach
  void tearDown() {
    node.close();
  }

  private GolosClient client(URI uri, int retries) {
    return client(uri, retries, Duration.ofSeconds(5));
  }

  /** Short timeouts only where a timeout is the point: a loaded CI machine may be slow. */
  private GolosClient client(URI uri, int retries, Duration timeout) {
    return GolosClient.builder(List.of(uri))
        .timeout(timeout)
        .maxRetries(retries)
        .maxResponseBytes(64 * 1024)
        .sleeper(sleeper)
        .listener(listener)
        .build();
  }

  @Test
  void nodeDownIsUnreachableAndRetriedWithBackoff() throws Exception {
    URI down = Nodes.down();
    try (GolosClient client = client(down, 2)) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOf(NodeUnreachableException.class)
          .hasMessageStartingWith(down + ": unreachable")
          .satisfies(e -> assertThat(((NodeException) e).node()).isEqualTo(down))
          .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2));
    }
    assertThat(sleeper.pauses).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(listener.events).hasSize(3).allMatch(e -> e.startsWith("NodeUnreachableException " + down));
  }

  @Test
  void slowReplyTimesOut() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    node.on("database_api", "get_dynamic_global_properties", FakeGolosd.after(release, FakeGolosd.raw("{}")));
    try (GolosClient client = client(node.uri(), 0, Duration.ofMillis(500))) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOf(NodeTimeoutException.class)
          .hasMessage(node.uri() + ": no reply within 500 ms");
    } finally {
      release.countDown();
    }
    assertThat(sleeper.pauses).isEmpty();
  }

  @Test
  void http502IsAnHttpStatusFailure() throws Exception {
    node.on("database_api", "get_dynamic_global_properties", FakeGolosd.status(502, "<html>Bad Gateway</html>\n"));
    try (GolosClient client = client(node.uri(), 0)) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(502))
          .hasMessage(node.uri() + ": HTTP 502: <html>Bad Gateway</html>");
    }
  }

  @Test
  void invalidJsonIsUnexpected() throws Exception {
    node.on("database_api", "get_dynamic_global_properties", FakeGolosd.raw("<html>oops"));
    try (GolosClient client = client(node.uri(), 0)) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageStartingWith(node.uri() + ": unexpected response: body is not JSON");
    }
  }

  @Test
  void replyWithoutResultIsUnexpected() throws Exception {
    node.on("database_api", "get_dynamic_global_properties", id -> FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"id\":" + id + "}"));
    try (GolosClient client = client(node.uri(), 0)) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageEndingWith("reply has neither result nor error");
    }
  }

  @Test
  void wrongShapeNamesTheField() throws Exception {
    String bad = Fixtures.response("get_dynamic_global_properties").get("result").toString()
        .replace("\"head_block_number\":100043", "\"head_block_number\":\"abc\"");
    node.result("database_api", "get_dynamic_global_properties", bad);
    try (GolosClient client = client(node.uri(), 0)) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("database_api.get_dynamic_global_properties result: field head_block_number is not an integer");
    }
  }

  @Test
  void nullWhereAnObjectIsRequiredIsUnexpected() throws Exception {
    node.result("database_api", "get_dynamic_global_properties", "null");
    try (GolosClient client = client(node.uri(), 0)) {
      assertThatThrownBy(client::getDynamicGlobalProperties).isInstanceOf(UnexpectedResponseException.class);
    }
  }

  @Test
  void mismatchedIdIsRejected() throws Exception {
    node.on("database_api", "get_dynamic_global_properties", id -> FakeGolosd.Reply.ok(
        FakeGolosd.withId(Fixtures.response("get_dynamic_global_properties").deepCopy(), "999")));
    try (GolosClient client = client(node.uri(), 0)) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOf(MismatchedIdException.class)
          .hasMessage(node.uri() + ": reply id 999 does not match request id 1");
    }
  }

  @ParameterizedTest(name = "chunked={0}")
  @ValueSource(booleans = {true, false})
  void oversizedBodyIsRefused(boolean chunked) throws Exception {
    node.on("database_api", "get_dynamic_global_properties", FakeGolosd.huge(8L << 20, chunked));
    try (GolosClient client = client(node.uri(), 0)) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(65536))
          .hasMessage(node.uri() + ": response larger than 65536 bytes");
    }
  }

  @Test
  void listenerSeesSuccess() throws Exception {
    node.fixture("get_dynamic_global_properties");
    try (GolosClient client = client(node.uri(), 0)) {
      client.getDynamicGlobalProperties();
    }
    assertThat(listener.events).containsExactly("ok " + node.uri() + " database_api.get_dynamic_global_properties");
  }

  @Test
  void aThrowingListenerDoesNotBreakTheCall() throws Exception {
    node.fixture("get_dynamic_global_properties");
    RpcListener broken = new RpcListener() {
      @Override
      public void onSuccess(URI node, String api, String method) {
        throw new IllegalStateException("listener bug");
      }
    };
    try (GolosClient client = GolosClient.builder(node.uri()).listener(broken).build()) {
      assertThat(client.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(100043);
    }
  }
}
