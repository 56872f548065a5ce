package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.RpcException;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.FeedPublish;
import io.github.goloswitness.crypto.Price;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** feed_publish as golosd applies it: the witness's feed, then the median every 20 blocks. */
class SimNetworkFeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SimNetwork net = SimNetworks.start(SimConfig.defaults());
  private final GolosClient client = SimClients.client(net.uri(0));

  @AfterEach
  void close() {
    client.close();
    net.close();
  }

  private void publish(String publisher, String base, String quote) throws IOException {
    client.broadcastTransaction(client.prepareTransaction(Duration.ofSeconds(60),
        List.of(new FeedPublish(publisher, new Price(Asset.parse(base), Asset.parse(quote)))))
        .sign(net.chainId(), net.activeKey()));
  }

  private JsonNode call(String method) throws IOException {
    return JSON.readTree(client.call("witness_api", method));
  }

  @Test
  void theFeedIsAppliedAndTheMedianFollowsAtTheFeedInterval() throws IOException {
    assertThat(call("get_current_median_history_price").get("base").asText()).isEqualTo("0.000 GOLOS");
    publish(net.witness(), "4.142 GBG", "100.000 GOLOS");
    net.advanceSlot();
    Witness w = client.getWitnessByAccount(net.witness()).orElseThrow();
    assertThat(w.sbdExchangeRate()).isEqualTo(new Price(Asset.parse("4.142 GBG"), Asset.parse("100.000 GOLOS")));
    assertThat(w.lastSbdExchangeUpdate()).isEqualTo(net.now());
    net.advanceSlots(FeedBook.FEED_INTERVAL_BLOCKS);
    JsonNode median = call("get_current_median_history_price");
    assertThat(median.get("base").asText()).isEqualTo("4.142 GBG");
    assertThat(median.get("quote").asText()).isEqualTo("100.000 GOLOS");
    JsonNode history = call("get_feed_history");
    assertThat(history.get("price_history").size()).isEqualTo(1);
    assertThat(history.get("current_median_history")).isEqualTo(median);
    JsonNode ticker = JSON.readTree(client.call("market_history", "get_ticker"));
    assertThat(ticker.get("latest1").asText()).isEqualTo("0.04142000000000000");
  }

  @Test
  void theMedianIsTheMiddleOfTheHistorySortedAsPrices() {
    FeedBook book = new FeedBook();
    List<String> round = List.of("a", "b", "c");
    java.time.Instant t = java.time.Instant.parse("2026-11-29T00:00:00Z");
    // three witnesses, three hourly medians: 0.050, then 0.060 (b's), then 0.040
    book.publish("a", price("5.000 GBG"), t);
    book.afterBlock(20, t, round);
    book.publish("a", price("6.000 GBG"), t);
    book.publish("b", price("6.000 GBG"), t);
    book.publish("c", price("7.000 GBG"), t);
    book.afterBlock(40, t, round);
    assertThat(book.snapshot().history()).containsExactly(price("5.000 GBG"), price("6.000 GBG"));
    // median of two: index size/2 = the higher one, as golosd's copy[copy.size() / 2]
    assertThat(book.snapshot().currentMedian()).isEqualTo(price("6.000 GBG"));
    book.publish("a", price("4.000 GBG"), t);
    book.publish("b", price("4.000 GBG"), t);
    book.afterBlock(60, t, round);
    assertThat(book.snapshot().currentMedian()).isEqualTo(price("5.000 GBG"));
    // a feed older than a day does not count; not at a multiple of 20 nothing happens
    book.afterBlock(61, t.plus(Duration.ofDays(2)), round);
    book.afterBlock(80, t.plus(Duration.ofDays(2)), round);
    assertThat(book.snapshot().history()).hasSize(3);
  }

  private static Price price(String gbg) {
    return new Price(Asset.parse(gbg), Asset.parse("100.000 GOLOS"));
  }

  @Test
  void aFeedMustBeGbgGolosAndItsPublisherAWitness() {
    // golos-crypto refuses what feed_publish_operation::validate refuses, before anything is sent
    Throwable wrongPair = catchThrowable(() -> publish(net.witness(), "1.000 GOLOS", "1.000000 GESTS"));
    assertThat(wrongPair).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GBG/GOLOS");
    Throwable zero = catchThrowable(() -> publish(net.witness(), "0.000 GBG", "1.000 GOLOS"));
    assertThat(zero).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    Throwable notWitness = catchThrowable(() -> publish("nobody", "1.000 GBG", "1.000 GOLOS"));
    assertThat(notWitness).isInstanceOf(RpcException.class).hasMessageContaining("Missing witness object");
  }
}
