package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A closed client says so, whatever the call and whichever view of it. */
class ClosedClientTest {

  private FakeGolosd node;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start().fixture("get_dynamic_global_properties").fixture("broadcast_transaction");
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    node.close();
  }

  @Test
  void readsAfterCloseThrowClientIsClosed() throws Exception {
    client.getDynamicGlobalProperties(); // opens the connection pool
    client.close();

    assertThatThrownBy(() -> client.getDynamicGlobalProperties())
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage("client is closed");
    assertThatThrownBy(() -> client.call("database_api", "get_dynamic_global_properties"))
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage("client is closed");
    assertThat(node.requests()).hasSize(1);
  }

  @Test
  void broadcastsAfterCloseThrowClientIsClosedAndSendNothing() {
    client.close();

    assertThatThrownBy(() -> client.broadcastTransaction(Fixtures.firstArg("broadcast_transaction")))
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage("client is closed");
    assertThat(node.requests()).isEmpty();
  }

  @Test
  void viewsAreClosedWithTheirClientAndCloseIsIdempotent() {
    GolosClient view = client.only(node.uri());
    view.close(); // a view does not close the shared connections
    client.close();
    client.close();

    assertThatThrownBy(view::getDynamicGlobalProperties)
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage("client is closed");
    assertThatThrownBy(() -> client.readQuorum(1, GolosClient::getDynamicGlobalProperties))
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage("client is closed");
  }

  @Test
  void aViewClosedAloneStillWorks() throws Exception {
    client.only(node.uri()).close();

    assertThat(client.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(100043);
    client.close();
  }
}
