package io.github.goloswitness.crypto;

/**
 * limit_order_create (op 5): {@code (owner)(orderid)(amount_to_sell)(min_to_receive)(fill_or_kill)(expiration)}. Active of owner; both amounts positive and of different symbols.
 */
public record LimitOrderCreate(
    String owner,
    long orderid,
    Asset amountToSell,
    Asset minToReceive,
    boolean fillOrKill,
    TimePointSec expiration)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public LimitOrderCreate {
    Fields.account(owner, "owner");
    Fields.uint32(orderid, "orderid");
    Fields.required(amountToSell, "amount_to_sell");
    Fields.required(minToReceive, "min_to_receive");
    Fields.required(expiration, "expiration");
    Fields.positive(amountToSell, "limit_order_create.amount_to_sell");
    Fields.positive(minToReceive, "limit_order_create.min_to_receive");
    new Price(amountToSell, minToReceive).requireValid("limit_order_create.price"); // the node validates the implied price
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(orderid);
    out.writeAsset(amountToSell);
    out.writeAsset(minToReceive);
    out.writeBool(fillOrKill);
    out.writeTime(expiration);
  }

  static LimitOrderCreate readFrom(GrapheneReader in) {
    return new LimitOrderCreate(
        in.readString(),
        in.readUint32(),
        in.readAsset(),
        in.readAsset(),
        in.readBool(),
        in.readTime());
  }
}
