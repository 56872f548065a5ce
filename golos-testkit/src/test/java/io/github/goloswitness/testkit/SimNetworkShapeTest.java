package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulated node answers each fixture's request with the fixture's shape: the same field
 * names in the same order at every level, and the same JSON types (values differ by design).
 */
class SimNetworkShapeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SimNetwork net = SimNetworks.start(SimConfig.defaults());

  @AfterEach
  void close() {
    net.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "get_dynamic_global_properties", "get_config", "get_chain_properties", "get_block",
      "get_witness_by_account", "get_witness_by_account.unknown", "get_witness_schedule",
      "error.method_not_call", "error.unknown_api", "error.wrong_arg_count"})
  void sameShapeAsGolosd(String fixture) throws Exception {
    JsonNode f = fixture(fixture);
    String request = f.get("request").toString().replace("[100043]", "[21]");

    JsonNode reply = JSON.readTree(SimNetworkReadTest.post(net.uri(0), request));

    assertThat(shape(reply)).isEqualTo(shape(f.get("response")));
  }

  @Test
  void broadcastErrorsHaveGolosdsShape() throws Exception {
    JsonNode expected = fixture("error.broadcast_expired").get("response");
    net.rejectBroadcasts(0, "tx_expired");
    String request = fixture("broadcast_transaction").get("request").toString();

    JsonNode reply = JSON.readTree(SimNetworkReadTest.post(net.uri(0), request));

    assertThat(shape(reply)).isEqualTo(shape(expected));
    assertThat(reply.at("/error/message").asText()).startsWith("expired transaction (3100000)\nTransaction is expired. Now ");
  }

  /** Paths with JSON types, in document order, e.g. {@code /result/head_block_number:NUMBER}. */
  private static List<String> shape(JsonNode node) {
    List<String> out = new ArrayList<>();
    walk(node, "", out);
    return out;
  }

  private static void walk(JsonNode node, String path, List<String> out) {
    out.add(path + ":" + node.getNodeType());
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        walk(node.get(name), path + "/" + name, out);
      }
    } else if (node.isArray() && node.size() > 0) {
      walk(node.get(0), path + "[0]", out); // first element stands for all
    }
  }

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in = SimNetworkShapeTest.class.getResourceAsStream("golosd/" + name + ".json")) {
      assertThat(in).as(name).isNotNull();
      return JSON.readTree(in);
    }
  }
}
