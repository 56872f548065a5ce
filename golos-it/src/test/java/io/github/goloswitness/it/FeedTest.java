package io.github.goloswitness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.client.FeedHistory;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.Price;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The price feed of the three daemons ({@code feed:}, docs/feed.md): each server reads its own
 * price (B0 0.500, B1 0.520, B2 0.540 GBG per GOLOS), the chain already holds a fresh feed of
 * 0.490 (the bootstrap's), so only the producing server (B0) has a reason to publish, and the
 * price on chain names the server that published it.
 */
@ExtendWith(TestnetExtension.class)
@Order(1)
class FeedTest {
  /** How each server's price is stored: base grows by tens until it has 1000 units (docs/feed.md). */
  static Price stored(String server) {
    String gbg = switch (server) {
      case "b0" -> "5.000";
      case "b1" -> "5.200";
      default -> "5.400";
    };
    return new Price(Asset.of(gbg, Asset.Symbol.GBG), Asset.of("10.000", Asset.Symbol.GOLOS));
  }

  private final Testnet net;

  FeedTest(Testnet net) {
    this.net = net;
  }

  @Test
  void onlyTheProducingServerPublishesAndTheChainsFeedHistoryShowsIt() throws Exception {
    Chain chain = net.chain();
    Instant start = net.poll().now();
    Price b0 = stored("b0");
    net.poll().untilTrue("alpha's feed on chain = B0's price " + b0, Duration.ofSeconds(90),
        () -> chain.witness(Bootstrap.ALPHA).sbdExchangeRate().equals(b0));
    Instant published = net.poll().now();
    // a few daemon rounds (3 s each) more: the backups must stay silent
    long from = chain.head();
    chain.awaitBlock(from + 8, Duration.ofSeconds(60));

    Map<String, Integer> byPrice = new TreeMap<>();
    List<JsonNode> history = new ArrayList<>();
    chain.raw("account_history", "get_account_history", Bootstrap.ALPHA, -1, 100).forEach(history::add);
    for (JsonNode e : history) {
      JsonNode op = e.path(1).path("op");
      if (op.path(0).asText().equals("feed_publish") && e.path(1).path("block").asLong() >= net.daemonsStarted()) {
        JsonNode rate = op.path(1).path("exchange_rate");
        byPrice.merge(rate.path("base").asText() + "/" + rate.path("quote").asText(), 1, Integer::sum);
      }
    }
    assertThat(byPrice).as("alpha's feed_publish operations by price since the daemons started, from its account history")
        .containsKey("5.000 GBG/10.000 GOLOS")
        .doesNotContainKeys("5.200 GBG/10.000 GOLOS", "5.400 GBG/10.000 GOLOS");
    assertThat(net.monitors().daemon("b1").logLines("feed published")).as("B1's log").isEmpty();
    assertThat(net.monitors().daemon("b2").logLines("feed published")).as("B2's log").isEmpty();

    // the feed history: the median of the scheduled witnesses' feeds, sampled every 20 blocks
    FeedHistory fh = net.poll().until("B0's price in witness_api.get_feed_history", Duration.ofSeconds(90), () -> {
      FeedHistory h = chain.client().getFeedHistory();
      return h.priceHistory().contains(b0) ? java.util.Optional.of(h) : java.util.Optional.empty();
    });
    JsonNode raw = chain.raw("witness_api", "get_feed_history");
    assertThat(raw.path("price_history").toString()).contains("\"base\":\"5.000 GBG\",\"quote\":\"10.000 GOLOS\"");
    net.figures().section("4-feed", "## Price feed (follow_producer, threshold 1 %, interval 3 s)\n\n"
        + "| what | value |\n| --- | --- |\n"
        + "| B0's price on chain (sbd_exchange_rate) after | " + Testnet.seconds(start, published) + " s of this test |\n"
        + "| alpha's feed_publish by price (account history) | " + byPrice + " |\n"
        + "| B1's and B2's publications | 0 (their prices 5.200 and 5.400 never on chain) |\n"
        + "| feed history (witness_api.get_feed_history) | " + fh.priceHistory().size() + " entries, current median "
        + fh.currentMedianHistory().base() + "/" + fh.currentMedianHistory().quote() + " |\n");
  }
}
