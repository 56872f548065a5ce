package io.github.goloswitness.crypto;

import java.util.List;

/**
 * paid_subscription_cancel (op 73): {@code (subscriber)(author)(oid)(extensions)}; posting of subscriber.
 */
public record PaidSubscriptionCancel(
    String subscriber,
    String author,
    PaidSubscriptionId oid,
    List<FutureExtension> extensions) implements Operation {
  public PaidSubscriptionCancel {
    Fields.account(subscriber, "subscriber");
    Fields.account(author, "author");
    Fields.required(oid, "oid");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(subscriber);
    out.writeString(author);
    oid.writeTo(out);
    out.writeVariants(extensions);
  }

  static PaidSubscriptionCancel readFrom(GrapheneReader in) {
    String subscriber = in.readString();
    String author = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new PaidSubscriptionCancel(subscriber, author, oid, extensions);
  }
}
