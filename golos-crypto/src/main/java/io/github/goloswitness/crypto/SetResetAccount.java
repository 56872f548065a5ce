package io.github.goloswitness.crypto;

/**
 * set_reset_account (op 38): {@code (account)(current_reset_account)(reset_account)}. Owner of account; current_reset_account may be empty.
 */
public record SetResetAccount(
    String account,
    String currentResetAccount,
    String resetAccount)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public SetResetAccount {
    Fields.account(account, "account");
    Fields.accountOrEmpty(currentResetAccount, "current_reset_account");
    Fields.account(resetAccount, "reset_account");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account);
    out.writeString(currentResetAccount);
    out.writeString(resetAccount);
  }

  static SetResetAccount readFrom(GrapheneReader in) {
    return new SetResetAccount(
        in.readString(),
        in.readString(),
        in.readString());
  }
}
