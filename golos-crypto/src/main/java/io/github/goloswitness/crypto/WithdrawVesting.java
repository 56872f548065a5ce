package io.github.goloswitness.crypto;

/**
 * withdraw_vesting (op 4): {@code (account)(vesting_shares)}. Active of account; vesting_shares GESTS, 0 stops a withdrawal.
 */
public record WithdrawVesting(
    String account,
    Asset vestingShares)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public WithdrawVesting {
    Fields.account(account, "account");
    Fields.required(vestingShares, "vesting_shares");
    Fields.symbol(vestingShares, "withdraw_vesting.vesting_shares", Asset.Symbol.GESTS);
    Fields.nonNegative(vestingShares, "withdraw_vesting.vesting_shares");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account);
    out.writeAsset(vestingShares);
  }

  static WithdrawVesting readFrom(GrapheneReader in) {
    return new WithdrawVesting(
        in.readString(),
        in.readAsset());
  }
}
