package io.github.goloswitness.crypto;

/**
 * set_reset_account (op 38): {@code (account)(current_reset_account)(reset_account)}. Owner of account; current_reset_account may be empty.
 */
public record SetResetAccount(
    String account,
    String currentResetAccount,
    String resetAccount)
    implements Operation {

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
