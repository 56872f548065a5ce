package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.Price;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeedPriceTest {
  @Test
  void theQuoteGrowsUntilTheBaseHasAThousandUnits() {
    // 0.07931386584 * 1.000 GOLOS = 0.079 (0.4 % off); * 100.000 GOLOS = 7.931 (0.002 % off)
    FeedPrice p = FeedPrice.of(0.07931386584);
    assertThat(p).isEqualTo(new FeedPrice(7931, 100_000));
    assertThat(p.toString()).isEqualTo("7.931 GBG/100.000 GOLOS");
    assertThat(FeedPrice.of(0.05)).isEqualTo(new FeedPrice(5000, 100_000));
    assertThat(FeedPrice.of(12.5)).isEqualTo(new FeedPrice(12_500, 1000));
    assertThat(FeedPrice.of(1.0)).isEqualTo(new FeedPrice(1000, 1000));
  }

  @Test
  void theRatioIsAlwaysWithinATenthOfAPercent() {
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 10_000; i++) {
      double price = Math.pow(10, random.nextDouble(-9, 7));
      FeedPrice p = FeedPrice.of(price);
      assertThat(Math.abs(p.value() / price - 1)).as("price %s -> %s", price, p).isLessThanOrEqualTo(0.0005);
    }
  }

  @Test
  void absurdPricesAreRefused() {
    assertThatThrownBy(() -> FeedPrice.of(0)).hasMessageContaining("positive and finite");
    assertThatThrownBy(() -> FeedPrice.of(-1)).hasMessageContaining("positive and finite");
    assertThatThrownBy(() -> FeedPrice.of(Double.NaN)).hasMessageContaining("positive and finite");
    assertThatThrownBy(() -> FeedPrice.of(1e-14)).hasMessageContaining("cannot be stored with 3 decimals");
  }

  @Test
  void becomesTheOperationsExchangeRate() {
    Price rate = FeedPrice.of(0.05).toPrice();
    assertThat(rate.base()).hasToString("5.000 GBG");
    assertThat(rate.quote()).hasToString("100.000 GOLOS");
  }

  @Test
  void readsAFeedFromTheChainEitherWayRound() {
    assertThat(FeedPrice.valueOf(new Price(Asset.parse("0.079 GBG"), Asset.parse("1.000 GOLOS")))).isEqualTo(0.079);
    assertThat(FeedPrice.valueOf(new Price(Asset.parse("1.000 GOLOS"), Asset.parse("0.079 GBG")))).isEqualTo(0.079);
    assertThat(FeedPrice.valueOf(new Price(Asset.parse("0.000 GBG"), Asset.parse("0.000 GOLOS")))).isZero();
    assertThatThrownBy(() -> FeedPrice.valueOf(new Price(Asset.parse("1.000 GBG"), Asset.parse("1.000 GBG"))))
        .hasMessageContaining("not a GBG/GOLOS price");
  }
}
