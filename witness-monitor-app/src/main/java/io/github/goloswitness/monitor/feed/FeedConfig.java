package io.github.goloswitness.monitor.feed;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code feed:} section of the monitor's YAML (parsed by {@link FeedConfigParser}). The
 * witness, nodes and active key come from the rest of the file.
 *
 * @param interval how often the daemon computes the price
 * @param timeout per-source HTTP timeout
 * @param calculation min_sources, max_spread_pct, k
 * @param rule threshold_pct, max_age, backup_grace, follow_producer, max_jump_pct
 * @param sources at least one source
 */
public record FeedConfig(Duration interval, Duration timeout, FeedCalculation.Settings calculation,
    PublishRule.Settings rule, List<SourceConfig> sources) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final FeedCalculation.Settings DEFAULT_CALCULATION = new FeedCalculation.Settings(1, 10, 1);
  public static final PublishRule.Settings DEFAULT_RULE =
      new PublishRule.Settings(10, Duration.ofDays(1), Duration.ofHours(1), true, 50);

  public FeedConfig {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(calculation, "calculation");
    Objects.requireNonNull(rule, "rule");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("feed.sources: at least one source is needed");
    }
    Set<String> names = new HashSet<>();
    for (SourceConfig s : sources) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("feed.sources: two sources are named \"" + s.name() + "\"");
      }
    }
  }

  /** The kinds of source. */
  public enum Type {
    /** Any JSON API: url, pointer, pair, invert. */
    HTTP_JSON,
    /** The Central Bank of Russia: pair XAU_GRAM/RUB or CUR/RUB, optional url (a mirror). */
    CBR,
    /** The chain's internal market, GOLOS/GBG. */
    CHAIN_MARKET,
    /** A constant: pair, price. */
    FIXED
  }

  /**
   * One source.
   *
   * @param type the kind
   * @param name its name in reports
   * @param pair the pair it yields (after {@code invert})
   * @param url http_json: the API; cbr: a mirror or null
   * @param pointer http_json: RFC 6901 pointer to the number, else null
   * @param invert http_json: take 1/value
   * @param price fixed: the price, else NaN
   * @param counted {@code use}: whether the value enters the computation
   * @param min the smallest sane raw value (0: none)
   * @param max the largest sane raw value (infinite: none)
   */
  public record SourceConfig(Type type, String name, Pair pair, URI url, String pointer, boolean invert, double price,
      boolean counted, double min, double max) {
    public SourceConfig {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pair, "pair");
    }
  }
}
