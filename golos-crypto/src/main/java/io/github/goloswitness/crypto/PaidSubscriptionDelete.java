package io.github.goloswitness.crypto;

/**
 * paid_subscription_delete (op 71): {@code (author)(oid)(extensions)}; posting of author.
 */
@EmptyExtensions
public record PaidSubscriptionDelete(String author, PaidSubscriptionId oid) implements Operation {
  public PaidSubscriptionDelete {
    Fields.required(author, "author");
    Fields.required(oid, "oid");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    oid.writeTo(out);
    Canonical.writeNoExtensions(out);
  }

  static PaidSubscriptionDelete readFrom(GrapheneReader in) {
    String author = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    Canonical.readNoExtensions(in, "paid_subscription_delete");
    return new PaidSubscriptionDelete(author, oid);
  }
}
