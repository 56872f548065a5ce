package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Sleeper;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.NodeClients;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimEvent;
import io.github.goloswitness.testkit.SimNetwork;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code feed --once} against the simulated network and a price API on 127.0.0.1. */
class FeedCommandTest {
  @TempDir Path dir;
  SimNetwork net;
  HttpServer prices;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    net = SimNetwork.start(SimConfig.defaults().withNodes(2).withSeed(3));
    prices = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    prices.createContext("/golos", exchange -> {
      byte[] body = "{\"last\":\"0.0050\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    prices.start();
  }

  @AfterEach
  void stop() {
    prices.stop(0);
    net.close();
  }

  private Path config(int node, String extra) throws Exception {
    String yaml = """
        node: %s
        witness: %s
        witness_pubkey: %s
        feed:
          max_spread_pct: 5
          sources:
            - {type: http_json, name: exchange, url: "http://127.0.0.1:%d/golos", pointer: /last, pair: GOLOS/USD}
            - {type: fixed, pair: XAU/USD, price: 2000}
        %s""".formatted(net.uri(node), net.witness(), net.signingKey(node).publicKey(), prices.getAddress().getPort(), extra);
    Path file = dir.resolve("witness_monitor.yml");
    Files.writeString(file, yaml);
    return file;
  }

  private int feed(String... args) {
    Environment env = new Environment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
        new PrintStream(err, true), Map.of("WITNESS_ACTIVE_KEY", net.activeKey().toWif()), net.clock());
    NodeClients clients = new NodeClients() {
      @Override
      public GolosClient open(List<URI> nodes) {
        return GolosClient.builder(nodes).timeout(Duration.ofSeconds(5)).build();
      }

      @Override
      public Sleeper sleeper() {
        throw new AssertionError("feed --once never sleeps");
      }
    };
    return new CommandLine(new FeedCommand(env, clients, hook -> { })).execute(args);
  }

  private long broadcasts() {
    return net.events().stream().filter(e -> e instanceof SimEvent.BroadcastReceived).count();
  }

  @Test
  void onceJsonPublishesTheHandComputedRate() throws Exception {
    int code = feed("--config", config(0, "").toString(), "--once", "--json");
    assertThat(code).as(out + " " + err).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    // 0.0050 USD/GOLOS / (2000 USD / 31103.4768 mg) = 0.0777587 GBG/GOLOS -> 7.776 GBG / 100.000 GOLOS
    assertThat(json.get("computed_gbg_per_golos").asDouble()).isCloseTo(0.0777587, org.assertj.core.api.Assertions.within(1e-7));
    assertThat(json.get("exchange_rate").get("base").asText()).isEqualTo("7.776 GBG");
    assertThat(json.get("outcome").asText()).isEqualTo("published");
    assertThat(json.get("transaction_id").asText()).matches("[0-9a-f]{40}");
    assertThat(json.get("sources").get(0).get("used").asBoolean()).isTrue();
    assertThat(broadcasts()).isEqualTo(1);
  }

  @Test
  void dryRunSignsButSendsNothingAndTheBackupWaits() throws Exception {
    assertThat(feed("--config", config(0, "").toString(), "--once", "--dry-run")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("exchange GOLOS/USD: 0.005")
        .contains("price: 0.0777587 GBG/GOLOS = 7.776 GBG/100.000 GOLOS via [GOLOS/USD, GBG/USD]")
        .containsPattern("dry_run: dry run: signed, not broadcast: .* \\(tx [0-9a-f]{40}\\)");
    assertThat(broadcasts()).isZero();
  }

  @Test
  void withoutAFeedSectionItSaysSo() throws Exception {
    Path file = dir.resolve("plain.yml");
    Files.writeString(file, "node: " + net.uri(0) + "\nwitness: " + net.witness() + "\nwitness_pubkey: "
        + net.signingKey(0).publicKey() + "\n");
    assertThat(feed("--config", file.toString(), "--once")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no feed: section (see docs/feed.md)");
  }

  @Test
  void aBadFeedKeyIsNamed() throws Exception {
    Path file = dir.resolve("bad.yml");
    Files.writeString(file, "node: " + net.uri(0) + "\nwitness: " + net.witness() + "\nwitness_pubkey: "
        + net.signingKey(0).publicKey() + "\nfeed:\n  sources:\n    - {type: kuna}\n");
    assertThat(feed("--config", file.toString(), "--once")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("feed.sources[0].type: unknown type \"kuna\" (http_json, cbr, chain_market or fixed)");
  }
}
