package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The internal GOLOS/GBG market's {@code market_ticker} ({@code market_history.get_ticker};
 * chain-node plugins/market_history/include/golos/plugins/market_history/market_history_plugin.hpp).
 * The prices are C++ doubles (GBG per GOLOS), which fc::json writes as decimal strings; a JSON
 * number is accepted too. They are kept exactly as written. chain-node 0.30 names the fields by
 * the pair's sides; each parameter names both forms (older, then 0.30's).
 *
 * @param latest {@code latest} / {@code latest1}: the last trade's price
 * @param lowestAsk {@code lowest_ask}
 * @param highestBid {@code highest_bid}
 * @param percentChange {@code percent_change} / {@code percent_change1} over the last 24 hours
 * @param steemVolume {@code steem_volume} / {@code asset1_volume}: GOLOS traded in the last 24 hours
 * @param sbdVolume {@code sbd_volume} / {@code asset2_volume}: GBG traded in the last 24 hours
 */
public record Ticker(
    BigDecimal latest,
    BigDecimal lowestAsk,
    BigDecimal highestBid,
    BigDecimal percentChange,
    Asset steemVolume,
    Asset sbdVolume) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Ticker {
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(lowestAsk, "lowestAsk");
    Objects.requireNonNull(highestBid, "highestBid");
    Objects.requireNonNull(percentChange, "percentChange");
    Objects.requireNonNull(steemVolume, "steemVolume");
    Objects.requireNonNull(sbdVolume, "sbdVolume");
  }
}
