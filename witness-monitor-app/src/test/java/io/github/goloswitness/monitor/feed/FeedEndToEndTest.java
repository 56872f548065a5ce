package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.WitnessUpdate;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimEvent;
import io.github.goloswitness.testkit.SimNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one witness, each with its own publisher, against the simulated Golos network
 * (real HTTP, real signing, the chain applying feed_publish as golosd does) and fake price servers.
 */
class FeedEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private SimNetwork net;
  private FakePriceServer prices;
  private GolosClient client;

  @BeforeEach
  void start() throws IOException {
    net = SimNetwork.start(SimConfig.defaults().withNodes(2).withSeed(7));
    prices = new FakePriceServer();
    prices.json("/a", "{\"golos\":{\"usd\":0.0050}}")
        .json("/b", "{\"data\":{\"last\":\"0.0051\"}}")
        .json("/c", "{\"price\":0.0090}")
        .reply("/metall", 200, recorded("cbr-xml_metall.xml"), "application/xml")
        .reply("/daily", 200, recorded("cbr-XML_daily.xml"), "application/xml");
    client = GolosClient.builder(net.uris()).timeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    prices.close();
    net.close();
  }

  private static byte[] recorded(String name) throws IOException {
    try (InputStream in = FeedEndToEndTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private FeedConfig config() throws IOException {
    String yaml = """
        min_sources: {default: 2, XAU_GRAM/RUB: 1}
        max_spread_pct: 10
        threshold_pct: 5
        max_age: 120
        backup_grace: 60
        timeout: 5
        sources:
          - {type: http_json, name: a, url: "%s", pointer: /golos/usd, pair: GOLOS/USD}
          - {type: http_json, name: b, url: "%s", pointer: /data/last, pair: GOLOS/USD}
          - {type: http_json, name: c, url: "%s", pointer: /price, pair: GOLOS/USD}
          - {type: cbr, name: gold, pair: XAU_GRAM/RUB, url: "%s"}
          - {type: cbr, name: usd, pair: USD/RUB, url: "%s"}
          - {type: cbr, name: usd2, pair: USD/RUB, url: "%s"}
          - {type: chain_market}
        """.formatted(prices.uri("/a"), prices.uri("/b"), prices.uri("/c"), prices.uri("/metall"), prices.uri("/daily"),
        prices.uri("/daily"));
    return FeedConfigParser.parse(new YAMLMapper().readTree(yaml));
  }

  /** The publisher of server {@code node}: its own key, the shared active key. */
  private FeedPublisher server(int node) throws IOException {
    return new FeedPublisher(config(), new GolosFeedChain(client, Optional.of(net.activeKey()), Duration.ofSeconds(60)),
        net.witness(), net.signingKey(node).publicKey().toString(), net.clock(), false);
  }

  private long feedBroadcasts() {
    return net.events().stream().filter(e -> e instanceof SimEvent.BroadcastReceived).count();
  }

  private JsonNode call(String api, String method) throws IOException {
    return JSON.readTree(client.call(api, method));
  }

  @Test
  void theProducerPublishesTheHandComputedRateAndTheChainAppliesIt() throws Exception {
    FeedReport report = server(0).runOnce();
    // GOLOS/USD: 0.0090 dropped (76 % from the median 0.0051), median(0.0050, 0.0051) = 0.00505;
    // 0.00505 USD * 78.1727 RUB/USD / 10.5309 RUB/mg = 0.0374870 GBG/GOLOS -> 3.749 GBG / 100.000 GOLOS
    assertThat(report.outcome()).as(report.detail()).isEqualTo(FeedReport.Outcome.PUBLISHED);
    assertThat(report.price()).isEqualTo(new FeedPrice(3749, 100_000));
    assertThat(report.decision().reason()).isEqualTo(PublishRule.Reason.FEED_TOO_OLD);
    net.advanceSlots(2);
    Witness onChain = client.getWitnessByAccount(net.witness()).orElseThrow();
    assertThat(onChain.sbdExchangeRate().base()).hasToString("3.749 GBG");
    assertThat(onChain.sbdExchangeRate().quote()).hasToString("100.000 GOLOS");
    assertThat(onChain.lastSbdExchangeUpdate()).isAfter(net.now().minusSeconds(7)).isBeforeOrEqualTo(net.now());
    // the median follows within FEED_INTERVAL_BLOCKS (20 blocks on the testnet build); ours is the only feed
    net.advanceSlots(25);
    JsonNode median = call("witness_api", "get_current_median_history_price");
    assertThat(median.get("base").asText()).isEqualTo("3.749 GBG");
    assertThat(median.get("quote").asText()).isEqualTo("100.000 GOLOS");
    assertThat(call("witness_api", "get_feed_history").get("price_history")).isNotEmpty();
    // the next round finds it up to date
    FeedReport again = server(0).runOnce();
    assertThat(again.outcome()).isEqualTo(FeedReport.Outcome.NOT_NEEDED);
    assertThat(again.decision().reason()).isEqualTo(PublishRule.Reason.UP_TO_DATE);
    assertThat(again.chain().median()).isEqualTo(0.03749);
  }

  @Test
  void theBackupDoesNotPublishAndTheDutyMovesWithAFailover() throws Exception {
    // the simulated witness's feed is years old: either server would cover it; the producer is first
    assertThat(server(0).runOnce().outcome()).isEqualTo(FeedReport.Outcome.PUBLISHED);
    net.advanceSlots(2);
    assertThat(feedBroadcasts()).isEqualTo(1);
    assertThat(server(1).runOnce().decision().reason()).isEqualTo(PublishRule.Reason.PRODUCER_DUTY);
    assertThat(feedBroadcasts()).isEqualTo(1);

    // failover: the witness now signs with server 1's key
    Witness w = client.getWitnessByAccount(net.witness()).orElseThrow();
    client.broadcastTransaction(client.prepareTransaction(Duration.ofSeconds(60), List.of(new WitnessUpdate(
        net.witness(), w.url(), net.signingKey(1).publicKey(), w.props(), Asset.golos(0))))
        .sign(client.getChainId(), net.activeKey()));
    net.advanceSlots(2);
    assertThat(client.getWitnessByAccount(net.witness()).orElseThrow().signingKey()).isEqualTo(net.signingKey(1).publicKey());

    // GOLOS rises 10 %: a, b -> 0.00555, 0.00561 (median 0.00558; 0.0090 still 61 % off)
    prices.json("/a", "{\"golos\":{\"usd\":0.00555}}").json("/b", "{\"data\":{\"last\":\"0.00561\"}}");
    FeedReport old = server(0).runOnce();
    assertThat(old.decision().reason()).isEqualTo(PublishRule.Reason.PRODUCER_DUTY);
    FeedReport fresh = server(1).runOnce();
    // 0.00558 * 78.1727 / 10.5309 = 0.0414212 -> 4.142 GBG / 100.000 GOLOS
    assertThat(fresh.outcome()).as(fresh.detail()).isEqualTo(FeedReport.Outcome.PUBLISHED);
    assertThat(fresh.decision().reason()).isEqualTo(PublishRule.Reason.PRICE_MOVED);
    assertThat(fresh.price()).isEqualTo(new FeedPrice(4142, 100_000));
    net.advanceSlots(2);
    assertThat(client.getWitnessByAccount(net.witness()).orElseThrow().sbdExchangeRate().base()).hasToString("4.142 GBG");
    assertThat(feedBroadcasts()).isEqualTo(3); // two feeds and the witness_update
  }

  @Test
  void aBackupCoversAProducerWhoseFeedBrokeAndTooFewSourcesPublishNothing() throws Exception {
    assertThat(server(0).runOnce().outcome()).isEqualTo(FeedReport.Outcome.PUBLISHED);
    net.advanceSlots(2);
    // the producer's price sources break: one GOLOS/USD source left of the two it needs
    prices.reply("/a", 503, "down".getBytes(), "text/plain").reply("/b", 503, "down".getBytes(), "text/plain");
    net.advanceTo(net.now().plusSeconds(121)); // older than max_age 120 s
    FeedReport broken = server(0).runOnce();
    assertThat(broken.outcome()).isEqualTo(FeedReport.Outcome.NO_PRICE);
    assertThat(broken.detail()).contains("GOLOS/USD: 1 usable source(s) of 1, min_sources is 2");
    long before = feedBroadcasts();
    // the backup (whose own sources work) waits out the grace ...
    prices.reply("/a", 200, "{\"golos\":{\"usd\":0.0050}}".getBytes(), "application/json")
        .reply("/b", 200, "{\"data\":{\"last\":\"0.0051\"}}".getBytes(), "application/json");
    assertThat(server(1).runOnce().decision().reason()).isEqualTo(PublishRule.Reason.PRODUCER_DUTY);
    assertThat(feedBroadcasts()).isEqualTo(before);
    // ... then covers: older than max_age + backup_grace = 180 s
    net.advanceTo(net.now().plusSeconds(60));
    FeedReport covers = server(1).runOnce();
    assertThat(covers.decision().reason()).as(covers.detail()).isEqualTo(PublishRule.Reason.BACKUP_COVERS);
    assertThat(covers.outcome()).isEqualTo(FeedReport.Outcome.PUBLISHED);
    net.advanceSlots(2);
    assertThat(client.getWitnessByAccount(net.witness()).orElseThrow().lastSbdExchangeUpdate())
        .isAfter(net.now().minusSeconds(10));
  }
}
