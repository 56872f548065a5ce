package io.github.goloswitness.monitor.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Turns one round of {@link SourceReading}s into GBG per GOLOS. Pure: no I/O, no clock.
 * <ol>
 *   <li>Counted readings are grouped by market ({@code GOLOS/USD} and {@code USD/GOLOS} are one
 *       market, oriented as first configured).</li>
 *   <li>Per market: the median of its readings; a reading more than {@code maxSpreadPct} away from
 *       that median is an outlier, dropped and reported; the market's price is the median of the
 *       rest, if at least {@code minSources} remain, else the market is unusable.</li>
 *   <li>The usable markets are chained from GOLOS to GBG (gold milligrams) along the shortest path
 *       (ties: configuration order), multiplying or dividing by each market's price.</li>
 *   <li>The result is multiplied by {@code k}.</li>
 * </ol>
 * No path means no price, with the reasons; never a guess.
 */
public final class FeedCalculation {
  private FeedCalculation() {}

  /**
   * Per-round settings of the computation.
   *
   * @param minSources the usable sources a market needs, unless {@code minSourcesPerPair} names it
   * @param minSourcesPerPair overrides for single markets (normalised pairs, either orientation), e.g.
   *     gold, which usually has one source
   * @param maxSpreadPct how far from its market's median a reading may be, percent
   * @param k the correction factor
   */
  public record Settings(int minSources, Map<Pair, Integer> minSourcesPerPair, double maxSpreadPct, double k) {
    /** Without per-pair overrides. */
    public Settings(int minSources, double maxSpreadPct, double k) {
      this(minSources, Map.of(), maxSpreadPct, k);
    }

    public Settings {
      minSourcesPerPair = Map.copyOf(minSourcesPerPair);
      if (minSources < 1 || minSourcesPerPair.values().stream().anyMatch(n -> n < 1)) {
        throw new IllegalArgumentException("min_sources < 1: " + minSources + " " + minSourcesPerPair);
      }
      if (!(maxSpreadPct > 0)) {
        throw new IllegalArgumentException("max_spread_pct must be > 0, got " + maxSpreadPct);
      }
      if (!(k > 0) || Double.isInfinite(k)) {
        throw new IllegalArgumentException("k must be a positive number, got " + k);
      }
    }

    /** The usable sources {@code market} needs. */
    public int minSourcesFor(Pair market) {
      return minSourcesPerPair.entrySet().stream().filter(e -> e.getKey().sameMarket(market))
          .map(Map.Entry::getValue).findFirst().orElse(minSources);
    }
  }

  /** How one reading was used. */
  public enum Use { USED, OUTLIER, FAILED, CROSS_CHECK, UNUSED_PAIR }

  /**
   * One reading and its fate.
   *
   * @param reading the reading
   * @param use what the computation did with it
   * @param deviationPct its distance from its market's median (or, for a cross-check of GOLOS/GBG,
   *     from the computed price), percent; NaN when not applicable
   */
  public record SourceOutcome(SourceReading reading, Use use, double deviationPct) {}

  /**
   * One market.
   *
   * @param pair the market as oriented
   * @param median the median of its usable readings, NaN when unusable
   * @param used readings that entered the median
   * @param problem why the market is unusable, or null
   */
  public record Market(Pair pair, double median, int used, String problem) {}

  /**
   * The result of a round.
   *
   * @param price GBG per GOLOS after {@code k}, or empty
   * @param path the markets chained, from GOLOS to GBG
   * @param markets every market seen
   * @param sources every reading, in input order
   * @param problem why there is no price, or null
   */
  public record Result(OptionalDouble price, List<Pair> path, List<Market> markets, List<SourceOutcome> sources,
      String problem) {
    public Result {
      Objects.requireNonNull(price, "price");
      path = List.copyOf(path);
      markets = List.copyOf(markets);
      sources = List.copyOf(sources);
    }
  }

