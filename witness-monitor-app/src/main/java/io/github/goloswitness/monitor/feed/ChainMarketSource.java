package io.github.goloswitness.monitor.feed;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code type: chain_market}: the chain's own internal market (GBG/GOLOS), the last trade price
 * of {@code market_history.get_ticker}. Thin markets are easy to push, so by default it is only
 * reported as a cross-check ({@code use: false}); with {@code use: true} it counts as one more
 * source of {@code GOLOS/GBG}.
 */
final class ChainMarketSource implements PriceSource {
  /** Reads the internal market's last price in GBG per GOLOS. */
  @FunctionalInterface
  interface Ticker {
    /**
     * @return the last trade price, GBG per GOLOS
     * @throws IOException when the node does not answer or has no market history
     */
    double latestGbgPerGolos() throws IOException;
  }

  private final String name;
  private final boolean counted;
  private final Ticker ticker;

  ChainMarketSource(String name, boolean counted, Ticker ticker) {
    this.name = Objects.requireNonNull(name, "name");
    this.counted = counted;
    this.ticker = Objects.requireNonNull(ticker, "ticker");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Pair pair() {
    return Pair.FEED;
  }

  @Override
  public boolean counted() {
    return counted;
  }

  @Override
  public double fetch(Instant now) throws IOException {
    return ticker.latestGbgPerGolos();
  }
}
