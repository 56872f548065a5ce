package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The publisher against fake price servers over real HTTP and a fake chain. */
class FeedPublisherTest {
  private static final String ME = "GLS7mine";
  private static final String PEER = "GLS7peer";
  private static final Instant NOW = Instant.parse("2026-11-28T22:30:00Z");
  private final AtomicReference<Instant> time = new AtomicReference<>(NOW);
  private final InstantSource clock = time::get;
  private final FakePriceServer prices;

  FeedPublisherTest() throws IOException {
    prices = new FakePriceServer();
    prices.json("/a", "{\"golos\":{\"usd\":0.0050}}")
        .json("/b", "{\"data\":{\"last\":\"0.0051\"}}")
        .json("/c", "{\"price\":0.0090}")
        .reply("/metall", 200, recorded("cbr-xml_metall.xml"), "application/xml")
        .reply("/daily", 200, recorded("cbr-XML_daily.xml"), "application/xml");
  }

  @AfterEach
  void stop() {
    prices.close();
  }

  private static byte[] recorded(String name) throws IOException {
    try (InputStream in = FeedPublisherTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  /** {@code minSources} for every pair but gold, which has one source (the bank). */
  private FeedConfig config(int minSources) throws IOException {
    String yaml = """
        feed:
          min_sources: {default: %d, XAU_GRAM/RUB: 1}
          max_spread_pct: 10
          timeout: 5
          sources:
            - {type: http_json, name: a, url: "%s", pointer: /golos/usd, pair: GOLOS/USD}
            - {type: http_json, name: b, url: "%s", pointer: /data/last, pair: GOLOS/USD}
            - {type: http_json, name: c, url: "%s", pointer: /price, pair: GOLOS/USD}
            - {type: cbr, name: gold, pair: XAU_GRAM/RUB, url: "%s"}
            - {type: cbr, name: usd, pair: USD/RUB, url: "%s"}
            - {type: cbr, name: usd-mirror, pair: USD/RUB, url: "%s"}
            - {type: chain_market}
        """.formatted(minSources, prices.uri("/a"), prices.uri("/b"), prices.uri("/c"), prices.uri("/metall"),
        prices.uri("/daily"), prices.uri("/daily"));
    return FeedConfigParser.parse(new YAMLMapper().readTree(yaml).get("feed"));
  }

  private static ChainFeed chain(String signingKey, double feed, Duration age) {
    Instant head = NOW.minusSeconds(2);
    return new ChainFeed(signingKey, feed, head.minus(age), 0.037, head);
  }

  private FeedPublisher publisher(FeedConfig config, FakeFeedChain chain, boolean dryRun) {
    return new FeedPublisher(config, chain, "lex", ME, clock, dryRun);
  }

  @Test
  void theProducerPublishesTheHandComputedRate() throws Exception {
    FakeFeedChain chain = new FakeFeedChain(chain(ME, 0.030, Duration.ofHours(2)));
    FeedReport report = publisher(config(2), chain, false).runOnce();
    assertThat(report.calculation().problem()).as(FeedReportJson.write(report)).isNull();
    // GOLOS/USD: median(0.0050, 0.0051, 0.0090) = 0.0051; 0.0090 is 76 % off: dropped; median(0.0050, 0.0051) = 0.00505
    // USD/RUB 78.1727 (two copies); gold 10530.90 RUB/g = 10.5309 RUB/mg (26.11.2026, the newest record)
    // 0.00505 * 78.1727 / 10.5309 = 0.0374870272 GBG/GOLOS -> 3.749 GBG / 100.000 GOLOS
    assertThat(report.calculation().price().getAsDouble()).isCloseTo(0.0374870272, within(1e-10));
    assertThat(report.outcome()).isEqualTo(FeedReport.Outcome.PUBLISHED);
    assertThat(chain.published).containsExactly(new FakeFeedChain.Published("lex", new FeedPrice(3749, 100_000), true));
    assertThat(report.transactionId()).isEqualTo(String.format("%040x", 1));
    assertThat(report.decision().reason()).isEqualTo(PublishRule.Reason.PRICE_MOVED);
    assertThat(report.calculation().sources()).extracting(FeedCalculation.SourceOutcome::use).containsExactly(
        FeedCalculation.Use.USED, FeedCalculation.Use.USED, FeedCalculation.Use.OUTLIER, FeedCalculation.Use.USED,
        FeedCalculation.Use.USED, FeedCalculation.Use.USED, FeedCalculation.Use.CROSS_CHECK);
    assertThat(report.sourceFailures()).isZero();
  }

  @Test
  void tooFewSourcesPublishNothing() throws Exception {
    prices.reply("/b", 502, "bad gateway".getBytes(), "text/html");
    FakeFeedChain chain = new FakeFeedChain(chain(ME, 0.030, Duration.ofDays(3)));
    FeedReport report = publisher(config(2), chain, false).runOnce();
    // a = 0.0050 and c = 0.0090 remain; median 0.0070, both 28.6 % away: no GOLOS/USD source is left
    assertThat(report.outcome()).isEqualTo(FeedReport.Outcome.NO_PRICE);
    assertThat(report.outcome().alarming()).isTrue();
    assertThat(report.detail()).contains("GOLOS/USD: 0 usable source(s) of 2, min_sources is 2");
    assertThat(report.sourceFailures()).isEqualTo(1);
    assertThat(report.calculation().sources().get(1).reading().failure()).isEqualTo("127.0.0.1: HTTP 502");
    assertThat(chain.published).isEmpty();
  }

  @Test
  void aBackupDoesNotPublishUntilTheFeedIsOlderThanMaxAgePlusGrace() throws Exception {
    FakeFeedChain chain = new FakeFeedChain(chain(PEER, 0.030, Duration.ofHours(24)));
    FeedPublisher backup = publisher(config(1), chain, false);
    FeedReport waits = backup.runOnce();
    assertThat(waits.outcome()).isEqualTo(FeedReport.Outcome.NOT_NEEDED);
    assertThat(waits.decision().reason()).isEqualTo(PublishRule.Reason.PRODUCER_DUTY);
    assertThat(chain.published).isEmpty();

    chain.view = chain(PEER, 0.030, Duration.ofHours(25).plusSeconds(1));
    FeedReport covers = backup.runOnce();
    assertThat(covers.outcome()).isEqualTo(FeedReport.Outcome.PUBLISHED);
    assertThat(covers.decision().reason()).isEqualTo(PublishRule.Reason.BACKUP_COVERS);
    assertThat(chain.published).hasSize(1);
  }

  @Test
  void aDryRunSignsButDoesNotBroadcast() throws Exception {
    FakeFeedChain chain = new FakeFeedChain(chain(ME, 0.030, Duration.ofHours(2)));
    FeedReport report = publisher(config(1), chain, true).runOnce();
    assertThat(report.outcome()).isEqualTo(FeedReport.Outcome.DRY_RUN);
    assertThat(chain.published).containsExactly(new FakeFeedChain.Published("lex", new FeedPrice(3749, 100_000), false));
    assertThat(report.detail()).startsWith("dry run: signed, not broadcast: 3.749 GBG/100.000 GOLOS");
  }

  @Test
  void chainAndNodeFailuresAreReportedNotThrown() throws Exception {
    FakeFeedChain chain = new FakeFeedChain(chain(ME, 0.030, Duration.ofHours(2)));
    chain.readFailure = new IOException("all nodes failed");
    FeedReport unreadable = publisher(config(1), chain, false).runOnce();
    assertThat(unreadable.outcome()).isEqualTo(FeedReport.Outcome.CHAIN_UNREADABLE);
    assertThat(unreadable.detail()).isEqualTo("chain not readable: all nodes failed");
    chain.readFailure = null;
    chain.publishFailure = new IOException("missing required active authority");
    FeedReport refused = publisher(config(1), chain, false).runOnce();
    assertThat(refused.outcome()).isEqualTo(FeedReport.Outcome.PUBLISH_FAILED);
    assertThat(refused.detail()).isEqualTo("publishing 3.749 GBG/100.000 GOLOS failed: missing required active authority");
  }

  @Test
  void theJsonReportNamesEverySourceAndTheDecision() throws Exception {
    prices.json("/a", "{\"golos\":{\"usd\":0}}");
    prices.json("/c", "{\"price\":0.0052}");
    FakeFeedChain chain = new FakeFeedChain(chain(ME, 0.0380, Duration.ofHours(2)));
    JsonNode json = new ObjectMapper().readTree(FeedReportJson.write(publisher(config(1), chain, false).runOnce()));
    assertThat(json.get("outcome").asText()).isEqualTo("not_needed");
    // a fails; median(b 0.0051, c 0.0052) = 0.00515; 0.00515 * 78.1727 / 10.5309 = 0.0382293 GBG/GOLOS
    assertThat(json.get("computed_gbg_per_golos").asDouble()).isCloseTo(0.0382293, within(1e-7));
    assertThat(json.get("exchange_rate").get("base").asText()).isEqualTo("3.823 GBG");
    assertThat(json.get("exchange_rate").get("quote").asText()).isEqualTo("100.000 GOLOS");
    JsonNode a = json.get("sources").get(0);
    assertThat(a.get("name").asText()).isEqualTo("a");
    assertThat(a.get("used").asBoolean()).isFalse();
    assertThat(a.get("failure").asText()).isEqualTo("absurd value 0.0 (a price must be positive)");
    assertThat(json.get("sources").get(2).get("use").asText()).isEqualTo("used");
    assertThat(json.get("sources").get(2).get("deviation_pct").asDouble()).isCloseTo(0.97, within(0.01));
    JsonNode market = json.get("sources").get(6);
    assertThat(market.get("use").asText()).isEqualTo("cross_check");
    assertThat(market.get("value").asDouble()).isEqualTo(0.04);
    assertThat(json.get("decision").get("reason").asText()).isEqualTo("up_to_date");
    assertThat(json.get("decision").get("producer").asBoolean()).isTrue();
    assertThat(json.get("chain").get("signing_key").asText()).isEqualTo(ME);
    assertThat(json.get("path").toString()).isEqualTo("[\"GOLOS/USD\",\"USD/RUB\",\"GBG/RUB\"]");
    assertThat(json.get("transaction_id").isNull()).isTrue();
  }
}
