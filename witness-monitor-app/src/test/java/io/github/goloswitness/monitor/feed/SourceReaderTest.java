package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

  /** A source answering with a fixed raw value, or throwing. */
  private record Canned(String name, Pair pair, double value, Exception failure) implements PriceSource {
    @Override
    public boolean counted() {
      return true;
    }

    @Override
    public double fetch(Instant now) throws IOException {
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException re) {
        throw re;
      }
      return value;
    }
  }

  private static SourceReading read(double value) {
    return SourceReader.read(SourceReader.Bounded.unbounded(new Canned("s", Pair.parse("GOLOS/USD"), value, null)), NOW);
  }

  @Test
  void absurdValuesAreFailuresNamedPerSource() {
    assertThat(read(0).failure()).isEqualTo("absurd value 0.0 (a price must be positive)");
    assertThat(read(-0.005).failure()).isEqualTo("absurd value -0.005 (a price must be positive)");
    assertThat(read(Double.NaN).failure()).isEqualTo("absurd value NaN");
    assertThat(read(Double.POSITIVE_INFINITY).failure()).isEqualTo("absurd value Infinity");
    assertThat(read(0.005).ok()).isTrue();
  }

  @Test
  void valuesOutsideTheConfiguredBoundsAreFailures() {
    Canned btc = new Canned("btc", Pair.parse("BTC/USD"), 9_000_000, null);
    SourceReading r = SourceReader.read(new SourceReader.Bounded(btc, 1000, 1_000_000), NOW);
    assertThat(r.failure()).isEqualTo("value 9000000.0 outside its sanity bounds 1000.0..1000000.0");
  }

  @Test
  void goldIsNormalisedToMilligrams() {
    Canned gold = new Canned("gold", Pair.parse("XAU/USD"), 2000, null);
    SourceReading r = SourceReader.read(SourceReader.Bounded.unbounded(gold), NOW);
    assertThat(r.pair()).isEqualTo(new Pair("GBG", "USD"));
    assertThat(r.value()).isCloseTo(0.0643014931, within(1e-10));
    // a failing gold source still reports the normalised pair
    Canned broken = new Canned("gold", Pair.parse("XAU/USD"), 0, new IOException("HTTP 500"));
    assertThat(SourceReader.read(SourceReader.Bounded.unbounded(broken), NOW).pair()).isEqualTo(new Pair("GBG", "USD"));
  }

  @Test
  void oneFailingSourceNeverStopsTheOthers() {
    SourceReader reader = new SourceReader(List.of(
        SourceReader.Bounded.unbounded(new Canned("io", Pair.parse("GOLOS/USD"), 0, new IOException("127.0.0.1: HTTP 502"))),
        SourceReader.Bounded.unbounded(new Canned("bug", Pair.parse("GOLOS/USD"), 0, new IllegalStateException("boom"))),
        SourceReader.Bounded.unbounded(new Canned("good", Pair.parse("GOLOS/USD"), 0.005, null))));
    List<SourceReading> readings = reader.readAll(NOW);
    assertThat(readings).extracting(SourceReading::failure)
        .containsExactly("127.0.0.1: HTTP 502", "unexpected IllegalStateException: boom", null);
    assertThat(readings.get(2).value()).isEqualTo(0.005);
  }
}
