package io.github.goloswitness.crypto;

/** An exchange rate {@code (base)(quote)}, e.g. 1.000 GBG per 2.500 GOLOS. */
public record Price(Asset base, Asset quote) {

  public Price {
    Fields.required(base, "base");
    Fields.required(quote, "quote");
  }

  void writeTo(GrapheneWriter out) {
    out.writeAsset(base).writeAsset(quote);
  }

  static Price readFrom(GrapheneReader in) {
    return new Price(in.readAsset(), in.readAsset());
  }
}
