package io.github.goloswitness.crypto;

/**
 * account_witness_vote (op 12): {@code (account)(witness)(approve)}. Active of account.
 */
public record AccountWitnessVote(
    String account,
    String witness,
    boolean approve)
    implements Operation {

  public AccountWitnessVote {
    Fields.account(account, "account");
    Fields.account(witness, "witness");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account);
    out.writeString(witness);
    out.writeBool(approve);
  }

  static AccountWitnessVote readFrom(GrapheneReader in) {
    return new AccountWitnessVote(
        in.readString(),
        in.readString(),
        in.readBool());
  }
}
