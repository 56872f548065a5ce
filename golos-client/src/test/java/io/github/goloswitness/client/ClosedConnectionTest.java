package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.client.OneReplyPerConnectionNode.Mode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * golosd closes every HTTP connection right after its reply without {@code Connection: close}; a
 * call written into such a pooled connection before its close is seen must not fail (on the real
 * node it failed 2 of 99 broadcasts in one golos-it run, and reads in another).
 */
class ClosedConnectionTest {

  private static final String TX = "{\"ref_block_num\":1,\"ref_block_prefix\":2,\"expiration\":\"2026-12-07T00:00:00\","
      + "\"operations\":[],\"extensions\":[],\"signatures\":[]}";

  private final RecordingListener listener = new RecordingListener();
  private FakeGolosd answers;

  @BeforeEach
  void setUp() throws Exception {
    answers = FakeGolosd.start().fixture("get_dynamic_global_properties")
        .fixture("broadcast_transaction");
  }

  @AfterEach
  void tearDown() {
    answers.close();
  }

  private GolosClient client(URI uri, Duration timeout) {
    // no retry rounds: whatever saves a call here is the transport's own rule
    return GolosClient.builder(List.of(uri)).timeout(timeout).maxRetries(0).listener(listener).build();
  }

  @ParameterizedTest
  @EnumSource(value = Mode.class, names = {"DROP_THE_NEXT_REQUEST", "RESET_THE_NEXT_REQUEST"})
  void aCallWrittenIntoAConnectionTheNodeClosedGoesOutAgainOnANewOne(Mode mode) throws Exception {
    try (OneReplyPerConnectionNode node = new OneReplyPerConnectionNode(answers, mode);
        GolosClient client = client(node.uri(), Duration.ofSeconds(5))) {
      for (int i = 0; i < 10; i++) {
        assertThat(client.getDynamicGlobalProperties().headBlockNumber()).isPositive();
        client.broadcastTransaction(TX);
      }
      assertThat(node.answered()).isEqualTo(20);
      assertThat(node.dropped()).isEqualTo(19); // every call after the first met a connection the node dropped
      assertThat(node.connections()).isEqualTo(20);
    }
    assertThat(listener.events).hasSize(20).allMatch(e -> e.startsWith("ok "));
  }

  @Test
  void golosdsOneReplyPerConnectionServesEveryCallBackToBack() throws Exception {
    try (OneReplyPerConnectionNode node = new OneReplyPerConnectionNode(answers, Mode.CLOSE_AFTER_REPLY);
        GolosClient client = client(node.uri(), Duration.ofSeconds(5))) {
      for (int i = 0; i < 500; i++) {
        client.getDynamicGlobalProperties();
        client.broadcastTransaction(TX);
      }
      assertThat(node.answered()).isEqualTo(1000);
    }
    assertThat(listener.events).hasSize(1000).allMatch(e -> e.startsWith("ok "));
  }

  @Test
  void aNodeThatClosesEveryConnectionUnansweredFailsTheCallAfterThreeAttempts() throws Exception {
    try (OneReplyPerConnectionNode node = new OneReplyPerConnectionNode(answers, Mode.NEVER_REPLY);
        GolosClient client = client(node.uri(), Duration.ofSeconds(5))) {
      assertThatThrownBy(client::getDynamicGlobalProperties)
          .isInstanceOf(ConnectionLostException.class)
          .hasMessage(node.uri() + ": connection lost: closed by the node before any reply, 3 times in a row"
              + " (IOException: HTTP/1.1 header parser received no bytes)");
      assertThat(node.dropped()).isEqualTo(HttpTransport.ATTEMPTS);
      // a broadcast too ends there, thrown (the node may have read it), not moved on
      assertThatThrownBy(() -> client.broadcastTransaction(TX))
          .isInstanceOf(ConnectionLostException.class)
          .satisfies(e -> assertThat(((NodeException) e).requestMayHaveArrived()).isTrue());
      assertThat(node.dropped()).isEqualTo(2 * HttpTransport.ATTEMPTS);
    }
  }

  @Test
  void aTimeoutIsNotRetried() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    answers.on("database_api", "get_dynamic_global_properties", FakeGolosd.after(release, FakeGolosd.raw("{}")));
    try (OneReplyPerConnectionNode node = new OneReplyPerConnectionNode(answers, Mode.CLOSE_AFTER_REPLY);
        GolosClient client = client(node.uri(), Duration.ofMillis(500))) {
      assertThatThrownBy(client::getDynamicGlobalProperties).isInstanceOf(NodeTimeoutException.class);
      assertThat(node.connections()).isEqualTo(1);
    } finally {
      release.countDown();
    }
  }
}
