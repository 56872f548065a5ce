package io.github.goloswitness.monitor.feed;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks every source once and checks each answer: a failure of one source (exception, zero,
 * negative, NaN, infinite, outside its configured bounds) becomes a failed {@link SourceReading}
 * and never stops the others. Sources are asked one after the other (a handful, each with its own
 * timeout). Stateless apart from the sources; thread-safe.
 */
final class SourceReader {
  /** A source and the bounds its raw value must lie within (in the source's own units). */
  record Bounded(PriceSource source, double min, double max) {
    Bounded {
      Objects.requireNonNull(source, "source");
      if (!(min >= 0) || !(max > min)) {
        throw new IllegalArgumentException("source " + source.name() + ": bounds need 0 <= min < max, got " + min + ".." + max);
      }
    }

    static Bounded unbounded(PriceSource source) {
      return new Bounded(source, 0, Double.POSITIVE_INFINITY);
    }
  }

  private final List<Bounded> sources;

  SourceReader(List<Bounded> sources) {
    this.sources = List.copyOf(sources);
  }

  List<Bounded> sources() {
    return sources;
  }

  /** One reading per source, in configuration order. */
  List<SourceReading> readAll(Instant now) {
    List<SourceReading> readings = new ArrayList<>(sources.size());
    for (Bounded bounded : sources) {
      readings.add(read(bounded, now));
    }
    return readings;
  }

  static SourceReading read(Bounded bounded, Instant now) {
    PriceSource source = bounded.source();
    Pair.Reading shape = source.pair().normalise(1);
    double raw;
    try {
      raw = source.fetch(now);
    } catch (IOException e) {
      return SourceReading.failed(source.name(), shape.pair(), describe(e), source.counted());
    } catch (RuntimeException e) {
      // A bug or an unexpected reply shape in one source must not stop the round.
      return SourceReading.failed(source.name(), shape.pair(), "unexpected " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), source.counted());
    }
    String insane = insanity(raw, bounded);
    if (insane != null) {
      return SourceReading.failed(source.name(), shape.pair(), insane, source.counted());
    }
    Pair.Reading normalised = source.pair().normalise(raw);
    return SourceReading.of(source.name(), normalised.pair(), normalised.value(), source.counted());
  }

  private static String insanity(double raw, Bounded bounded) {
    if (Double.isNaN(raw) || Double.isInfinite(raw)) {
      return "absurd value " + raw;
    }
    if (raw <= 0) {
      return "absurd value " + raw + " (a price must be positive)";
    }
    if (raw < bounded.min() || raw > bounded.max()) {
      return "value " + raw + " outside its sanity bounds " + bounded.min() + ".." + bounded.max();
    }
    return null;
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
