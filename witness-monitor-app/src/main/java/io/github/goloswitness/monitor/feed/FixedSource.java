package io.github.goloswitness.monitor.feed;

import java.time.Instant;
import java.util.Objects;

/** {@code type: fixed}: a constant price, for testnets and for pinning one pair (e.g. a stable coin). */
record FixedSource(String name, Pair pair, double price, boolean counted) implements PriceSource {
  FixedSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pair, "pair");
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new IllegalArgumentException("fixed price must be a positive number, got " + price);
    }
  }

  @Override
  public double fetch(Instant now) {
    return price;
  }
}
