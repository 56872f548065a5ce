package io.github.goloswitness.crypto;

import java.util.List;

/**
 * paid_subscription_transfer (op 72): {@code (from)(to)(oid)(amount)(memo)(from_tip)(extensions)}; posting of from when from_tip, else active.
 */
public record PaidSubscriptionTransfer(
    String from,
    String to,
    PaidSubscriptionId oid,
    Asset amount,
    String memo,
    boolean fromTip,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public PaidSubscriptionTransfer {
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.required(oid, "oid");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    oid.writeTo(out);
    out.writeAsset(amount);
    out.writeString(memo);
    out.writeBool(fromTip);
    out.writeVariants(extensions);
  }

  static PaidSubscriptionTransfer readFrom(GrapheneReader in) {
    String from = in.readString();
    String to = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    Asset amount = in.readAsset();
    String memo = in.readString();
    boolean fromTip = in.readBool();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new PaidSubscriptionTransfer(from, to, oid, amount, memo, fromTip, extensions);
  }
}
