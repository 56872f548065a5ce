package io.github.goloswitness.crypto;

/**
 * limit_order_cancel (op 6): {@code (owner)(orderid)}. Active of owner.
 */
public record LimitOrderCancel(
    String owner,
    long orderid)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public LimitOrderCancel {
    Fields.account(owner, "owner");
    Fields.uint32(orderid, "orderid");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(orderid);
  }

  static LimitOrderCancel readFrom(GrapheneReader in) {
    return new LimitOrderCancel(
        in.readString(),
        in.readUint32());
  }
}
