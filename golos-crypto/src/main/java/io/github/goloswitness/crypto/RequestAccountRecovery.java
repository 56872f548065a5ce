package io.github.goloswitness.crypto;

import java.util.List;

/**
 * request_account_recovery (op 24): {@code (recovery_account)(account_to_recover)(new_owner_authority)(extensions)}. Active of recovery_account.
 */
public record RequestAccountRecovery(
    String recoveryAccount,
    String accountToRecover,
    Authority newOwnerAuthority,
    List<FutureExtension> extensions)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public RequestAccountRecovery {
    Fields.account(recoveryAccount, "recovery_account");
    Fields.account(accountToRecover, "account_to_recover");
    Fields.required(newOwnerAuthority, "new_owner_authority");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(recoveryAccount);
    out.writeString(accountToRecover);
    newOwnerAuthority.writeTo(out);
    out.writeVariants(extensions);
  }

  static RequestAccountRecovery readFrom(GrapheneReader in) {
    return new RequestAccountRecovery(
        in.readString(),
        in.readString(),
        Authority.readFrom(in),
        FutureExtension.readAll(in));
  }
}
