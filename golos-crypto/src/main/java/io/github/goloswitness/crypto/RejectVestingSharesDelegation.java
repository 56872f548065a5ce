package io.github.goloswitness.crypto;

/**
 * reject_vesting_shares_delegation (op 48): {@code (delegator)(delegatee)(extensions)}; active of delegatee.
 */
@EmptyExtensions
public record RejectVestingSharesDelegation(String delegator, String delegatee) implements Operation {
  public RejectVestingSharesDelegation {
    Fields.required(delegator, "delegator");
    Fields.required(delegatee, "delegatee");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(delegator);
    out.writeString(delegatee);
    Canonical.writeNoExtensions(out);
  }

  static RejectVestingSharesDelegation readFrom(GrapheneReader in) {
    String delegator = in.readString();
    String delegatee = in.readString();
    Canonical.readNoExtensions(in, "reject_vesting_shares_delegation");
    return new RejectVestingSharesDelegation(delegator, delegatee);
  }
}
