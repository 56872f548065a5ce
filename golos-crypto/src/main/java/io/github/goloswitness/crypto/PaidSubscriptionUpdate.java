package io.github.goloswitness.crypto;

/**
 * paid_subscription_update (op 70): {@code (author)(oid)(cost)(tip_cost)(interval)(executions)(extensions)}; posting of author.
 */
@EmptyExtensions
public record PaidSubscriptionUpdate(
    String author,
    PaidSubscriptionId oid,
    Asset cost,
    boolean tipCost,
    long interval,
    long executions) implements Operation {
  public PaidSubscriptionUpdate {
    Fields.required(author, "author");
    Fields.required(oid, "oid");
    Fields.required(cost, "cost");
    Fields.uint32(interval, "interval");
    Fields.uint32(executions, "executions");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    oid.writeTo(out);
    out.writeAsset(cost);
    out.writeBool(tipCost);
    out.writeUint32(interval);
    out.writeUint32(executions);
    Canonical.writeNoExtensions(out);
  }

  static PaidSubscriptionUpdate readFrom(GrapheneReader in) {
    String author = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    Asset cost = in.readAsset();
    boolean tipCost = in.readBool();
    long interval = in.readUint32();
    long executions = in.readUint32();
    Canonical.readNoExtensions(in, "paid_subscription_update");
    return new PaidSubscriptionUpdate(author, oid, cost, tipCost, interval, executions);
  }
}
