package io.github.goloswitness.crypto;

/** feed_publish (op 7): {@code (publisher)(exchange_rate)}; a witness's GBG/GOLOS price. */
public record FeedPublish(String publisher, Price exchangeRate) implements Operation {

  public FeedPublish {
    Fields.account(publisher, "publisher");
    Fields.required(exchangeRate, "exchange_rate");
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
