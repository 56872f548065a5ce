package io.github.goloswitness.testkit;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.Price;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The witnesses' price feeds and the chain's median, applied as golosd does (chain-node
 * {@code steem_evaluator.cpp: feed_publish_evaluator::do_apply} and {@code database.cpp:
 * update_median_feed}), with the testnet build's constants so a median appears within a minute of
 * simulated time: every {@value #FEED_INTERVAL_BLOCKS} blocks the median of the scheduled
 * witnesses' feeds younger than {@link #MAX_FEED_AGE} joins a history of {@value #HISTORY_WINDOW};
 * the current median is the median of that history. The forced minimum price (GBG at most 10 % of
 * the market cap) is not simulated: the simulation has no supply. Guarded by the {@link Ledger}'s lock.
 */
final class FeedBook {
  /** config.hpp (STEEMIT_BUILD_TESTNET): STEEMIT_FEED_INTERVAL_BLOCKS = blocks per hour / 60. */
  static final int FEED_INTERVAL_BLOCKS = 20;
  /** config.hpp (testnet): STEEMIT_MAX_FEED_AGE. */
  static final Duration MAX_FEED_AGE = Duration.ofDays(1);
  /** config.hpp (testnet): STEEMIT_MIN_FEEDS. */
  static final int MIN_FEEDS = 1;
  /** config.hpp: STEEMIT_FEED_HISTORY_WINDOW = 12 * 7. */
  static final int HISTORY_WINDOW = 12 * 7;
  /** protocol::price's default, {@code 0.000 GOLOS / 0.000 GOLOS}: no median yet. */
  static final Price NO_PRICE = new Price(Asset.golos(0), Asset.golos(0));
  /** What a new witness shows before its first feed (the shape the simulation always served). */
  static final Feed INITIAL = new Feed(new Price(Asset.parse("1.000 GBG"), Asset.parse("1.000 GOLOS")),
      Instant.parse(Shapes.GENESIS_TIME + "Z"));

  /** One witness's feed: {@code sbd_exchange_rate} and {@code last_sbd_exchange_update}. */
  record Feed(Price rate, Instant updated) {}

  /** The feeds and the median at one head, for a {@link ChainView}. */
  record Snapshot(Map<String, Feed> feeds, List<Price> history, Price currentMedian) {
    Snapshot {
      feeds = Map.copyOf(feeds);
      history = List.copyOf(history);
    }

    Feed feed(String witness) {
      return feeds.getOrDefault(witness, INITIAL);
    }
  }

  private final Map<String, Feed> feeds = new HashMap<>();
  private final Deque<Price> history = new ArrayDeque<>();
  private Price currentMedian = NO_PRICE;

  /** feed_publish_evaluator: the rate and the head block time. */
  void publish(String witness, Price rate, Instant blockTime) {
    feeds.put(witness, new Feed(rate, blockTime));
  }

  /** update_median_feed, after block {@code number} at {@code time}; {@code scheduled} is the round's witnesses. */
  void afterBlock(long number, Instant time, List<String> scheduled) {
    if (number % FEED_INTERVAL_BLOCKS != 0) {
      return;
    }
    List<Price> fresh = new ArrayList<>();
    for (String w : scheduled.stream().filter(s -> !s.isEmpty()).distinct().toList()) {
      Feed f = feeds.get(w);
      // HF 0.18: now < last_update + max age, and a non-null rate
      if (f != null && time.isBefore(f.updated().plus(MAX_FEED_AGE)) && !isNull(f.rate())) {
        fresh.add(f.rate());
      }
    }
    if (fresh.size() < MIN_FEEDS) {
      return;
    }
    fresh.sort(ORDER);
    history.addLast(fresh.get(fresh.size() / 2));
    if (history.size() > HISTORY_WINDOW) {
      history.removeFirst();
    }
    List<Price> copy = new ArrayList<>(history);
    copy.sort(ORDER);
    currentMedian = copy.get(copy.size() / 2);
  }

  Snapshot snapshot() {
    return new Snapshot(feeds, List.copyOf(history), currentMedian);
  }

  private static boolean isNull(Price p) {
    return p.base().amount() == 0 && p.quote().amount() == 0;
  }

  /**
   * protocol::price's operator&lt; (asset.cpp): by base symbol, then quote symbol, then
   * {@code a.base * b.quote < b.base * a.quote} in 128 bits. Symbols compare as their uint64.
   */
  static final Comparator<Price> ORDER = Comparator
      .comparing((Price p) -> symbolValue(p.base()))
      .thenComparing(p -> symbolValue(p.quote()))
      .thenComparing((a, b) -> BigInteger.valueOf(a.base().amount()).multiply(BigInteger.valueOf(b.quote().amount()))
          .compareTo(BigInteger.valueOf(b.base().amount()).multiply(BigInteger.valueOf(a.quote().amount()))));

  /** The symbol's uint64 as fc stores it: precision in byte 0, the name's letters in bytes 1..6. */
  private static BigInteger symbolValue(Asset a) {
    // Asset.Symbol has name() and precision() whether an enum (today) or a record (the asset rework).
    String name = a.symbol().name();
    long value = a.symbol().precision();
    for (int i = 0; i < name.length() && i < 7; i++) {
      value |= ((long) name.charAt(i)) << (8 * (i + 1));
    }
    return new BigInteger(Long.toUnsignedString(value));
  }

  /** For tests and reports: the feed of {@code witness}, if it ever published. */
  Optional<Feed> published(String witness) {
    return Optional.ofNullable(feeds.get(witness));
  }
}
