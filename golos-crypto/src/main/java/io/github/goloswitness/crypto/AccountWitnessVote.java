package io.github.goloswitness.crypto;

/**
 * account_witness_vote (op 12): {@code (account)(witness)(approve)}. Active of account.
 */
public record AccountWitnessVote(
    String account,
    String witness,
    boolean approve)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
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
