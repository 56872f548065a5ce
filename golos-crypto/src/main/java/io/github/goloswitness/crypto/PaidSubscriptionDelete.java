package io.github.goloswitness.crypto;

import java.util.List;

/**
 * paid_subscription_delete (op 71): {@code (author)(oid)(extensions)}; posting of author.
 */
public record PaidSubscriptionDelete(
    String author,
    PaidSubscriptionId oid,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public PaidSubscriptionDelete {
    Fields.account(author, "author");
    Fields.required(oid, "oid");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    oid.writeTo(out);
    out.writeVariants(extensions);
  }

  static PaidSubscriptionDelete readFrom(GrapheneReader in) {
    String author = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new PaidSubscriptionDelete(author, oid, extensions);
  }
}
