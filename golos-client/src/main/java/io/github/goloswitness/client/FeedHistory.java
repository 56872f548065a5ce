package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Price;
import java.util.List;
import java.util.Objects;

/**
 * golosd's {@code feed_history_api_object} ({@code witness_api.get_feed_history}; chain-node
 * plugins/witness_api/include/golos/plugins/witness_api/api_objects/feed_history_api_object.hpp).
 *
 * @param id {@code id}
 * @param currentMedianHistory {@code current_median_history}: the median of the feeds, the price
 *     the chain converts GBG at
 * @param priceHistory {@code price_history}: the recent hourly medians, oldest first
 */
public record FeedHistory(long id, Price currentMedianHistory, List<Price> priceHistory) {

  /**
   * Checks that no component is null, and keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a required component is null
   */
  public FeedHistory {
    Objects.requireNonNull(currentMedianHistory, "currentMedianHistory");
    priceHistory = List.copyOf(priceHistory);
  }
}
