package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.client.ConnectionLostException;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.HttpStatusException;
import io.github.goloswitness.client.MismatchedIdException;
import io.github.goloswitness.client.NodeException;
import io.github.goloswitness.client.UnexpectedResponseException;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Broken replies and partitions, seen through the real client; the node keeps producing meanwhile. */
class SimNetworkReplyFaultTest {

  private final SimNetwork net = SimNetworks.start(SimConfig.defaults());
  private final GolosClient node0 = SimClients.client(net.uri(0));

  @AfterEach
  void close() {
    node0.close();
    net.close();
  }

  @Test
  void http502WithAnHtmlBodyIsAnHttpStatusException() {
    net.failReplies(0, ReplyFault.HTTP_502);

    assertThatThrownBy(node0::getDynamicGlobalProperties).isInstanceOf(HttpStatusException.class)
        .hasMessageContaining("HTTP 502").hasMessageContaining("Bad Gateway")
        .satisfies(e -> assertThat(((HttpStatusException) e).status()).isEqualTo(502));
  }

  @Test
  void aReplyCutOffHalfWayIsAnUnexpectedResponse() {
    net.failReplies(0, ReplyFault.MALFORMED_JSON);

    assertThatThrownBy(node0::getDynamicGlobalProperties).isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void aReplyWithAnotherIdIsAMismatchedId() {
    net.failReplies(0, ReplyFault.WRONG_ID);

    assertThatThrownBy(node0::getDynamicGlobalProperties).isInstanceOf(MismatchedIdException.class)
        .hasMessageContaining("does not match request id");
  }

  @Test
  void theNodeKeepsProducingAndAnswersAgainWhenCleared() throws IOException {
    net.failReplies(0, ReplyFault.HTTP_502);
    assertThat(net.advanceThroughOurSlot()).last().satisfies(e -> assertThat(e.node()).hasValue(0));

    net.clearReplyFaults(0);
    assertThat(node0.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(net.headBlockNumber());
    assertThat(net.events()).filteredOn(e -> e instanceof SimEvent.FaultChanged).map(Object::toString)
        .containsExactly("2026-11-26T00:01:03Z node 0: replies broken: HTTP_502",
            "2026-11-26T00:01:06Z node 0: replies normal");
  }

  @Test
  void aPartitionCutsOffOneClientOnly() throws IOException {
    try (GolosClient cut = SimClients.client(net.uri(0, "monitor2"));
        GolosClient other = SimClients.client(net.uri(0, "monitor1"))) {
      net.partition("monitor2", 0);

      assertThatThrownBy(cut::getDynamicGlobalProperties).isInstanceOf(NodeException.class)
          .isInstanceOf(ConnectionLostException.class);
      assertThat(other.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(net.headBlockNumber());
      assertThat(node0.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(net.headBlockNumber());

      net.partition("monitor2");
      assertThat(cut.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(net.headBlockNumber());
    }
    assertThatThrownBy(() -> net.uri(0, "a/b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a/b");
  }
}
