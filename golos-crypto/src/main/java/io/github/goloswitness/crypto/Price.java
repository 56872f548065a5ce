package io.github.goloswitness.crypto;

import java.math.BigInteger;

/**
 * An exchange rate {@code (base)(quote)}, e.g. 1.000 GBG per 2.500 GOLOS (chain-node
 * libraries/protocol/asset.cpp price). A price read from the chain's state may be the node's
 * default {@code 0.000 GOLOS / 0.000 GOLOS} (a witness that never published a feed), so the
 * record only requires both sides; operations that carry a price require {@link #isValid() a valid
 * one}, as their {@code validate()} calls {@code price::validate}. Immutable.
 */
public record Price(Asset base, Asset quote) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Price {
    Fields.required(base, "base");
    Fields.required(quote, "quote");
  }

  /**
   * Whether {@code price::validate} accepts it: both amounts positive and of different symbols.
   * False for the node's default (null) price.
   */
  public boolean isValid() {
    return base.amount() > 0 && quote.amount() > 0 && !base.symbol().equals(quote.symbol());
  }

  /**
   * This price if {@code price::validate} accepts it.
   *
   * @param field the name to put in the error, e.g. {@code "feed_publish.exchange_rate"}
   * @throws IllegalArgumentException naming {@code field} and what is wrong
   */
  public Price requireValid(String field) {
    if (base.symbol().equals(quote.symbol())) {
      throw new IllegalArgumentException(
          field + ": base and quote have the same symbol " + base.symbol() + ": " + this);
    }
    Fields.positive(base, field + ".base");
    Fields.positive(quote, field + ".quote");
    return this;
  }

  /**
   * Converts an amount of one side into the other, rounding down like the node's {@code asset *
   * price}: {@code convert(quote-symbol amount)} gives base, and the other way round.
   *
   * @throws IllegalArgumentException if the price is not {@link #isValid() valid}, the amount is of
   *     neither symbol or the result overflows
   */
  public Asset convert(Asset amount) {
    Fields.required(amount, "amount");
    requireValid("price");
    Asset from;
    Asset to;
    if (amount.symbol().equals(base.symbol())) {
      from = base;
      to = quote;
    } else if (amount.symbol().equals(quote.symbol())) {
      from = quote;
      to = base;
    } else {
      throw new IllegalArgumentException(
          "cannot convert " + amount + " with price " + this + ": symbol is neither side");
    }
    BigInteger result = BigInteger.valueOf(amount.amount())
        .multiply(BigInteger.valueOf(to.amount()))
        .divide(BigInteger.valueOf(from.amount()));
    if (result.bitLength() > 63) {
      throw new IllegalArgumentException(
          "converting " + amount + " with price " + this + " overflows int64");
    }
    return new Asset(result.longValue(), to.symbol());
  }

  @Override
  public String toString() {
    return base + " / " + quote;
  }

  void writeTo(GrapheneWriter out) {
    out.writeAsset(base).writeAsset(quote);
  }

  static Price readFrom(GrapheneReader in) {
    return new Price(in.readAsset(), in.readAsset());
  }
}
