package io.github.goloswitness.crypto;

/**
 * set_withdraw_vesting_route (op 20): {@code (from_account)(to_account)(percent)(auto_vest)}. Active of from_account.
 */
public record SetWithdrawVestingRoute(
    String fromAccount,
    String toAccount,
    int percent,
    boolean autoVest)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public SetWithdrawVestingRoute {
    Fields.account(fromAccount, "from_account");
    Fields.account(toAccount, "to_account");
    Fields.uint16(percent, "percent");
    Fields.range(percent, 0, Fields.PERCENT_100, "set_withdraw_vesting_route.percent");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(fromAccount);
    out.writeString(toAccount);
    out.writeUint16(percent);
    out.writeBool(autoVest);
  }

  static SetWithdrawVestingRoute readFrom(GrapheneReader in) {
    return new SetWithdrawVestingRoute(
        in.readString(),
        in.readString(),
        in.readUint16(),
        in.readBool());
  }
}
