package io.github.goloswitness.monitor.feed;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.Price;
import java.math.BigDecimal;

/**
 * A GBG/GOLOS rate as the chain stores it: two amounts with 3 decimals each (milli-GBG per
 * milli-GOLOS). feed.py published {@code round(price, 3) / 1.000}, which is up to 0.6 % off at
 * 0.08 GBG/GOLOS; here the quote grows by powers of ten until the base has at least
 * {@value #MIN_BASE_UNITS} units, so the ratio is within 0.05 % of the computed price.
 *
 * @param base milli-GBG (the base amount in the chain's smallest unit)
 * @param quote milli-GOLOS
 */
public record FeedPrice(long base, long quote) {
  /** With base >= 1000 units, rounding costs at most 0.5 / 1000 = 0.05 %. */
  static final long MIN_BASE_UNITS = 1000;
  /** Largest quote tried: 10^15 units (10^12 GOLOS), far beyond any sane price. */
  private static final long MAX_QUOTE = 1_000_000_000_000_000L / 1000;
  /** The bound the issue sets: base/quote within 0.1 % of the computed price. */
  static final double MAX_ERROR = 0.001;

  public FeedPrice {
    if (base <= 0 || quote <= 0) {
      throw new IllegalArgumentException("feed price needs positive amounts, got " + base + "/" + quote);
    }
  }

  /**
   * The rate for {@code gbgPerGolos}.
   *
   * @throws IllegalArgumentException when the price is not positive and finite or cannot be stored
   *     within 0.1 % (below 10^-12 or above 9*10^15 GBG per GOLOS)
   */
  public static FeedPrice of(double gbgPerGolos) {
    if (!(gbgPerGolos > 0) || Double.isInfinite(gbgPerGolos)) {
      throw new IllegalArgumentException("price must be positive and finite, got " + gbgPerGolos);
    }
    for (long quote = 1000; quote <= MAX_QUOTE; quote *= 10) {
      double base = Math.rint(gbgPerGolos * quote);
      if (base >= Long.MAX_VALUE / 2) {
        break;
      }
      if (base >= MIN_BASE_UNITS) {
        FeedPrice price = new FeedPrice((long) base, quote);
        if (Math.abs(price.value() / gbgPerGolos - 1) > MAX_ERROR) {
          throw new IllegalStateException("rounding error above 0.1 % for " + gbgPerGolos);
        }
        return price;
      }
    }
    throw new IllegalArgumentException("price " + gbgPerGolos + " GBG/GOLOS cannot be stored with 3 decimals per side");
  }

  /** The rate of a feed read from the chain (base GBG, quote GOLOS); 0 when either side is 0. */
  static double valueOf(Price onChain) {
    if (onChain.base().amount() <= 0 || onChain.quote().amount() <= 0) {
      return 0;
    }
    if (Asset.Symbol.GBG.equals(onChain.base().symbol()) && Asset.Symbol.GOLOS.equals(onChain.quote().symbol())) {
      return (double) onChain.base().amount() / onChain.quote().amount();
    }
    if (Asset.Symbol.GOLOS.equals(onChain.base().symbol()) && Asset.Symbol.GBG.equals(onChain.quote().symbol())) {
      return (double) onChain.quote().amount() / onChain.base().amount();
    }
    throw new IllegalArgumentException("not a GBG/GOLOS price: " + onChain);
  }

  /** GBG per GOLOS. */
  public double value() {
    return (double) base / quote;
  }

  /** The operation's {@code exchange_rate}: base GBG, quote GOLOS (feed_publish_operation::validate). */
  public Price toPrice() {
    return new Price(new Asset(base, Asset.Symbol.GBG), new Asset(quote, Asset.Symbol.GOLOS));
  }

  /** The node's form, e.g. {@code "7.776 GBG/100.000 GOLOS"}. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(base, 3).toPlainString() + " GBG/" + BigDecimal.valueOf(quote, 3).toPlainString() + " GOLOS";
  }
}
