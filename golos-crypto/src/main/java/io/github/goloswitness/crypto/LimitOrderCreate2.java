package io.github.goloswitness.crypto;

/**
 * limit_order_create2 (op 21): {@code (owner)(orderid)(amount_to_sell)(exchange_rate)(fill_or_kill)(expiration)}. Active of owner; amount_to_sell positive and of one side of the price.
 */
public record LimitOrderCreate2(
    String owner,
    long orderid,
    Asset amountToSell,
    Price exchangeRate,
    boolean fillOrKill,
    TimePointSec expiration)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public LimitOrderCreate2 {
    Fields.account(owner, "owner");
    Fields.uint32(orderid, "orderid");
    Fields.required(amountToSell, "amount_to_sell");
    Fields.required(exchangeRate, "exchange_rate");
    Fields.required(expiration, "expiration");
    exchangeRate.requireValid("limit_order_create2.exchange_rate");
    Fields.positive(amountToSell, "limit_order_create2.amount_to_sell");
    if (!amountToSell.symbol().equals(exchangeRate.base().symbol())) {
      throw new IllegalArgumentException("limit_order_create2.amount_to_sell " + amountToSell
          + " must be of the exchange_rate base symbol " + exchangeRate.base().symbol());
    }
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(orderid);
    out.writeAsset(amountToSell);
    exchangeRate.writeTo(out);
    out.writeBool(fillOrKill);
    out.writeTime(expiration);
  }

  static LimitOrderCreate2 readFrom(GrapheneReader in) {
    return new LimitOrderCreate2(
        in.readString(),
        in.readUint32(),
        in.readAsset(),
        Price.readFrom(in),
        in.readBool(),
        in.readTime());
  }
}
