package io.github.goloswitness.crypto;

import java.util.List;

/**
 * recover_account (op 25): {@code (account_to_recover)(new_owner_authority)(recent_owner_authority)(extensions)}. Signed by both authorities themselves.
 */
public record RecoverAccount(
    String accountToRecover,
    Authority newOwnerAuthority,
    Authority recentOwnerAuthority,
    List<FutureExtension> extensions)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public RecoverAccount {
    Fields.account(accountToRecover, "account_to_recover");
    Fields.required(newOwnerAuthority, "new_owner_authority");
    Fields.required(recentOwnerAuthority, "recent_owner_authority");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(accountToRecover);
    newOwnerAuthority.writeTo(out);
    recentOwnerAuthority.writeTo(out);
    out.writeVariants(extensions);
  }

  static RecoverAccount readFrom(GrapheneReader in) {
    return new RecoverAccount(
        in.readString(),
        Authority.readFrom(in),
        Authority.readFrom(in),
        FutureExtension.readAll(in));
  }
}
