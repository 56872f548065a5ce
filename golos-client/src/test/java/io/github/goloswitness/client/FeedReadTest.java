package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainProperties30;
import io.github.goloswitness.crypto.Price;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a price-feed publisher reads: its own feed, the median, the feed history and the market ticker. */
class FeedReadTest {

  private FakeGolosd node;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  private static Price price(String base, String quote) {
    return new Price(Asset.parse(base), Asset.parse(quote));
  }

  @Test
  void witnessCarriesItsFeedAndEveryField() throws Exception {
    node.fixture("get_witness_by_account");

    Witness w = client.getWitnessByAccount("alpha-wit").orElseThrow();

    assertThat(w.sbdExchangeRate()).isEqualTo(price("1.000 GBG", "1.000 GOLOS"));
    assertThat(w.lastSbdExchangeUpdate()).isEqualTo(Instant.parse("2016-10-18T11:00:00Z"));
    assertThat(w.id()).isZero();
    assertThat(w.virtualScheduledTime()).isEqualTo(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
    assertThat(w.virtualPosition()).isZero();
    assertThat(w.powWorker()).isZero();
    assertThat(w.lastWork()).isEqualTo("0".repeat(64));
    assertThat(w.transitToCyberwayVote()).contains(Instant.parse("2016-10-18T11:00:00Z"));
    // the full props: the fixture is a v0.30 node, so every field up to chain_properties_30
    ChainProperties30 props = (ChainProperties30) w.chainProperties();
    assertThat(props.privateGroupCost()).isEqualTo(Asset.parse("1.000 GBG"));
    assertThat(props.privateGroupGolosPower()).isEqualTo(Asset.parse("1000.000 GOLOS"));
    assertThat(w.props().accountCreationFee()).isEqualTo(Asset.parse("1.000 GOLOS"));
  }

  @Test
  void anOlderNodesPropsReadAsTheNewestVersionItHas() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_witness_by_account").get("result").deepCopy();
    ((ObjectNode) result.get("props")).remove(List.of("private_group_golos_power", "private_group_cost"));
    result.remove("transit_to_cyberway_vote");
    node.result("witness_api", "get_witness_by_account", result.toString());

    Witness w = client.getWitnessByAccount("alpha-wit").orElseThrow();

    assertThat(w.chainProperties().tag()).isEqualTo(9); // chain_properties_29
    assertThat(w.transitToCyberwayVote()).isEmpty();
  }

  @Test
  void aMistypedPropIsAnErrorNotAnOlderVersion() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_witness_by_account").get("result").deepCopy();
    ((ObjectNode) result.get("props")).put("private_group_cost", "lots");
    node.result("witness_api", "get_witness_by_account", result.toString());

    assertThatThrownBy(() -> client.getWitnessByAccount("alpha-wit"))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("private_group_cost");
  }

  @Test
  void aFeedWithAnUnknownSymbolNamesTheField() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_witness_by_account").get("result").deepCopy();
    ((ObjectNode) result.get("sbd_exchange_rate")).put("base", "1.000 USD");
    node.result("witness_api", "get_witness_by_account", result.toString());

    assertThatThrownBy(() -> client.getWitnessByAccount("alpha-wit"))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("base").hasMessageContaining("USD");
  }

  @Test
  void readsFeedHistory() throws Exception {
    node.fixture("get_feed_history");

    FeedHistory h = client.getFeedHistory();

    assertThat(h.currentMedianHistory()).isEqualTo(price("1.000 GBG", "2.500 GOLOS"));
    assertThat(h.priceHistory()).containsExactly(
        price("1.000 GBG", "2.400 GOLOS"), price("1.000 GBG", "2.500 GOLOS"), price("1.020 GBG", "2.500 GOLOS"));
    assertThat(Fixtures.parse(node.requests().get(0)).get("params"))
        .isEqualTo(Fixtures.request("get_feed_history").get("params"));
  }

  @Test
  void readsCurrentMedianHistoryPrice() throws Exception {
    node.fixture("get_current_median_history_price");

    assertThat(client.getCurrentMedianHistoryPrice()).isEqualTo(price("1.000 GBG", "2.500 GOLOS"));
    assertThat(Fixtures.parse(node.requests().get(0)).get("params"))
        .isEqualTo(Fixtures.request("get_current_median_history_price").get("params"));
  }

  @Test
  void readsTickerWithStringOrNumberDoubles() throws Exception {
    node.fixture("get_ticker");

    Ticker t = client.getTicker();

    assertThat(t.latest()).isEqualByComparingTo("0.40100000000000002");
    assertThat(t.lowestAsk()).isEqualByComparingTo("0.40500000000000003");
    assertThat(t.highestBid()).isEqualByComparingTo("0.39800000000000002");
    assertThat(t.percentChange()).isEqualByComparingTo("-1.2345");
    assertThat(t.steemVolume()).isEqualTo(Asset.parse("15234.567 GOLOS"));
    assertThat(t.sbdVolume()).isEqualTo(Asset.parse("6109.043 GBG"));
    assertThat(Fixtures.parse(node.requests().get(0)).get("params"))
        .isEqualTo(Fixtures.request("get_ticker").get("params"));

    ObjectNode numbers = (ObjectNode) Fixtures.response("get_ticker").get("result").deepCopy();
    numbers.put("latest", 0.5);
    node.result("market_history", "get_ticker", numbers.toString());
    assertThat(client.getTicker().latest()).isEqualByComparingTo(new BigDecimal("0.5"));
  }

  @Test
  void aTickerPriceThatIsNoNumberIsAnError() throws Exception {
    ObjectNode bad = (ObjectNode) Fixtures.response("get_ticker").get("result").deepCopy();
    bad.put("lowest_ask", "cheap");
    node.result("market_history", "get_ticker", bad.toString());

    assertThatThrownBy(() -> client.getTicker())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("lowest_ask");
  }
}
