package io.github.goloswitness.crypto;

/**
 * feed_publish (op 7): {@code (publisher)(exchange_rate)}; a witness's GBG/GOLOS price. As
 * chain-node's {@code feed_publish_operation::validate}: one side GBG, the other GOLOS, both
 * positive.
 */
public record FeedPublish(String publisher, Price exchangeRate) implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public FeedPublish {
    Fields.account(publisher, "publisher");
    Fields.required(exchangeRate, "exchange_rate");
    exchangeRate.requireValid("feed_publish.exchange_rate");
    boolean gbgGolos = exchangeRate.base().symbol().equals(Asset.Symbol.GBG)
        && exchangeRate.quote().symbol().equals(Asset.Symbol.GOLOS);
    boolean golosGbg = exchangeRate.base().symbol().equals(Asset.Symbol.GOLOS)
        && exchangeRate.quote().symbol().equals(Asset.Symbol.GBG);
    if (!gbgGolos && !golosGbg) {
      throw new IllegalArgumentException(
          "feed_publish.exchange_rate must be GBG/GOLOS or GOLOS/GBG: " + exchangeRate);
    }
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(publisher);
    exchangeRate.writeTo(out);
  }

  static FeedPublish readFrom(GrapheneReader in) {
    return new FeedPublish(in.readString(), Price.readFrom(in));
  }
}
