package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.monitor.RealReplies;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor's poll on replies recorded from the real golosd 0.30 (failed before: the node sends
 * {@code transit_witnesses} as hex, which made every get_dynamic_global_properties unreadable) and
 * on older nodes' replies (0.18 global properties without {@code sbd_debt_percent}, a 0.16 witness).
 */
class PollerRealRepliesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** A node answering each method with the recorded result. */
  private URI serve(Map<String, String> results) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      try (ex) {
        JsonNode req = JSON.readTree(ex.getRequestBody().readAllBytes());
        String result = results.get(req.path("params").path(1).asText());
        String body = result == null
            ? "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"no method\"},\"id\":" + req.get("id") + "}"
            : "{\"jsonrpc\":\"2.0\",\"result\":" + result + ",\"id\":" + req.get("id") + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
      }
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private static Poll poll(URI node, String witness, Instant now) {
    try (GolosClient client = GolosClient.builder(List.of(node)).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
        TickReads reads = new TickReads(Duration.ofSeconds(5))) {
      Poller poller = new Poller(client, client, 1, witness, 3, PeerLinks.none(witness), reads, InstantSource.fixed(now));
      return poller.poll();
    }
  }

  @Test
  void pollsTheRealGolosd030() throws Exception {
    URI node = serve(Map.of(
        "get_dynamic_global_properties", RealReplies.result("database_api.get_dynamic_global_properties.json"),
        "get_witness_by_account", RealReplies.result("witness_api.get_witness_by_account.cyberfounder.json"),
        "get_config", RealReplies.result("database_api.get_config.json"),
        "get_hardfork_version", RealReplies.result("database_api.get_hardfork_version.json")));

    Poll poll = poll(node, "cyberfounder", Instant.parse("2026-12-06T22:50:27Z"));

    assertThat(poll.problems()).isEmpty();
    Observation o = poll.observation().orElseThrow();
    assertThat(o.headBlock()).isEqualTo(332);
    assertThat(o.signingKey()).isEqualTo("GLS58g5rWYS3XFTuGDSxLVwiBiPLoAyCZgn6aB9Ueh8Hj5qwQA3r6");
    assertThat(o.participation()).isEqualTo(100);
    assertThat(o.hardfork().toString()).isEqualTo("0.30.0");
  }

  @Test
  void pollsAnOlderNode() throws Exception {
    URI node = serve(Map.of(
        "get_dynamic_global_properties", RealReplies.result("older/0.18-testnet.cli_wallet_info.json"),
        "get_witness_by_account", RealReplies.result("older/0.16-mainnet.get_witness_by_account.primus.json"),
        "get_config", RealReplies.result("database_api.get_config.json"),
        "get_hardfork_version", "\"0.18.0\""));

    Poll poll = poll(node, "primus", Instant.parse("2018-05-24T14:19:50Z"));

    assertThat(poll.problems()).isEmpty();
    Observation o = poll.observation().orElseThrow();
    assertThat(o.headBlock()).isEqualTo(522);
    assertThat(o.totalMissed()).isEqualTo(19);
    assertThat(o.lastConfirmedBlock()).isEqualTo(4508823);
  }
}
