package io.github.goloswitness.crypto;

/**
 * reset_account (op 37): {@code (reset_account)(account_to_reset)(new_owner_authority)}. Active of reset_account.
 */
public record ResetAccount(
    String resetAccount,
    String accountToReset,
    Authority newOwnerAuthority)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ResetAccount {
    Fields.account(resetAccount, "reset_account");
    Fields.account(accountToReset, "account_to_reset");
    Fields.required(newOwnerAuthority, "new_owner_authority");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(resetAccount);
    out.writeString(accountToReset);
    newOwnerAuthority.writeTo(out);
  }

  static ResetAccount readFrom(GrapheneReader in) {
    return new ResetAccount(
        in.readString(),
        in.readString(),
        Authority.readFrom(in));
  }
}
