package io.github.goloswitness.crypto;

/**
 * paid_subscription_cancel (op 73): {@code (subscriber)(author)(oid)(extensions)}; posting of subscriber.
 */
@EmptyExtensions
public record PaidSubscriptionCancel(String subscriber, String author, PaidSubscriptionId oid) implements Operation {
  public PaidSubscriptionCancel {
    Fields.required(subscriber, "subscriber");
    Fields.required(author, "author");
    Fields.required(oid, "oid");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(subscriber);
    out.writeString(author);
    oid.writeTo(out);
    Canonical.writeNoExtensions(out);
  }

  static PaidSubscriptionCancel readFrom(GrapheneReader in) {
    String subscriber = in.readString();
    String author = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    Canonical.readNoExtensions(in, "paid_subscription_cancel");
    return new PaidSubscriptionCancel(subscriber, author, oid);
  }
}
