package io.github.goloswitness.crypto;

import java.math.BigInteger;

/**
 * An exchange rate {@code (base)(quote)}, e.g. 1.000 GBG per 2.500 GOLOS (chain-node
 * libraries/protocol/asset.cpp price). Both amounts must be positive and of different symbols, as
 * price::validate requires. Immutable.
 */
public record Price(Asset base, Asset quote) {

  public Price {
    Fields.required(base, "base");
    Fields.required(quote, "quote");
    if (base.symbol().equals(quote.symbol())) {
      throw new IllegalArgumentException(
          "price base and quote have the same symbol " + base.symbol() + ": " + base + " / " + quote);
    }
    Fields.positive(base, "base");
    Fields.positive(quote, "quote");
  }

  /**
   * Converts an amount of one side into the other, rounding down like the node's {@code asset *
   * price}: {@code convert(quote-symbol amount)} gives base, and the other way round.
   *
   * @throws IllegalArgumentException if the amount is of neither symbol or the result overflows
   */
  public Asset convert(Asset amount) {
    Fields.required(amount, "amount");
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
