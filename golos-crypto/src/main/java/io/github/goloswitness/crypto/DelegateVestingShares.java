package io.github.goloswitness.crypto;

/**
 * delegate_vesting_shares (op 39): {@code (delegator)(delegatee)(vesting_shares)}. Active of delegator; vesting_shares GESTS, 0 removes the delegation.
 */
public record DelegateVestingShares(
    String delegator,
    String delegatee,
    Asset vestingShares)
    implements Operation {

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
