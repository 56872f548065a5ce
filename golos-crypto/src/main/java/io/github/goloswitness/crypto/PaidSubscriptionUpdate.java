package io.github.goloswitness.crypto;

import java.util.List;

/**
 * paid_subscription_update (op 70): {@code (author)(oid)(cost)(tip_cost)(interval)(executions)(extensions)}; posting of author.
 */
public record PaidSubscriptionUpdate(
    String author,
    PaidSubscriptionId oid,
    Asset cost,
    boolean tipCost,
    long interval,
    long executions,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public PaidSubscriptionUpdate {
    Fields.account(author, "author");
    Fields.required(oid, "oid");
    Fields.required(cost, "cost");
    Fields.uint32(interval, "interval");
    Fields.uint32(executions, "executions");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    oid.writeTo(out);
    out.writeAsset(cost);
    out.writeBool(tipCost);
    out.writeUint32(interval);
    out.writeUint32(executions);
    out.writeVariants(extensions);
  }

  static PaidSubscriptionUpdate readFrom(GrapheneReader in) {
    String author = in.readString();
    PaidSubscriptionId oid = PaidSubscriptionId.readFrom(in);
    Asset cost = in.readAsset();
    boolean tipCost = in.readBool();
    long interval = in.readUint32();
    long executions = in.readUint32();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new PaidSubscriptionUpdate(author, oid, cost, tipCost, interval, executions, extensions);
  }
}
