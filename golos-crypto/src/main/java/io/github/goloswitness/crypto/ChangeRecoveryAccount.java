package io.github.goloswitness.crypto;

import java.util.List;

/**
 * change_recovery_account (op 26): {@code (account_to_recover)(new_recovery_account)(extensions)}. Owner of account_to_recover.
 */
public record ChangeRecoveryAccount(
    String accountToRecover,
    String newRecoveryAccount,
    List<FutureExtension> extensions)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChangeRecoveryAccount {
    Fields.account(accountToRecover, "account_to_recover");
    Fields.account(newRecoveryAccount, "new_recovery_account");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(accountToRecover);
    out.writeString(newRecoveryAccount);
    out.writeVariants(extensions);
  }

  static ChangeRecoveryAccount readFrom(GrapheneReader in) {
    return new ChangeRecoveryAccount(
        in.readString(),
        in.readString(),
        FutureExtension.readAll(in));
  }
}
