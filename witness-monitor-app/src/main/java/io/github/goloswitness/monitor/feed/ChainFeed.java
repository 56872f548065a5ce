package io.github.goloswitness.monitor.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * What the chain says about our witness's feed, read once per round.
 *
 * @param signingKey the witness's {@code signing_key} on chain ({@code GLS…}; the null key when disabled)
 * @param published our feed on chain ({@code sbd_exchange_rate}), GBG per GOLOS; 0 when never published
 * @param lastUpdate {@code last_sbd_exchange_update} (the epoch when never published)
 * @param median the chain's current median price ({@code get_current_median_history_price}), GBG per
 *     GOLOS; 0 when the chain has none yet
 * @param headTime the head block's time: the clock the chain stamps feeds with
 */
public record ChainFeed(String signingKey, double published, Instant lastUpdate, double median, Instant headTime) {
  public ChainFeed {
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(lastUpdate, "lastUpdate");
    Objects.requireNonNull(headTime, "headTime");
    if (!(published >= 0) || !(median >= 0)) {
      throw new IllegalArgumentException("prices must be >= 0, got published " + published + ", median " + median);
    }
  }
}
