package io.github.goloswitness.crypto;

/**
 * limit_order_cancel (op 6): {@code (owner)(orderid)}. Active of owner.
 */
public record LimitOrderCancel(
    String owner,
    long orderid)
    implements Operation {

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
