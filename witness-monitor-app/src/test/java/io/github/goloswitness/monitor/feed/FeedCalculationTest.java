package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.goloswitness.monitor.feed.FeedCalculation.Result;
import io.github.goloswitness.monitor.feed.FeedCalculation.Settings;
import io.github.goloswitness.monitor.feed.FeedCalculation.Use;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedCalculationTest {
  private static final Settings ONE = new Settings(1, 10, 1);
  private static final Pair GOLOS_USD = Pair.parse("GOLOS/USD");
  private static final Pair USD_RUB = Pair.parse("USD/RUB");
  private static final Pair GBG_RUB = new Pair("GBG", "RUB");
  private static final Pair GBG_USD = new Pair("GBG", "USD");

  private static SourceReading ok(String name, Pair pair, double value) {
    return SourceReading.of(name, pair, value, true);
  }

  /** Gold at 2000 USD/oz = 2000 / 31103.4768 USD per mg. */
  private static SourceReading goldUsd() {
    return ok("gold", GBG_USD, 2000 / Pair.MG_PER_TROY_OUNCE);
  }

  @Test
  void chainsThroughRoublesToGbgPerGolos() {
    // 1 GOLOS = 0.005 USD = 0.45 RUB; 1 mg gold = 9 RUB (9000 RUB/g); 0.45 / 9 = 0.05 GBG per GOLOS
    Result r = FeedCalculation.compute(List.of(
        ok("golos", GOLOS_USD, 0.005), ok("usd", USD_RUB, 90), ok("gold", GBG_RUB, 9)), ONE);
    assertThat(r.price().getAsDouble()).isCloseTo(0.05, within(1e-12));
    assertThat(r.path()).containsExactly(GOLOS_USD, USD_RUB, GBG_RUB);
    assertThat(r.problem()).isNull();
    assertThat(r.sources()).extracting(FeedCalculation.SourceOutcome::use).containsOnly(Use.USED);
  }

  @Test
  void medianPerPairThenChain() {
    // median(0.0050, 0.0052, 0.0051) = 0.0051; 0.0051 * 31103.4768 / 2000 = 0.07931386584
    Result r = FeedCalculation.compute(List.of(
        ok("a", GOLOS_USD, 0.0050), ok("b", GOLOS_USD, 0.0052), ok("c", GOLOS_USD, 0.0051), goldUsd()), ONE);
    assertThat(r.price().getAsDouble()).isCloseTo(0.07931386584, within(1e-11));
    assertThat(r.markets()).hasSize(2);
    assertThat(r.markets().get(0).median()).isEqualTo(0.0051);
    assertThat(r.markets().get(0).used()).isEqualTo(3);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(FeedCalculation.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(FeedCalculation.median(List.of(7.0))).isEqualTo(7.0);
  }

  @Test
  void anOutlierIsDroppedAndReported() {
    // median(0.0050, 0.0051, 0.0090) = 0.0051; 0.0090 is 76.5 % away (> 10 %): dropped;
    // median(0.0050, 0.0051) = 0.00505; 0.00505 * 31103.4768 / 2000 = 0.07853627892
    Result r = FeedCalculation.compute(List.of(
        ok("a", GOLOS_USD, 0.0050), ok("b", GOLOS_USD, 0.0051), ok("mad", GOLOS_USD, 0.0090), goldUsd()), ONE);
    assertThat(r.price().getAsDouble()).isCloseTo(0.07853627892, within(1e-11));
    assertThat(r.sources().get(2).use()).isEqualTo(Use.OUTLIER);
    assertThat(r.sources().get(2).deviationPct()).isCloseTo(76.47, within(0.01));
    assertThat(r.sources().get(0).use()).isEqualTo(Use.USED);
    assertThat(r.markets().get(0).used()).isEqualTo(2);
  }

  @Test
  void tooFewSourcesForAPairPublishNothing() {
    Result r = FeedCalculation.compute(List.of(
        ok("a", GOLOS_USD, 0.0050), ok("mad", GOLOS_USD, 0.0090), goldUsd(), ok("gold2", GBG_USD, 0.0643)),
        new Settings(2, 10, 1));
    // median(0.005, 0.009) = 0.007: both are > 10 % away, so no GOLOS/USD source is left
    assertThat(r.price()).isEmpty();
    assertThat(r.problem()).contains("no chain of usable pairs from GOLOS to GBG")
        .contains("GOLOS/USD: 0 usable source(s) of 2, min_sources is 2");
    assertThat(r.sources()).extracting(FeedCalculation.SourceOutcome::use)
        .containsExactly(Use.OUTLIER, Use.OUTLIER, Use.UNUSED_PAIR, Use.UNUSED_PAIR);
  }

  @Test
  void oneSourceIsNotEnoughWhenTwoAreRequired() {
    Result r = FeedCalculation.compute(List.of(ok("a", GOLOS_USD, 0.005), goldUsd(), goldUsd()),
        new Settings(2, 10, 1));
    assertThat(r.price()).isEmpty();
    assertThat(r.problem()).contains("GOLOS/USD: 1 usable source(s) of 1, min_sources is 2").contains("usable: GBG/USD");
  }

  @Test
  void failedReadingsAreReportedAndIgnored() {
    Result r = FeedCalculation.compute(List.of(
        SourceReading.failed("down", GOLOS_USD, "HTTP 502", true),
        ok("golos", GOLOS_USD, 0.005), ok("usd", USD_RUB, 90), ok("gold", GBG_RUB, 9)), ONE);
    assertThat(r.price().getAsDouble()).isCloseTo(0.05, within(1e-12));
    assertThat(r.sources().get(0).use()).isEqualTo(Use.FAILED);
    assertThat(r.sources().get(0).reading().failure()).isEqualTo("HTTP 502");
  }

  @Test
  void bothOrientationsOfAMarketAreOneMarket() {
    // 200 GOLOS per USD is 0.005 USD per GOLOS; median(0.005, 0.005, 0.0053) = 0.005 -> 0.05 GBG
    Result r = FeedCalculation.compute(List.of(
        ok("a", GOLOS_USD, 0.005), ok("b", GOLOS_USD.inverse(), 200), ok("c", GOLOS_USD, 0.0053),
        ok("usd", USD_RUB, 90), ok("gold", GBG_RUB, 9)), ONE);
    assertThat(r.markets()).extracting(FeedCalculation.Market::pair).containsExactly(GOLOS_USD, USD_RUB, GBG_RUB);
    assertThat(r.markets().get(0).used()).isEqualTo(3);
    assertThat(r.price().getAsDouble()).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void kCorrectsTheResult() {
    Result r = FeedCalculation.compute(List.of(
        ok("golos", GOLOS_USD, 0.005), ok("usd", USD_RUB, 90), ok("gold", GBG_RUB, 9)), new Settings(1, 10, 1.1));
    assertThat(r.price().getAsDouble()).isCloseTo(0.055, within(1e-12));
  }

  @Test
  void aCrossCheckIsReportedWithItsDeviationButNotUsed() {
    Result r = FeedCalculation.compute(List.of(
        ok("golos", GOLOS_USD, 0.005), ok("usd", USD_RUB, 90), ok("gold", GBG_RUB, 9),
        SourceReading.of("market", Pair.FEED, 0.06, false)), ONE);
    assertThat(r.price().getAsDouble()).isCloseTo(0.05, within(1e-12));
    assertThat(r.sources().get(3).use()).isEqualTo(Use.CROSS_CHECK);
    assertThat(r.sources().get(3).deviationPct()).isCloseTo(20, within(1e-9));
  }

  @Test
  void theChainMarketCanBeTheOnlySource() {
    Result r = FeedCalculation.compute(List.of(SourceReading.of("market", Pair.FEED, 0.062, true)), ONE);
    assertThat(r.price().getAsDouble()).isEqualTo(0.062);
    assertThat(r.path()).containsExactly(Pair.FEED);
  }

  @Test
  void theShortestChainWinsAndOtherPairsAreUnused() {
    // direct GOLOS/GBG 0.05 beats GOLOS/USD -> USD/RUB -> GBG/RUB (which would give 0.1)
    Result r = FeedCalculation.compute(List.of(
        ok("golos", GOLOS_USD, 0.01), ok("usd", USD_RUB, 90), ok("gold", GBG_RUB, 9),
        ok("fixed", Pair.FEED, 0.05)), ONE);
    assertThat(r.price().getAsDouble()).isEqualTo(0.05);
    assertThat(r.sources()).extracting(FeedCalculation.SourceOutcome::use)
        .containsExactly(Use.UNUSED_PAIR, Use.UNUSED_PAIR, Use.UNUSED_PAIR, Use.USED);
  }

  @Test
  void noPathWithoutGold() {
    Result r = FeedCalculation.compute(List.of(ok("golos", GOLOS_USD, 0.005), ok("usd", USD_RUB, 90)), ONE);
    assertThat(r.price()).isEmpty();
    assertThat(r.problem()).isEqualTo("no chain of usable pairs from GOLOS to GBG (usable: GOLOS/USD, USD/RUB)");
  }
}