  /** Computes GBG per GOLOS from {@code readings}. */
  public static Result compute(List<SourceReading> readings, Settings settings) {
    Map<Pair, List<SourceReading>> byMarket = new LinkedHashMap<>();
    for (SourceReading r : readings) {
      if (r.ok() && r.counted()) {
        Pair key = byMarket.keySet().stream().filter(p -> p.sameMarket(r.pair())).findFirst().orElse(r.pair());
        byMarket.computeIfAbsent(key, p -> new ArrayList<>()).add(r);
      }
    }
    Map<SourceReading, SourceOutcome> outcomes = new IdentityHashMap<>(); // equal readings of two sources stay apart
    List<Market> markets = new ArrayList<>();
    Map<Pair, Double> usable = new LinkedHashMap<>();
    for (Map.Entry<Pair, List<SourceReading>> e : byMarket.entrySet()) {
      Pair pair = e.getKey();
      List<Double> values = e.getValue().stream().map(r -> r.valueAs(pair)).toList();
      double first = median(values);
      List<Double> kept = new ArrayList<>();
      for (SourceReading r : e.getValue()) {
        double deviation = deviationPct(r.valueAs(pair), first);
        boolean outlier = deviation > settings.maxSpreadPct();
        outcomes.put(r, new SourceOutcome(r, outlier ? Use.OUTLIER : Use.USED, deviation));
        if (!outlier) {
          kept.add(r.valueAs(pair));
        }
      }
      int needed = settings.minSourcesFor(pair);
      if (kept.size() < needed) {
        markets.add(new Market(pair, Double.NaN, kept.size(), pair + ": " + kept.size() + " usable source(s) of "
            + values.size() + ", min_sources is " + needed));
        e.getValue().forEach(r -> outcomes.computeIfPresent(r, (k, o) -> o.use() == Use.USED
            ? new SourceOutcome(r, Use.UNUSED_PAIR, o.deviationPct()) : o));
      } else {
        double median = median(kept);
        markets.add(new Market(pair, median, kept.size(), null));
        usable.put(pair, median);
      }
    }
    List<Pair> path = path(usable);
    OptionalDouble price = OptionalDouble.empty();
    String problem = null;
    if (path == null) {
      List<String> reasons = markets.stream().map(Market::problem).filter(Objects::nonNull).toList();
      problem = "no chain of usable pairs from GOLOS to GBG"
          + (usable.isEmpty() ? "" : " (usable: " + String.join(", ", usable.keySet().stream().map(Pair::toString).toList()) + ")")
          + (reasons.isEmpty() ? "" : "; " + String.join("; ", reasons));
    } else {
      double value = 1;
      String at = "GOLOS";
      for (Pair step : path) {
        if (step.base().equals(at)) {
          value *= usable.get(step);
          at = step.quote();
        } else {
          value /= usable.get(step);
          at = step.base();
        }
      }
      price = OptionalDouble.of(value * settings.k());
    }
    List<SourceOutcome> ordered = new ArrayList<>();
    for (SourceReading r : readings) {
      SourceOutcome o = outcomes.get(r);
      if (o == null) {
        boolean crossCheck = r.ok() && !r.counted();
        double deviation = crossCheck && price.isPresent() && r.pair().sameMarket(Pair.FEED)
            ? deviationPct(r.valueAs(Pair.FEED), price.getAsDouble()) : Double.NaN;
        o = new SourceOutcome(r, crossCheck ? Use.CROSS_CHECK : Use.FAILED, deviation);
      } else if (o.use() == Use.USED && (path == null || path.stream().noneMatch(p -> p.sameMarket(r.pair())))) {
        o = new SourceOutcome(r, Use.UNUSED_PAIR, o.deviationPct());
      }
      ordered.add(o);
    }
    return new Result(price, path == null ? List.of() : path, markets, ordered, problem);
  }

  /** The median: the middle value, or the mean of the two middle values. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("median of no values");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** {@code |value / reference - 1|} in percent. */
  static double deviationPct(double value, double reference) {
    return Math.abs(value / reference - 1) * 100;
  }

  /** Shortest chain of markets from GOLOS to GBG (breadth first, markets in insertion order), or null. */
  private static List<Pair> path(Map<Pair, Double> usable) {
    Map<String, Pair> cameBy = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(Pair.FEED.base());
    cameBy.put(Pair.FEED.base(), null);
    while (!queue.isEmpty()) {
      String unit = queue.poll();
      if (unit.equals(Pair.FEED.quote())) {
        List<Pair> path = new ArrayList<>();
        for (String at = unit; cameBy.get(at) != null; ) {
          Pair step = cameBy.get(at);
          path.add(0, step);
          at = step.base().equals(at) ? step.quote() : step.base();
        }
        return path;
      }
      for (Pair market : usable.keySet()) {
        String next = market.base().equals(unit) ? market.quote() : market.quote().equals(unit) ? market.base() : null;
        if (next != null && !cameBy.containsKey(next)) {
          cameBy.put(next, market);
          queue.add(next);
        }
      }
    }
    return null;
  }
}
