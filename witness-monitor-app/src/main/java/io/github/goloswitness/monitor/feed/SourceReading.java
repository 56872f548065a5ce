package io.github.goloswitness.monitor.feed;

import java.util.Objects;

/**
 * What one source gave in one round: a sane value in normalised units (gold in milligrams) or the
 * reason it gave none.
 *
 * @param source the source's name
 * @param pair the normalised pair (gold as GBG)
 * @param value the normalised price; NaN when {@code failure} is set
 * @param failure why there is no value (network, HTTP, format, sanity), or null
 * @param counted whether the value enters the computation (false: a reported cross-check)
 */
public record SourceReading(String source, Pair pair, double value, String failure, boolean counted) {
  public SourceReading {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pair, "pair");
    if (failure == null && !(value > 0 && !Double.isInfinite(value))) {
      throw new IllegalArgumentException("source " + source + ": value must be positive and finite, got " + value);
    }
  }

  /** A usable value. */
  public static SourceReading of(String source, Pair pair, double value, boolean counted) {
    return new SourceReading(source, pair, value, null, counted);
  }

  /** No value, because of {@code failure}. */
  public static SourceReading failed(String source, Pair pair, String failure, boolean counted) {
    return new SourceReading(source, pair, Double.NaN, Objects.requireNonNull(failure, "failure"), counted);
  }

  /** Whether there is a value. */
  public boolean ok() {
    return failure == null;
  }

  /** The value of {@code target} (this pair or its inverse). */
  double valueAs(Pair target) {
    return target.equals(pair) ? value : 1 / value;
  }
}
