package io.github.goloswitness.crypto;

/**
 * paid_subscription_create (op 69): {@code (author)(oid)(cost)(tip_cost)(allow_prepaid)(interval)(executions)(extensions)}; posting of author.
 */
@EmptyExtensions
public record PaidSubscriptionCreate(
    String author,
    PaidSubscriptionId oid,
    Asset cost,
    boolean tipCost,
    boolean allowPrepaid,
    long interval,
    long executions) implements Operation {
  public PaidSubscriptionCreate {
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
    out.writeBool(allowPrepaid);
    out.writeUint32(interval);
    out.writeUint32(executions);
    Canonical.writeNoExtensions(out);
  }

  static PaidSubscriptionCreate readFrom(GrapheneReader in) {
    String author = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    Asset cost = in.readAsset();
    boolean tipCost = in.readBool();
    boolean allowPrepaid = in.readBool();
    long interval = in.readUint32();
    long executions = in.readUint32();
    Canonical.readNoExtensions(in, "paid_subscription_create");
    return new PaidSubscriptionCreate(author, oid, cost, tipCost, allowPrepaid, interval, executions);
  }
}
