package io.github.goloswitness.crypto;

/**
 * delegate_vesting_shares (op 39): {@code (delegator)(delegatee)(vesting_shares)}. Active of delegator; vesting_shares GESTS, 0 removes the delegation.
 */
public record DelegateVestingShares(
    String delegator,
    String delegatee,
    Asset vestingShares)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public DelegateVestingShares {
    Fields.account(delegator, "delegator");
    Fields.account(delegatee, "delegatee");
    Fields.required(vestingShares, "vesting_shares");
    Fields.symbol(vestingShares, "delegate_vesting_shares.vesting_shares", Asset.Symbol.GESTS);
    Fields.nonNegative(vestingShares, "delegate_vesting_shares.vesting_shares");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(delegator);
    out.writeString(delegatee);
    out.writeAsset(vestingShares);
  }

  static DelegateVestingShares readFrom(GrapheneReader in) {
    return new DelegateVestingShares(
        in.readString(),
        in.readString(),
        in.readAsset());
  }
}
