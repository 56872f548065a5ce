package io.github.goloswitness.crypto;

/**
 * paid_subscription_transfer (op 72): {@code (from)(to)(oid)(amount)(memo)(from_tip)(extensions)}; posting of from when from_tip, else active.
 */
@EmptyExtensions
public record PaidSubscriptionTransfer(
    String from,
    String to,
    PaidSubscriptionId oid,
    Asset amount,
    String memo,
    boolean fromTip) implements Operation {
  public PaidSubscriptionTransfer {
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(oid, "oid");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    oid.writeTo(out);
    out.writeAsset(amount);
    out.writeString(memo);
    out.writeBool(fromTip);
    Canonical.writeNoExtensions(out);
  }

  static PaidSubscriptionTransfer readFrom(GrapheneReader in) {
    String from = in.readString();
    String to = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    Asset amount = in.readAsset();
    String memo = in.readString();
    boolean fromTip = in.readBool();
    Canonical.readNoExtensions(in, "paid_subscription_transfer");
    return new PaidSubscriptionTransfer(from, to, oid, amount, memo, fromTip);
  }
}
