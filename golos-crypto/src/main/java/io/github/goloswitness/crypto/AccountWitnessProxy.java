package io.github.goloswitness.crypto;

/**
 * account_witness_proxy (op 13): {@code (account)(proxy)}. Active of account; an empty proxy clears it.
 */
public record AccountWitnessProxy(
    String account,
    String proxy)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AccountWitnessProxy {
    Fields.account(account, "account");
    Fields.accountOrEmpty(proxy, "proxy");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account);
    out.writeString(proxy);
  }

  static AccountWitnessProxy readFrom(GrapheneReader in) {
    return new AccountWitnessProxy(
        in.readString(),
        in.readString());
  }
}
