package io.github.goloswitness.monitor.feed;

import java.io.IOException;
import java.time.Instant;

/**
 * One place a price comes from. Each source yields one {@link Pair}. Implementations are
 * thread-safe and hold no mutable state; a failure is an {@link IOException} whose message names
 * what went wrong (never a URL path or query, which may carry an API key).
 */
public interface PriceSource {
  /** A short name for reports, e.g. {@code "cbr XAU_GRAM/RUB"} or the configured {@code name}. */
  String name();

  /** The pair {@link #fetch} prices, in the units the source quotes (gold may be XAU, XAU_GRAM...). */
  Pair pair();

  /** Whether the value enters the computation; {@code false} for a cross-check that is only reported. */
  boolean counted();

  /**
   * Reads the current price of {@link #pair}.
   *
   * @param now the current time (sources that ask for a date range use it)
   * @return the price, as read (checked for sanity by the caller)
   * @throws IOException on network failure, an HTTP error or a reply that does not hold the price
   */
  double fetch(Instant now) throws IOException;
}
