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
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
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
