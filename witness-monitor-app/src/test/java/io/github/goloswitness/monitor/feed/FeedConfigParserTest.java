package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.goloswitness.monitor.feed.FeedConfig.SourceConfig;
import io.github.goloswitness.monitor.feed.FeedConfig.Type;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedConfigParserTest {
  private static FeedConfig parse(String yaml) throws Exception {
    JsonNode tree = new YAMLMapper().readTree(yaml);
    return FeedConfigParser.parse(tree.get("feed"));
  }

  private static void fails(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void readsEverySetting() throws Exception {
    FeedConfig c = parse("""
        feed:
          interval: 30*60
          timeout: 5
          threshold_pct: 3.5
          max_age: 12*3600
          backup_grace: 600
          follow_producer: false
          k: 1.05
          min_sources: 2
          max_spread_pct: 4
          max_jump_pct: 25
          sources:
            - type: http_json
              name: exchange-a
              url: https://api.exchange-a.example/v1/ticker?pair=GOLOS_USDT
              pointer: /data/last
              pair: GOLOS/USD
              min: 0.0001
              max: 1
            - {type: http_json, url: "https://x.example/p", pointer: /usd_per_golos, pair: USD/GOLOS, invert: true}
            - {type: cbr, pair: XAU_GRAM/RUB}
            - {type: cbr, pair: USD/RUB, url: "https://www.cbr-mirror.example/XML_daily.asp"}
            - {type: chain_market}
            - {type: fixed, pair: XAU/USD, price: 2650.5}
        """);
    assertThat(c.interval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.rule()).isEqualTo(new PublishRule.Settings(3.5, Duration.ofHours(12), Duration.ofMinutes(10), false, 25));
    assertThat(c.calculation()).isEqualTo(new FeedCalculation.Settings(2, 4, 1.05));
    assertThat(c.sources()).hasSize(6);
    assertThat(c.sources().get(0)).isEqualTo(new SourceConfig(Type.HTTP_JSON, "exchange-a", Pair.parse("GOLOS/USD"),
        URI.create("https://api.exchange-a.example/v1/ticker?pair=GOLOS_USDT"), "/data/last", false, Double.NaN, true,
        0.0001, 1));
    assertThat(c.sources().get(1).invert()).isTrue();
    assertThat(c.sources().get(1).name()).isEqualTo("x.example USD/GOLOS");
    assertThat(c.sources().get(2).name()).isEqualTo("cbr XAU_GRAM/RUB");
    assertThat(c.sources().get(2).url()).isNull();
    assertThat(c.sources().get(3).url()).hasToString("https://www.cbr-mirror.example/XML_daily.asp");
    SourceConfig market = c.sources().get(4);
    assertThat(market.pair()).isEqualTo(Pair.FEED);
    assertThat(market.counted()).as("the chain market is a cross-check unless use: true").isFalse();
    assertThat(c.sources().get(5).price()).isEqualTo(2650.5);
    assertThat(c.sources().get(5).counted()).isTrue();
  }

  @Test
  void defaultsFollowFeedPy() throws Exception {
    FeedConfig c = parse("""
        feed:
          sources:
            - {type: fixed, pair: GOLOS/GBG, price: 0.08}
        """);
    assertThat(c.interval()).isEqualTo(Duration.ofHours(1));
    assertThat(c.rule()).isEqualTo(new PublishRule.Settings(10, Duration.ofDays(1), Duration.ofHours(1), true, 50));
    assertThat(c.calculation()).isEqualTo(new FeedCalculation.Settings(1, 10, 1));
    assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void minSourcesMayBeSetPerPair() throws Exception {
    FeedConfig c = parse("""
        feed:
          min_sources: {default: 2, XAU/USD: 1, RUB/USD: 3}
          sources:
            - {type: fixed, pair: GOLOS/GBG, price: 0.08}
        """);
    FeedCalculation.Settings s = c.calculation();
    assertThat(s.minSources()).isEqualTo(2);
    // gold is held in milligrams, either orientation counts
    assertThat(s.minSourcesFor(new Pair("GBG", "USD"))).isEqualTo(1);
    assertThat(s.minSourcesFor(Pair.parse("USD/RUB"))).isEqualTo(3);
    assertThat(s.minSourcesFor(Pair.parse("GOLOS/USD"))).isEqualTo(2);
    fails("feed: {min_sources: {GOLOSUSD: 1}, sources: [{type: fixed, pair: GOLOS/GBG, price: 1}]}",
        "feed.min_sources.GOLOSUSD: pair \"GOLOSUSD\" is not of the form BASE/QUOTE, e.g. GOLOS/USD (keys are pairs or default)");
    fails("feed: {min_sources: {default: 0}, sources: [{type: fixed, pair: GOLOS/GBG, price: 1}]}",
        "feed.min_sources.default: must be >= 1, got 0");
  }

  @Test
  void errorsNameTheKey() {
    fails("feed: 5", "feed: must be a mapping of keys to values");
    fails("feed: {tresold_pct: 5, sources: []}", "feed.tresold_pct: unknown key (known keys: backup_grace, follow_producer, "
        + "interval, k, max_age, max_jump_pct, max_spread_pct, min_sources, sources, threshold_pct, timeout)");
    fails("feed: {threshold_pct: 5}", "feed.sources: missing (at least one source is needed)");
    fails("feed: {sources: []}", "feed.sources: must be a non-empty list of sources");
    fails("feed: {k: 0, sources: [{type: fixed, pair: GOLOS/GBG, price: 1}]}", "feed.k: must be > 0, got 0");
    fails("feed: {min_sources: 1.5, sources: [{type: fixed, pair: GOLOS/GBG, price: 1}]}",
        "feed.min_sources: must be an integer, got 1.5");
    fails("feed: {max_age: 1h, sources: [{type: fixed, pair: GOLOS/GBG, price: 1}]}",
        "feed.max_age: must be whole seconds (e.g. 3600 or 60*60), got 1h");
    fails("feed: {threshold_pct: lots, sources: [{type: fixed, pair: GOLOS/GBG, price: 1}]}",
        "feed.threshold_pct: must be a number, got \"lots\"");
    fails("feed: {follow_producer: maybe, sources: [{type: fixed, pair: GOLOS/GBG, price: 1}]}",
        "feed.follow_producer: must be true or false, got \"maybe\"");
  }

  @Test
  void sourceErrorsNameTheSourceAndKey() {
    String head = "feed:\n  sources:\n    - {type: fixed, pair: GOLOS/GBG, price: 1}\n    - ";
    fails(head + "{type: kuna}", "feed.sources[1].type: unknown type \"kuna\" (http_json, cbr, chain_market or fixed)");
    fails(head + "{pair: GOLOS/USD}", "feed.sources[1].type: missing");
    fails(head + "{type: http_json, pair: GOLOS/USD, pointer: /p}", "feed.sources[1].url: missing");
    fails(head + "{type: http_json, url: ftp://x.example/, pair: GOLOS/USD, pointer: /p}",
        "feed.sources[1].url: must be http:// or https://");
    fails(head + "{type: http_json, url: https://x.example/, pair: GOLOS/USD, pointer: p}",
        "feed.sources[1].pointer: JSON pointer \"p\" must be empty or start with /");
    fails(head + "{type: http_json, url: https://x.example/, pair: GOLOSUSD, pointer: /p}",
        "feed.sources[1].pair: pair \"GOLOSUSD\" is not of the form BASE/QUOTE, e.g. GOLOS/USD");
    fails(head + "{type: cbr, pair: XAU/RUB}", "feed.sources[1].pair: cbr pair XAU/RUB: the bank quotes XAU_GRAM/RUB "
        + "(gold per gram) or a currency in roubles such as USD/RUB");
    fails(head + "{type: fixed, pair: GOLOS/GBG}", "feed.sources[1].price: missing (a fixed source needs its price)");
    fails(head + "{type: fixed, pair: GOLOS/GBG, price: -1}", "feed.sources[1].price: must be > 0, got -1");
    fails(head + "{type: cbr, pair: USD/RUB, pointer: /x}", "feed.sources[1].pointer: only for type http_json");
    fails(head + "{type: chain_market, pair: GOLOS/USD}", "feed.sources[1].pair: chain_market always yields GOLOS/GBG");
    fails(head + "{type: fixed, pair: GOLOS/GBG, price: 1, min: 2, max: 1}", "feed.sources[1].max: must be above min (2.0), got 1.0");
    fails(head + "{type: fixed, pair: GOLOS/GBG, price: 1, colour: red}", "feed.sources[1].colour: unknown key (known keys: "
        + "invert, max, min, name, pair, pointer, price, type, url, use)");
    fails(head + "{type: fixed, pair: GOLOS/GBG, price: 2}", "feed.sources: two sources are named \"fixed GOLOS/GBG\"");
  }
}
