package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** golosd's JSON-RPC error objects (fixtures) become RpcExceptions with a one-line detail. */
class RpcErrorTest {

  private FakeGolosd node;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(3)
        .sleeper(new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "error.broadcast_missing_authority|-32004|tx_missing_active_auth|Missing Active Authority [\"alpha-wit\"]",
      "error.broadcast_duplicate|-32006|tx_duplicate_transaction|Duplicate transaction check failed",
      "error.broadcast_expired|-32006|tx_expired|Transaction is expired. Now 2026-11-26T04:19:06, expired 2019-12-31T23:59:59",
      "error.broadcast_bad_ref_block_prefix|-32006|tx_invalid_field|Transaction field ref_block_prefix has invalid value",
  })
  void rejectedBroadcast(String fixture, int code, String name, String detail) throws Exception {
    node.fixture(fixture);

    assertThatThrownBy(() -> client.broadcastTransaction(Fixtures.firstArg(fixture)))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.name()).contains(name);
          assertThat(e.detail()).isEqualTo(detail);
          assertThat(e.summary()).isEqualTo("node said " + name + ": " + detail);
          assertThat(e.nodeMessage()).isEqualTo(Fixtures.response(fixture).get("error").get("message").asText());
          assertThat(e.node()).isEqualTo(node.uri());
        })
        .hasMessage(node.uri() + ": node said " + name + ": " + detail + " (code " + code + ")");
    assertThat(node.requests()).hasSize(1);
  }

  @Test
  void wrongArgCountIsNotRetried() throws Exception {
    node.fixture("error.wrong_arg_count");

    assertThatThrownBy(() -> client.callWithJsonArgs("witness_api", "get_witness_by_account", "[]"))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.summary()).isEqualTo("node said invalid_arguments_count: Expected 1 parameter, received 0");
          assertThat(e.code()).isEqualTo(-32002);
        });
    assertThat(node.requests()).hasSize(1);
  }

  @Test
  void unknownApiSubstitutesDataIntoTheMessage() throws Exception {
    node.fixture("error.unknown_api");

    assertThatThrownBy(() -> client.call("nosuch_api", "get_x"))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.name()).isEmpty();
          assertThat(e.summary()).isEqualTo("node said error -32601: Could not find API nosuch_api");
        });
  }

  @Test
  void fakeRejectsTheDottedMethodFormLikeGolosd() throws Exception {
    // The fake must behave like golosd here, or the envelope test above would prove nothing.
    FakeGolosd.Reply reply = node.answer(Fixtures.request("error.method_not_call").toString());

    assertThat(Fixtures.parse(reply.body())).isEqualTo(Fixtures.response("error.method_not_call"));
  }

  @Test
  void errorWithoutDataUsesTheMessage() throws Exception {
    node.on("database_api", "get_config", id -> FakeGolosd.Reply.ok(
        FakeGolosd.withId(Fixtures.response("error.method_not_call").deepCopy(), id)));

    assertThatThrownBy(client::getConfig)
        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.summary())
            .isEqualTo("node said error -32600: A member \"method\" is not \"call\""));
  }

  @Test
  void malformedErrorObjectIsUnexpected() throws Exception {
    node.on("database_api", "get_config",
        id -> FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"error\":\"boom\",\"id\":" + id + "}"));

    assertThatThrownBy(client::getConfig)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("malformed error object");
  }
}
