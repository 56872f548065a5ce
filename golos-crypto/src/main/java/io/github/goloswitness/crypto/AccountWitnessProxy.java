package io.github.goloswitness.crypto;

/**
 * account_witness_proxy (op 13): {@code (account)(proxy)}. Active of account; an empty proxy clears it.
 */
public record AccountWitnessProxy(
    String account,
    String proxy)
    implements Operation {

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
